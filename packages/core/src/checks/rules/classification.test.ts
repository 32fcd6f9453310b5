import { describe, expect, it } from "vitest";
import { SEED_EXPENDITURE } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { classificationHouseholdSubsidies, misclassification } from "./classification.ts";

const S = "二、部门整体支出管理及使用情况分析";

describe("classification.household-subsidies", () => {
  const dataset = (
    figures: ReturnType<typeof stated>[],
    own?: { budget: string | null; actual: string | null },
  ) =>
    makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: figures,
      ...(own ? { operatingExpenses: own } : {}),
    });

  it("fires on 公用经费 5,624,982.50 = 302 + 303 and 人员经费 25,507,764.16 = 301 alone (seed 二、1.1)", () => {
    const out = findings(
      dataset([
        stated("p", "expenditure.personnel.actual", "25507764.16", "元", { section: S }),
        stated("o", "expenditure.operating.actual", "5624982.50", "元", { section: S }),
      ]),
      classificationHouseholdSubsidies,
    );
    expect(out.map((f) => [f.locations[0]?.statedFigureId, f.expected])).toEqual([
      ["p", "26313717.16"],
      ["o", "4819029.50"],
    ]);
    expect(out[1]?.message).toBe(
      "第二部分所述公用经费5624982.50元等于商品和服务支出（302）、对个人和家庭的补助（303）之和5,624,982.50元：把对个人和家庭的补助805,953.00元计入了公用经费，而按政府支出经济分类它属于人员经费，公用经费应为4,819,029.50元（商品和服务支出（302）、资本性支出（310））。",
    );
  });

  it("stays silent on the standard split (公用经费 481.90万元, 人员经费 26,313,717.16元)", () => {
    const out = findings(
      dataset([
        stated("o", "operatingExpenses.actual", "481.90", "万元", { section: S }),
        stated("p", "expenditure.personnel.actual", "26313717.16", "元", { section: S }),
      ]),
      classificationHouseholdSubsidies,
    );
    expect(out).toEqual([]);
  });

  it("reads the department's own 公用经费 too", () => {
    const out = findings(
      dataset([], { budget: "4819029.50", actual: "5624982.50" }),
      classificationHouseholdSubsidies,
    );
    expect(out.map((f) => f.locations[0]?.path)).toEqual(["operatingExpenses.actual"]);
  });

  it("explains nothing when 303 is zero", () => {
    const ds = makeDataset({
      expenditure: SEED_EXPENDITURE.map((l) =>
        l.item === "householdSubsidies" ? { ...l, budget: "0", actual: "0" } : l,
      ),
    });
    expect(misclassification(ds, "4819029.50", "元", "operatingExpenses.actual")).toBeNull();
  });
});
