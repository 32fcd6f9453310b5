import { describe, expect, it } from "vitest";
import { SEED_EXPENDITURE, SEED_THREE_PUBLIC } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { statedSameQuantity } from "./same-quantity.ts";

const S = "二、部门整体支出管理及使用情况分析";

describe("stated.same-quantity", () => {
  it("fires on 公用经费 5,624,982.50元 (二、1.1) against 481.90万元 (二、1.3): one line seen two ways", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("a", "expenditure.operating.actual", "5624982.50", "元", {
          section: S,
          subsection: "1.1、基本支出明细情况",
        }),
        stated("b", "operatingExpenses.actual", "481.90", "万元", {
          section: S,
          subsection: "1.3、公用经费支出",
        }),
      ],
    });
    const [f, ...rest] = findings(dataset, statedSameQuantity);
    expect(rest).toEqual([]);
    expect(f?.locations.map((l) => l.statedFigureId)).toEqual(["a", "b"]);
    expect(f?.message).toBe(
      // The sub-headings name the places (seed 二、1.1 and 1.3), not "第二部分" twice.
      "公用经费在报告中多处列示且互不一致：第二部分1.1所述5624982.50元、第二部分1.3所述481.90万元，按所写精度不可能是同一个数。",
    );
  });

  it("stays silent on 82.00万元 and 820,000.00元 of one “三公经费”预算数 (seed 1.2.1)", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      statedFigures: [
        stated("a", "threePublicExpenses.budget.total", "820000.00", "元", { table: "1.2.1" }),
        stated("b", "threePublicExpenses.budget.total", "82.00", "万元", { section: S }),
        stated("c", "threePublicExpenses.budget.total", "82", "万元", { section: S }),
      ],
    });
    expect(findings(dataset, statedSameQuantity)).toEqual([]);
  });

  it("leaves a 截尾 restatement to stated.restatement (68223.7464万元 against 682,237,464.67元)", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("a", "expenditure.budget.total", "682237464.67", "元", { table: "表（一）" }),
        stated("b", "expenditure.budget.total", "68223.7464", "万元", { section: "一、部门概况" }),
      ],
    });
    expect(findings(dataset, statedSameQuantity)).toEqual([]);
  });
});
