import type { Dataset, ThreePublicExpenseLine } from "../schema/dataset.ts";
import {
  amountColumn,
  changeRates,
  differences,
  itemsOf,
  type LineTable,
  ratios,
} from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * "三公"经费 (因公出国（境）费, 公务用车购置及运行维护费, 公务接待费) indicators, per item present
 * in the dataset and in total:
 * - 预算数, 决算数, 上年决算数 and their 合计 (Σ rows; blank cells left out, all blank → missing);
 * - 决算比预算增减 = 决算数 − 预算数; 决算比上年增减 = 本年决算数 − 上年决算数 (元);
 * - "三公经费"控制率 = "三公经费"实际支出数 ÷ "三公经费"预算安排数 × 100%;
 * - "三公经费"变动率 = (本年决算数 − 上年决算数) ÷ 上年决算数 × 100% (basis: 决算/actual).
 * Units: 元 and %, exact; display rounds 四舍五入 to 2 places. Edges: 预算数 0 with spending →
 * null `undefined`; 0 ÷ 0 → null 不适用; 上年 0 → null 上年为0（新增）; never Infinity/NaN/0.
 * Source: 财预〔2013〕53号 附件2 ("三公经费"控制率, "三公经费"变动率).
 * @example threePublicExpenseIndicators(seed) → "threePublicExpenses.controlRate.total" =
 *   84,284.72 ÷ 820,000 × 100% = 10.2786…% (seed 1.2.1: 10.28);
 *   "threePublicExpenses.changeRate.total" = −85.149…% (seed 1.2.2: −85.15%)
 */
export function threePublicExpenseIndicators(dataset: Dataset): Indicator[] {
  const table: LineTable<ThreePublicExpenseLine> = {
    name: "threePublicExpenses",
    rows: dataset.threePublicExpenses,
    param: (r) => r.item,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  const hasRows = table.rows.length > 0;
  const budget = amountColumn(table, "budget", "预算数", "“三公”经费预算数合计", items);
  const actual = amountColumn(table, "actual", "决算数", "“三公”经费决算数合计", items);
  const prior = amountColumn(
    table,
    "priorYearActual",
    "上年决算数",
    "“三公”经费上年决算数合计",
    items,
  );
  return [
    ...budget.indicators,
    ...actual.indicators,
    ...prior.indicators,
    ...differences(
      actual,
      budget,
      {
        code: "threePublicExpenses.budgetDifference",
        totalCode: "threePublicExpenses.budgetDifference.total",
      },
      hasRows,
    ),
    ...differences(
      actual,
      prior,
      {
        code: "threePublicExpenses.yearDifference",
        totalCode: "threePublicExpenses.yearDifference.total",
      },
      hasRows,
    ),
    ...ratios(
      actual,
      budget,
      {
        code: "threePublicExpenses.controlRate",
        totalCode: "threePublicExpenses.controlRate.total",
      },
      hasRows,
    ),
    ...changeRates(
      actual,
      prior,
      {
        code: "threePublicExpenses.changeRate",
        totalCode: "threePublicExpenses.changeRate.total",
      },
      hasRows,
    ),
  ];
}
