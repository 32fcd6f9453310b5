import { column, seqColumn, table } from "../blocks.ts";
import { amountCell, textCell } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import { totalLabel } from "../indicators.ts";
import type { TableBlock, TableRow } from "../types.ts";

/** Table id of 基本支出明细. */
export const BASIC_EXPENDITURE_TABLE = "basic-expenditure";

/**
 * 基本支出明细表: rows from `dataset.basicExpenditure` (预算金额, 决算支出金额, 元);
 * 结转结余金额 = 预算金额 − 决算支出金额 per row and the 合计 row from the basicExpenditure
 * indicators.
 * @example seed 1.1: 合计 31,132,746.66 − 31,735,764.67 = -603,018.01
 */
export function basicExpenditureTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.basicExpenditure.map((line, i) => ({
    cells: [
      textCell(String(i + 1)),
      textCell(line.name),
      amountCell(line.budget),
      amountCell(line.actual),
      ind.amount(`basicExpenditure.carryover[${line.item}]`),
    ],
  }));
  rows.push({
    cells: [
      totalLabel(),
      ind.amount("basicExpenditure.budget.total"),
      ind.amount("basicExpenditure.actual.total"),
      ind.amount("basicExpenditure.carryover.total"),
    ],
    total: true,
  });
  return table({
    id: BASIC_EXPENDITURE_TABLE,
    title: `${ctx.year}年度基本支出明细表`,
    unit: "单位：元",
    columns: [
      seqColumn(),
      column("name", "项目名称", "text", 26),
      column("budget", "预算金额", "amount", 20),
      column("actual", "决算支出金额", "amount", 20),
      column("carryover", "结转结余金额", "amount", 20, {
        derived: { op: "difference", minuend: "budget", subtrahend: "actual" },
      }),
    ],
    rows,
    notes: [tableNote(ctx, BASIC_EXPENDITURE_TABLE, "basicExpenditure")],
  });
}
