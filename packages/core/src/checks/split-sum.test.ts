import { describe, expect, it } from "vitest";
import { SEED_BUDGET_SUMMARY, SEED_EXPENDITURE } from "../testing/index.ts";
import { judge } from "./judge.ts";
import { splitSumNote } from "./split-sum.ts";
import { contextOf, makeDataset, stated } from "./testing/fixture.ts";

const S1 = {
  section: "一、部门概况",
  subsection: "（二）部门整体支出预算规模、使用方向、主要内容及范围",
};

/** 一、（二）: 人员经费1,738.22万元, 日常公用经费 as given; 预算规模 基本支出 预算收入 33,839,013.69. */
function noteFor(operating: string): string | null {
  const dataset = makeDataset({
    budgetSummary: [...SEED_BUDGET_SUMMARY],
    operatingExpenses: { budget: "4819029.50", actual: "4819029.50" },
    expenditure: [...SEED_EXPENDITURE],
    statedFigures: [
      stated("personnel", "expenditure.personnel.budget", "1738.22", "万元", S1),
      stated("operating", "operatingExpenses.budget", operating, "万元", S1),
    ],
  });
  const context = contextOf(dataset);
  const figure = context.figures[0];
  return figure ? splitSumNote(context, judge(context, figure)) : null;
}

describe("a stated split that adds up to another quantity", () => {
  it("names 1,738.22 + 1,645.68 = 3,383.90万元 as the 预算规模 基本支出 预算收入 (seed 一、（二）)", () => {
    expect(noteFor("1645.68")).toBe(
      "所述人员经费预算1738.22万元与第一部分（二）所述公用经费预算数1645.68万元之和为3383.90万元，恰等于“部门整体支出预算表”中预算收入（基本支出）33,839,013.69元：所述拆分加总为该数，但与按支出科目重算的人员经费预算不符",
    );
  });

  it("says nothing when the two figures add up to no quantity", () => {
    expect(noteFor("1645.00")).toBeNull();
  });
});
