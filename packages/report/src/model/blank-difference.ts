import { type Decimal, dec } from "@jixiao/core";
import type { AmountCell, Cell, ColumnSpec, TableRow } from "./types.ts";

/** The mark after a difference shown with a blank input read as 0 (the source tables' convention). */
export const BLANK_AS_ZERO_MARK = "※";

/** The generated note under a table with a ※ difference whose row has one blank input. */
export const ONE_BLANK_NOTE =
  "※ 该行有一项空白，差额按空白项为0列示（与原表口径一致，空白项未经核实）。";

/** The generated note under a table with a ※ difference whose row has both inputs blank. */
export const BOTH_BLANK_NOTE =
  "※ 该行两项均空白，其余各行完整，差额按0列示（与原表口径一致，空白项未经核实）。";

/** The cell at leaf column `index` of a row (counting colSpan), if a cell starts there. */
export function cellAt(row: TableRow, index: number): Cell | undefined {
  let c = 0;
  for (const cell of row.cells) {
    if (c === index) return cell;
    c += cell.colSpan ?? 1;
  }
  return undefined;
}

function isGiven(value: Decimal | null | undefined): boolean {
  return value !== null && value !== undefined;
}

function amountOf(cell: Cell | undefined): Decimal | null | undefined {
  if (cell?.kind === "amount") return cell.value;
  if (cell?.kind === "blank") return null;
  return undefined; // text, percent, null reason …: not a difference input
}

/**
 * Fill the "-" cells of derived 差额 columns the way the seed's tables foot: core keeps a blank as
 * missing (the indicator stays null), but the printed tables compute 差额 taking the blank as
 * nothing. In a body row whose difference shows "-":
 * - exactly one input blank → 差额 = 被减数 − 减数 with the blank read as 0, marked ※
 *   (seed 表（二） 利息 1,305.86 − 空白 = 1,305.86; 基本支出明细 折旧 空白 − 603,018.01 = −603,018.01);
 * - both inputs blank, and no body row of the table has just one input (the rows that are filled
 *   are complete) → 0.00 marked ※ (seed 表（一） 其他、资本性作支出); otherwise it stays "-".
 * Returns the rows (new cells where filled) and which notes the table needs. Exact (Decimal); the
 * amount keeps the minuend's display format.
 * @example fillBlankDifferences(columns, rows) // seed 表（二） row 6 利息: "-" → 1,305.86※, notes.oneBlank
 */
export function fillBlankDifferences(
  columns: readonly ColumnSpec[],
  rows: readonly TableRow[],
): { rows: TableRow[]; oneBlank: boolean; bothBlank: boolean } {
  let oneBlank = false;
  let bothBlank = false;
  const body = rows.filter((r) => !r.total);
  const derived = columns.flatMap((column, index) => {
    const d = column.derived;
    if (d?.op !== "difference") return [];
    const a = columns.findIndex((c) => c.key === d.minuend);
    const b = columns.findIndex((c) => c.key === d.subtrahend);
    return a < 0 || b < 0 ? [] : [{ index, a, b }];
  });
  const filled = rows.map((row) => {
    if (row.total || derived.length === 0) return row;
    const replace = new Map<number, AmountCell>();
    for (const { index, a, b } of derived) {
      const cell = cellAt(row, index);
      if (cell?.kind !== "blank" || cell.style !== "dash") continue;
      const left = cellAt(row, a);
      const right = cellAt(row, b);
      const x = amountOf(left);
      const y = amountOf(right);
      if (x === undefined || y === undefined) continue;
      const format = (left?.kind === "amount" && left.format) ||
        (right?.kind === "amount" && right.format) || { unit: "元" as const };
      if (x !== null && y !== null) continue;
      if (x === null && y === null) {
        // Other rows complete: no row of the table has just one of the two inputs.
        const othersComplete = body.every(
          (r) => isGiven(amountOf(cellAt(r, a))) === isGiven(amountOf(cellAt(r, b))),
        );
        if (!othersComplete) continue;
        bothBlank = true;
      } else {
        oneBlank = true;
      }
      const { style: _style, kind: _kind, ...base } = cell;
      replace.set(index, {
        ...base,
        kind: "amount",
        value: (x ?? dec("0")).minus(y ?? dec("0")),
        format,
        mark: BLANK_AS_ZERO_MARK,
      });
    }
    if (replace.size === 0) return row;
    let c = 0;
    const cells = row.cells.map((cell) => {
      const out = replace.get(c) ?? cell;
      c += cell.colSpan ?? 1;
      return out;
    });
    return { ...row, cells };
  });
  return { rows: filled, oneBlank, bothBlank };
}
