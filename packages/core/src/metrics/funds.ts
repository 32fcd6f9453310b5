import type { Dataset } from "../schema/dataset.ts";
import { allocationColumns } from "./allocation.ts";
import { budgetSummaryColumns } from "./budget-summary.ts";
import { expenditureColumns } from "./expenditure.ts";
import { revenueColumns } from "./revenue.ts";
import type { IndicatorInput } from "./types.ts";

/**
 * 到位合计 (元): Σ 到位金额 of 预算拨款与实际支出对比表 (`allocation`) when it has rows, else
 * Σ 到位 of revenue by source; null when the dataset has neither.
 * @example receivedTotal(seed)?.value // 683,266,542.43 (seed 表（二）合计)
 */
export function receivedTotal(dataset: Dataset): IndicatorInput | null {
  if (dataset.allocation.length > 0) return allocationColumns(dataset).received.total.input;
  if (dataset.revenue.length > 0) return revenueColumns(dataset).received.total.input;
  return null;
}

/**
 * 实际支出合计 (元): Σ 实际支出 of 预算支出与实际支出对比表 (`expenditure`) when it has rows,
 * else Σ 实际使用 of `allocation`; null when the dataset has neither.
 * @example actualExpenditureTotal(seed)?.value // 682,237,464.67 (seed 表（一）合计)
 */
export function actualExpenditureTotal(dataset: Dataset): IndicatorInput | null {
  if (dataset.expenditure.length > 0) return expenditureColumns(dataset).actual.total.input;
  if (dataset.allocation.length > 0) return allocationColumns(dataset).actual.total.input;
  return null;
}

/**
 * 支出预算数 (元): Σ 预算支出 of `expenditure` when it has rows, else Σ 预算支出 of the 预算规模
 * table (`budgetSummary`); null when the dataset has neither.
 * @example expenditureBudgetTotal(seed)?.value // 682,237,464.67 (seed 表（一）合计 预算支出)
 */
export function expenditureBudgetTotal(dataset: Dataset): IndicatorInput | null {
  if (dataset.expenditure.length > 0) return expenditureColumns(dataset).budget.total.input;
  if (dataset.budgetSummary.length > 0)
    return budgetSummaryColumns(dataset).expenditure.total.input;
  return null;
}
