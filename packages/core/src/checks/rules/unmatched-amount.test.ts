import { describe, expect, it } from "vitest";
import { SEED_EXPENDITURE } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { statedUnmatchedAmount } from "./unmatched-amount.ts";

describe("stated.unmatched-amount", () => {
  it("lists an amount matching nothing as info with the closest quantities (seed 一、（二） 760,792,028.10元)", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [stated("x", null, "760792028.10", "元", { section: "一、部门概况" })],
    });
    const [f, ...rest] = findings(dataset, statedUnmatchedAmount);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("info");
    // 682,237,464.67 is the nearest: |682,237,464.67 − 760,792,028.10| ÷ 760,792,028.10 = 10.33%.
    expect(f?.values?.候选1).toBe("expenditure.budget.total 682237464.67（相差10.33%）");
    expect(f?.message).toContain(
      "与数据中任何金额都不相符；最接近的是预算支出合计682,237,464.67元（相差10.33%）",
    );
  });

  it("names the quantity an unlabelled amount equals at its precision", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("x", null, "65050.17", "万元", { section: "二、部门整体支出管理及使用情况分析" }),
      ],
    });
    const [f] = findings(dataset, statedUnmatchedAmount);
    expect(f?.message).toBe(
      "第二部分所述65050.17万元未标明所指，按所写精度等于预算支出（项目支出）650,501,700.00元。",
    );
  });

  it("stays silent on figures that name their quantity, and on non-money figures", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("a", "expenditure.budget.total", "682237464.67", "元"),
        stated("b", null, "2934", "条"),
      ],
    });
    expect(findings(dataset, statedUnmatchedAmount)).toEqual([]);
  });
});
