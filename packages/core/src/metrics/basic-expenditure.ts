import type { BasicExpenditureLine, Dataset } from "../schema/dataset.ts";
import { amountColumn, differences, itemsOf, type LineTable } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * 基本支出明细 indicators (元, exact): 预算金额, 决算支出金额 and
 * 结转结余金额 = 预算金额 − 决算支出金额, per expense item and in total (Σ rows).
 * A blank 预算金额 is missing, never 0, so that row's 结转结余 is null `missing`; the total
 * 结转结余 is (Σ 预算) − (Σ 决算) over the non-blank cells.
 * @example basicExpenditureIndicators(seed) → "basicExpenditure.budget.total" = 31,132,746.66,
 *   "basicExpenditure.actual.total" = 31,735,764.67, "basicExpenditure.carryover.total" =
 *   −603,018.01 (seed 二、1.1 合计)
 */
export function basicExpenditureIndicators(dataset: Dataset): Indicator[] {
  const table: LineTable<BasicExpenditureLine> = {
    name: "basicExpenditure",
    rows: dataset.basicExpenditure,
    param: (r) => r.item,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  const budget = amountColumn(table, "budget", "预算金额", "基本支出预算合计", items);
  const actual = amountColumn(table, "actual", "决算支出金额", "基本支出决算合计", items);
  return [
    ...budget.indicators,
    ...actual.indicators,
    ...differences(
      budget,
      actual,
      { code: "basicExpenditure.carryover", totalCode: "basicExpenditure.carryover.total" },
      table.rows.length > 0,
    ),
  ];
}
