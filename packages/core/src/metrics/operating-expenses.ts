import type { Dataset } from "../schema/dataset.ts";
import { cell, percentRatio, plain } from "./derive.ts";
import { basicClassTotal, basicLines, OPERATING_ITEMS } from "./expenditure.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator, IndicatorInput } from "./types.ts";

/**
 * 公用经费 budget and actual (元), from `operatingExpenses` when the dataset states it;
 * otherwise the 基本支出 lines of 商品和服务支出 (302) + 资本性支出 (310) — the seed's own
 * definition: "公用经费支出是指部门基本支出中的一般商品和服务支出". Null when neither is given.
 */
export function operatingExpenseInputs(dataset: Dataset): {
  budget: IndicatorInput;
  actual: IndicatorInput;
  budgetCells: IndicatorInput[];
  actualCells: IndicatorInput[];
} | null {
  const stated = dataset.operatingExpenses;
  if (stated) {
    const budget = cell("公用经费预算数", stated.budget, "元", "operatingExpenses.budget");
    const actual = cell("公用经费实际支出", stated.actual, "元", "operatingExpenses.actual");
    return { budget, actual, budgetCells: [budget], actualCells: [actual] };
  }
  const { table, keep } = basicLines(dataset);
  if (!table.rows.some(keep)) return null;
  const budget = basicClassTotal(dataset, "budget", OPERATING_ITEMS, "公用经费预算数");
  const actual = basicClassTotal(dataset, "actual", OPERATING_ITEMS, "公用经费实际支出");
  return {
    budget: budget.input,
    actual: actual.input,
    budgetCells: budget.cells,
    actualCells: actual.cells,
  };
}

/**
 * 公用经费 indicators: 预算数, 实际支出 (元) and
 * 公用经费控制率 = 实际支出公用经费总额 ÷ 预算安排公用经费总额 × 100% (exact; display 四舍五入
 * 2 places). Edges: 预算 0 with spending → null `undefined`; 0 ÷ 0 → 不适用; blank → missing.
 * Emits nothing when the dataset has neither `operatingExpenses` nor 基本支出 lines.
 * Source: 财预〔2013〕53号 附件2 (公用经费控制率).
 * @example operatingExpenseIndicators(seed) → "operatingExpenses.controlRate" =
 *   4,819,029.50 ÷ 4,819,029.50 = 100% (seed 1.3: 公用经费控制率为100%)
 */
export function operatingExpenseIndicators(dataset: Dataset): Indicator[] {
  const inputs = operatingExpenseInputs(dataset);
  if (!inputs) return [];
  const { budget, actual } = inputs;
  return [
    makeIndicator("operatingExpenses.budget", undefined, plain(budget), inputs.budgetCells),
    makeIndicator("operatingExpenses.actual", undefined, plain(actual), inputs.actualCells),
    makeIndicator("operatingExpenses.controlRate", undefined, percentRatio(actual, budget), [
      actual,
      budget,
    ]),
  ];
}
