import { column, seqColumn, table } from "../blocks.ts";
import { amountCell, blankCell, textCell } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import { totalLabel } from "../indicators.ts";
import type { TableBlock, TableRow } from "../types.ts";

/** Table id of 预算支出与实际支出对比表（一）. */
export const EXPENDITURE_COMPARISON_TABLE = "expenditure-comparison";
/** Table id of 预算拨款与实际支出对比表（二）. */
export const ALLOCATION_COMPARISON_TABLE = "allocation-comparison";

/**
 * 预算支出与实际支出对比表（一）: rows from `dataset.expenditure` (预算支出, 实际使用, 元);
 * 差额 = 预算支出 − 实际使用 per row and the 合计 row from the expenditure indicators.
 * @example seed 二、表（一）: 合计 682,237,464.67 − 682,237,464.67 = 0.00
 */
export function expenditureComparisonTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.expenditure.map((line, i) => ({
    cells: [
      textCell(String(i + 1)),
      textCell(line.name),
      amountCell(line.budget),
      amountCell(line.actual),
      ind.amount(`expenditure.difference[${line.item}]`),
      blankCell(),
    ],
  }));
  rows.push({
    cells: [
      totalLabel(),
      ind.amount("expenditure.budget.total"),
      ind.amount("expenditure.actual.total"),
      ind.amount("expenditure.difference.total"),
      blankCell(),
    ],
    total: true,
  });
  return table({
    id: EXPENDITURE_COMPARISON_TABLE,
    title: "预算支出与实际支出对比表（一）",
    unit: "单位：元",
    columns: [
      seqColumn(),
      column("name", "项目", "text", 24),
      column("budget", "预算支出", "amount", 18),
      column("actual", "实际使用", "amount", 18),
      column("difference", "差额（预算-使用）", "amount", 18, {
        derived: { op: "difference", minuend: "budget", subtrahend: "actual" },
      }),
      column("remark", "备注", "text", 8),
    ],
    rows,
    notes: [tableNote(ctx, EXPENDITURE_COMPARISON_TABLE, "expenditure")],
  });
}

/**
 * 预算拨款与实际支出对比表（二）: rows from `dataset.allocation` (到位金额, 实际使用, 元);
 * 差额 = 到位金额 − 实际使用 per row and the 合计 row from the allocation indicators. The total
 * 差额 is the year's 结转结余.
 * @example seed 二、表（二）: 683,266,542.43 − 682,237,464.67 = 1,029,077.76
 */
export function allocationComparisonTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.allocation.map((line, i) => ({
    cells: [
      textCell(String(i + 1)),
      textCell(line.name),
      amountCell(line.received),
      amountCell(line.actual),
      ind.amount(`allocation.difference[${line.item}]`),
      blankCell(),
    ],
  }));
  rows.push({
    cells: [
      totalLabel(),
      ind.amount("allocation.received.total"),
      ind.amount("allocation.actual.total"),
      ind.amount("allocation.difference.total"),
      blankCell(),
    ],
    total: true,
  });
  return table({
    id: ALLOCATION_COMPARISON_TABLE,
    title: "预算拨款与实际支出对比表（二）",
    unit: "单位：元",
    columns: [
      seqColumn(),
      column("name", "项目", "text", 24),
      column("received", "到位金额", "amount", 18),
      column("actual", "实际使用", "amount", 18),
      column("difference", "差额（到位-使用）", "amount", 18, {
        derived: { op: "difference", minuend: "received", subtrahend: "actual" },
      }),
      column("remark", "备注", "text", 8),
    ],
    rows,
    notes: [tableNote(ctx, ALLOCATION_COMPARISON_TABLE, "allocation")],
  });
}
