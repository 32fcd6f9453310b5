import { type Decimal, dec, sum } from "@jixiao/core";
import { cellText } from "../../model/cells.ts";
import type { Cell, ColumnSpec, TableBlock } from "../../model/types.ts";
import { cachedNumber, decimalFormat } from "../../xlsx/cell-write.ts";
import type { CellWrite, SheetBuilder } from "../../xlsx/workbook.ts";
import { columnLetter } from "../../xlsx/write-sheets.ts";

/** The numeric value of a cell in the unit the sheet shows (万元 for 万元 amounts); null if none. */
function shownValue(cell: Cell): Decimal | null {
  switch (cell.kind) {
    case "amount":
      return cell.format.unit === "万元" ? cell.value.div(10000) : cell.value;
    case "percent":
      return cell.value.div(100);
    case "quantity":
      return cell.value;
    case "count":
      return dec(String(cell.value));
    default:
      return null;
  }
}

function numberFormat(cell: Cell): string {
  switch (cell.kind) {
    case "amount":
      return decimalFormat(cell.format.unit === "万元" ? cell.format.places : 2);
    case "percent":
      return `0.${"0".repeat(cell.places ?? 2)}%`;
    case "count":
      return "0";
    case "quantity":
      return cell.places !== undefined ? decimalFormat(cell.places) : "General";
    default:
      return "General";
  }
}

function derivedFormula(
  column: ColumnSpec,
  row: number,
  letterOf: (key: string) => string | null,
): string | null {
  const d = column.derived;
  if (!d) return null;
  if (d.op === "difference") {
    const a = letterOf(d.minuend);
    const b = letterOf(d.subtrahend);
    return a && b ? `IF(AND(${a}${row}="",${b}${row}=""),"",N(${a}${row})-N(${b}${row}))` : null;
  }
  const a = letterOf(d.numerator);
  const b = letterOf(d.denominator);
  return a && b
    ? `IF(OR(${a}${row}="",${b}${row}="",N(${b}${row})=0),"",${a}${row}/${b}${row})`
    : null;
}

/**
 * Write a model table into a sheet from `startRow`: caption, unit line, merged header rows, body
 * rows. Numbers are number cells with the model's display format; a column the model marks as
 * derived (差额 = a − b, 比率 = a ÷ b) is written as a formula with its cached value, and a 合计
 * row's plain amount columns as SUM over the body rows with the cached total, so viewers that do
 * not recalculate still show the model's figures. Returns the next free row.
 * @example writeModelTable(sheet, scoreTable, 1) // 评分表 from row 1
 */
export function writeModelTable(sheet: SheetBuilder, table: TableBlock, startRow: number): number {
  const n = table.columns.length;
  const last = columnLetter(n);
  let r = startRow;
  sheet.setRow(r, [{ kind: "text", text: table.title, bold: true, align: "center" }]);
  if (n > 1) sheet.merge(`A${r}:${last}${r}`);
  r++;
  if (table.unit) {
    sheet.setRow(r, [
      ...Array.from({ length: n - 1 }, () => null),
      { kind: "text", text: table.unit, align: "right" },
    ]);
    r++;
  }
  // Header rows with merges laid on a grid (rowSpans occupy later rows).
  const taken: boolean[][] = table.header.map(() => new Array(n).fill(false));
  table.header.forEach((header, hr) => {
    const cells: CellWrite[] = new Array(n).fill(null);
    let col = 0;
    for (const h of header) {
      while (taken[hr]?.[col]) col++;
      const cs = h.colSpan ?? 1;
      const rs = h.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) {
          const line = taken[hr + dr];
          if (line) line[col + dc] = true;
        }
      cells[col] = { kind: "text", text: h.text };
      if (cs > 1 || rs > 1)
        sheet.merge(
          `${columnLetter(col + 1)}${r + hr}:${columnLetter(col + cs)}${r + hr + rs - 1}`,
        );
      col += cs;
    }
    sheet.setRow(r + hr, cells, { header: true });
  });
  r += table.header.length;
  const firstBody = r;
  const bodyRows = table.rows.filter((row) => !row.total).length;
  const letterOf = (key: string) => {
    const i = table.columns.findIndex((c) => c.key === key);
    return i < 0 ? null : columnLetter(i + 1);
  };
  for (const row of table.rows) {
    const cells: CellWrite[] = [];
    let col = 0;
    for (const cell of row.cells) {
      const column = table.columns[col];
      const value = shownValue(cell);
      const formula = column ? derivedFormula(column, r, letterOf) : null;
      const letter = columnLetter(col + 1);
      if (formula && (value !== null || cell.kind === "blank" || cell.kind === "null")) {
        cells.push({
          kind: "formula",
          formula,
          result: cachedNumber(value),
          format: numberFormat(cell),
          bold: row.total === true,
        });
      } else if (row.total && cell.kind === "amount" && bodyRows > 0 && !column?.derived) {
        // Boundary check: the cached value is the model's total; the formula re-adds the rows.
        cells.push({
          kind: "formula",
          formula: `SUM(${letter}${firstBody}:${letter}${firstBody + bodyRows - 1})`,
          result: cachedNumber(value),
          format: numberFormat(cell),
          bold: true,
        });
      } else if (value !== null) {
        cells.push({
          kind: "number",
          value: cachedNumber(value) ?? 0,
          format: numberFormat(cell),
          bold: row.total === true,
        });
      } else {
        const text = cellText(cell);
        cells.push(
          text === "" ? null : { kind: "text", text, bold: row.total === true, wrap: true },
        );
      }
      const span = cell.colSpan ?? 1;
      for (let k = 1; k < span; k++) cells.push(null);
      if (span > 1) sheet.merge(`${letter}${r}:${columnLetter(col + span)}${r}`);
      col += span;
    }
    sheet.setRow(r, cells);
    r++;
  }
  for (const note of table.notes) {
    sheet.setRow(r, [{ kind: "text", text: note }]);
    r++;
  }
  return r + 1;
}

/**
 * Column widths for a model table: relative widths scaled so the narrowest is about 6 characters.
 * @example modelTableWidths(scoreTable) // [6, 14, …] characters
 */
export function modelTableWidths(table: TableBlock): number[] {
  const min = Math.min(...table.columns.map((c) => c.width));
  return table.columns.map((c) => Math.min(60, Math.max(6, Math.round((c.width / min) * 6))));
}

/**
 * Sum of the body cells' shown values of a column (for checks).
 * @example columnTotal(projectsTable, "budget") // 650,501,700.00 元 (seed 2.2)
 */
export function columnTotal(table: TableBlock, key: string): Decimal {
  const i = table.columns.findIndex((c) => c.key === key);
  return sum(
    table.rows
      .filter((r) => !r.total)
      .map((r) => (r.cells[i] ? shownValue(r.cells[i] as Cell) : null))
      .filter((d): d is Decimal => d !== null),
  );
}
