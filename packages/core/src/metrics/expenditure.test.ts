import { describe, expect, it } from "vitest";
import { economicClassIndicators, expenditureIndicators } from "./expenditure.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { SEED_INPUT, seedDataset } from "./testing/seed-fixture.ts";

const seed = expenditureIndicators(seedDataset());

describe("预算支出与实际支出对比表（一） on the seed", () => {
  it("totals 预算支出 and 实际使用 to 682,237,464.67 with a 差额 of 0.00 (表（一）合计)", () => {
    // 25,507,764.16 + 4,819,029.50 + 805,953.00 + 603,018.01 + 650,501,700.00 = 682,237,464.67
    expect(exactValue(seed, "expenditure.budget.total")).toBe("682237464.67");
    expect(exactValue(seed, "expenditure.actual.total")).toBe("682237464.67");
    expect(exactValue(seed, "expenditure.difference.total")).toBe("0");
    expect(exactValue(seed, "expenditure.difference[project]")).toBe("0");
  });

  it("keeps blank rows (其他, 资本性支出) as missing, never 0", () => {
    const other = byKey(seed, "expenditure.difference[other]");
    expect(other.value).toBeNull();
    expect(other.nullReason).toBe("missing");
    expect(other.reason).toContain("expenditure[5].budget");
    expect(byKey(seed, "expenditure.actual[capitalExpenditure]").nullReason).toBe("missing");
  });

  it("sums 基本支出 31,735,764.67 and 项目支出 650,501,700.00 by kind (二、: 基本支出31,735,764.67元)", () => {
    expect(exactValue(seed, "expenditure.basic.actual")).toBe("31735764.67");
    expect(exactValue(seed, "expenditure.basic.budget")).toBe("31735764.67");
    expect(exactValue(seed, "expenditure.project.actual")).toBe("650501700");
    expect(byKey(seed, "expenditure.project.budget").inputs.map((i) => i.path)).toEqual([
      "expenditure[4].budget",
    ]);
  });

  it("sums rows sharing an item into one item and lists each row as an input", () => {
    const out = expenditureIndicators(
      seedDataset({
        expenditure: [
          {
            item: "goodsAndServices",
            kind: "basic",
            name: "商品和服务支出",
            budget: "100.10",
            actual: "90",
          },
          {
            item: "goodsAndServices",
            kind: "project",
            name: "项目商品和服务支出",
            budget: "0.20",
            actual: "",
          },
        ],
      }),
    );
    const budget = byKey(out, "expenditure.budget[goodsAndServices]");
    expect(budget.value?.toString()).toBe("100.3");
    expect(budget.inputs).toHaveLength(2);
    // the difference uses each side's sum of non-blank cells: 100.30 − 90 = 10.30
    expect(exactValue(out, "expenditure.difference[goodsAndServices]")).toBe("10.3");
  });

  it("emits nothing without expenditure lines", () => {
    expect(expenditureIndicators(seedDataset({ expenditure: [] }))).toEqual([]);
  });
});

describe("人员经费 and 公用经费 by economic class", () => {
  const classes = economicClassIndicators(seedDataset());
  it("人员经费 = 301 + 303 = 25,507,764.16 + 805,953.00 = 26,313,717.16 (表（一）)", () => {
    // The seed's text says 人员经费 25,507,764.16 and 日常公用经费 5,624,982.50: it counts 303 in
    // 公用经费. We follow the 经济分类; the checks report the difference.
    expect(exactValue(classes, "expenditure.personnel.actual")).toBe("26313717.16");
  });

  it("人员经费预算 = 25,507,764.16 + 805,953.00 = 26,313,717.16 (表（一） 预算支出)", () => {
    // The seed's 一、（二） states 人员经费 1,738.22 万元 as budget: the checks compare the two.
    expect(exactValue(classes, "expenditure.personnel.budget")).toBe("26313717.16");
  });

  it("公用经费 = 302 + 310 = 4,819,029.50 + (blank) = 4,819,029.50 (1.3: 481.90 万元)", () => {
    const op = byKey(classes, "expenditure.operating.actual");
    expect(op.value?.toString()).toBe("4819029.5");
    expect(op.inputs.map((i) => i.path)).toEqual([
      "expenditure[1].actual",
      "expenditure[6].actual",
    ]);
  });

  it("falls back to 基本支出明细 when no expenditure line is of kind basic", () => {
    const out = economicClassIndicators(seedDataset({ expenditure: [] }));
    // 基本支出明细: 工资福利 25,507,764.16 + 对个人和家庭的补助 805,953.00
    expect(exactValue(out, "expenditure.personnel.actual")).toBe("26313717.16");
    expect(byKey(out, "expenditure.operating.actual").inputs[0]?.path).toBe(
      "basicExpenditure[2].actual",
    );
    expect(economicClassIndicators(seedDataset({ expenditure: [], basicExpenditure: [] }))).toEqual(
      [],
    );
  });

  it("is missing when the classes are absent from 基本支出", () => {
    const out = economicClassIndicators(
      seedDataset({
        expenditure: SEED_INPUT.expenditure?.filter((r) => r.item === "depreciation"),
      }),
    );
    expect(byKey(out, "expenditure.operating.actual").nullReason).toBe("missing");
  });
});
