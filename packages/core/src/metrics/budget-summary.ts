import type { BudgetSummaryLine, Dataset } from "../schema/dataset.ts";
import { perRun } from "./run-memo.ts";
import { amountColumn, type ColumnValues, differences, itemsOf, type LineTable } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * 预算支出 and 预算收入 of the 预算规模 table (一、（二）), per kind (基本支出/项目支出) and in
 * total (Σ rows, 元, exact).
 * Built once per computeIndicators run (metrics/run-memo.ts): the areas that read it share it.
 * @example budgetSummaryColumns(seed).expenditure.total.outcome.value // 682,237,464.67
 */
export function budgetSummaryColumns(dataset: Dataset): {
  expenditure: ColumnValues;
  revenue: ColumnValues;
} {
  return perRun(dataset, "budgetSummaryColumns", () => buildBudgetSummaryColumns(dataset));
}

function buildBudgetSummaryColumns(dataset: Dataset): {
  expenditure: ColumnValues;
  revenue: ColumnValues;
} {
  const table: LineTable<BudgetSummaryLine> = {
    name: "budgetSummary",
    rows: dataset.budgetSummary,
    param: (r) => r.kind,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  return {
    expenditure: amountColumn(table, "budgetExpenditure", "预算支出", "预算支出合计", items),
    revenue: amountColumn(table, "budgetRevenue", "预算收入", "预算收入合计", items),
  };
}

/**
 * 预算规模 indicators (元, exact): 预算支出, 预算收入 and 支出−收入 = 预算支出 − 预算收入, per
 * kind and in total. Blank is missing, never 0.
 * @example budgetSummaryIndicators(seed) → "budgetSummary.difference.total" =
 *   682,237,464.67 − 680,008,000 = 2,229,464.67 (seed 一、（二） 合计 支出-收入);
 *   "budgetSummary.difference[basic]" = 31,735,764.67 − 33,839,013.69 = −2,103,249.02
 */
export function budgetSummaryIndicators(dataset: Dataset): Indicator[] {
  const { expenditure, revenue } = budgetSummaryColumns(dataset);
  return [
    ...expenditure.indicators,
    ...revenue.indicators,
    ...differences(
      expenditure,
      revenue,
      { code: "budgetSummary.difference", totalCode: "budgetSummary.difference.total" },
      dataset.budgetSummary.length > 0,
    ),
  ];
}
