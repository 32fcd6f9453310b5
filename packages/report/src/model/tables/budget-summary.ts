import { column, seqColumn, table } from "../blocks.ts";
import { amountCell, textCell } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import { totalLabel } from "../indicators.ts";
import type { TableBlock, TableRow } from "../types.ts";

/** Table id of 预算规模 (预算支出 against 预算收入). */
export const BUDGET_SUMMARY_TABLE = "budget-summary";

/**
 * 预算规模表: 预算支出 and 预算收入 for 基本支出 and 项目支出 (元), rows from
 * `dataset.budgetSummary`; 支出−收入 per row and the 合计 row from the budgetSummary indicators.
 * 支出−收入 = 预算支出 − 预算收入.
 * @example seed 一（二）: 合计 682,237,464.67 − 680,008,000.00 = 2,229,464.67
 */
export function budgetSummaryTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.budgetSummary.map((line, i) => ({
    cells: [
      textCell(String(i + 1)),
      textCell(line.name),
      amountCell(line.budgetExpenditure),
      amountCell(line.budgetRevenue),
      ind.amount(`budgetSummary.difference[${line.kind}]`),
    ],
  }));
  rows.push({
    cells: [
      totalLabel(),
      ind.amount("budgetSummary.budgetExpenditure.total"),
      ind.amount("budgetSummary.budgetRevenue.total"),
      ind.amount("budgetSummary.difference.total"),
    ],
    total: true,
  });
  return table({
    id: BUDGET_SUMMARY_TABLE,
    title: `${ctx.year}年度预算支出与预算收入对比表`,
    unit: "单位：元",
    columns: [
      seqColumn(),
      column("name", "项目", "text", 22),
      column("budgetExpenditure", "预算支出", "amount", 20),
      column("budgetRevenue", "预算收入", "amount", 20),
      column("difference", "支出-收入", "amount", 18, {
        derived: { op: "difference", minuend: "budgetExpenditure", subtrahend: "budgetRevenue" },
      }),
    ],
    rows,
    notes: [tableNote(ctx, BUDGET_SUMMARY_TABLE, "budgetSummary")],
  });
}
