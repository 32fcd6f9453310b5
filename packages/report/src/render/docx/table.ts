import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { cellText, isNumericCell } from "../../model/cells.ts";
import type { Cell, TableBlock } from "../../model/types.ts";
import { BODY_LINE, FONT, runFont, SIZE, TEXT_WIDTH } from "./layout.ts";

/** A cell longer than this (characters) lets its row break across pages. */
const LONG_CELL_CHARACTERS = 60;

/**
 * Column widths in twips (DXA) that add up to exactly `total`: the model's relative widths scaled,
 * rounded, with the rounding remainder given to the widest column.
 * @example columnWidths([1, 3], 8844) → [2211, 6633]
 */
export function columnWidths(relative: readonly number[], total: number = TEXT_WIDTH): number[] {
  const sumW = relative.reduce((a, b) => a + b, 0);
  const widths = relative.map((w) => Math.floor((w / sumW) * total));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + rest;
  return widths;
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
/** Every cell's four borders, set once on the table (outer edges and inside lines). */
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
/** Every cell's margins, set once on the table (tblCellMar). */
const CELL_MARGINS = { top: 30, bottom: 30, left: 70, right: 70, marginUnitType: WidthType.DXA };

/**
 * The paragraph style of table text: an at-least 15 pt line, no space around. Set once in
 * styles.xml (see {@link TABLE_TEXT_STYLE}) instead of on each of a report's thousands of cells.
 * It sets no run properties: the runs carry their face and 五号 size, and the paragraph mark
 * keeps the document's 三号, whose height is part of each row's (as it always was).
 */
export const TABLE_TEXT_STYLE_ID = "TableText";

/** The definition of {@link TABLE_TEXT_STYLE_ID} for `new Document({ styles: { paragraphStyles } })`. */
export const TABLE_TEXT_STYLE = {
  id: TABLE_TEXT_STYLE_ID,
  name: "Table Text",
  paragraph: { spacing: { line: 300, lineRule: LineRuleType.AT_LEAST, before: 0, after: 0 } },
};

/** Run options of table text; bold only where set (non-bold is the default). */
const TABLE_RUN = runFont(FONT.table, SIZE.table);
const TABLE_RUN_BOLD = runFont(FONT.table, SIZE.table, { bold: true });

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

function cellParagraph(text: string, align: "left" | "center" | "right", bold: boolean): Paragraph {
  return new Paragraph({
    style: TABLE_TEXT_STYLE_ID,
    alignment: ALIGN[align],
    children: [new TextRun({ text, ...(bold ? TABLE_RUN_BOLD : TABLE_RUN) })],
  });
}

function span(widths: readonly number[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce((a, b) => a + b, 0);
}

/**
 * A model table as a DOCX table that keeps its shape in Word, WPS and LibreOffice: fixed layout,
 * the full text width in DXA, an explicit width on every column (tblGrid) and cell, header rows
 * repeated on each page (tblHeader) and never split, numbers right-aligned, 合计 rows bold.
 * Borders and cell margins are the table's (tblBorders, tblCellMar), the text's line spacing its
 * paragraph style ({@link TABLE_TEXT_STYLE}, which the document must define): the same layout as
 * setting them on every cell, in half the XML.
 * @example docxTable(预算支出与实际支出对比表（一）) // 8 rows, 合计 682,237,464.67
 */
export function docxTable(table: TableBlock): Table {
  const widths = columnWidths(table.columns.map((c) => c.width));
  const rows: TableRow[] = [];
  // Lay header cells on the column grid (rowSpans from earlier rows occupy columns), so each
  // header cell gets the width of the columns it covers.
  const taken: boolean[][] = table.header.map(() => widths.map(() => false));
  table.header.forEach((header, r) => {
    let col = 0;
    const cells = header.map((h) => {
      while (taken[r]?.[col]) col++;
      const colSpan = h.colSpan ?? 1;
      const rowSpan = h.rowSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) {
          const line = taken[r + dr];
          if (line) line[col + dc] = true;
        }
      const width = span(widths, col, colSpan);
      col += colSpan;
      return new TableCell({
        children: [cellParagraph(h.text, "center", true)],
        ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        shading: { fill: "F2F2F2" },
      });
    });
    rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells }));
  });
  for (const row of table.rows) {
    let col = 0;
    rows.push(
      new TableRow({
        // short rows stay whole; a row holding a long text (a finding's 说明) may break across
        // pages, else Word/LibreOffice push it whole to the next page and leave half-empty pages
        cantSplit: !row.cells.some((c) => cellText(c).length > LONG_CELL_CHARACTERS),
        height: { value: 360, rule: HeightRule.ATLEAST },
        children: row.cells.map((cell: Cell) => {
          const colSpan = cell.colSpan ?? 1;
          const column = table.columns[col];
          const align = cell.align ?? (isNumericCell(cell) ? "right" : (column?.align ?? "left"));
          const width = span(widths, col, colSpan);
          col += colSpan;
          return new TableCell({
            children: [cellParagraph(cellText(cell), align, row.total === true)],
            ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
            width: { size: width, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
          });
        }),
      }),
    );
  }
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}

/**
 * The paragraphs around a table: caption (centered, bold) and unit line (right).
 * @example tableCaption(table) // "预算支出与实际支出对比表（一）" and "单位：元"
 */
export function tableCaption(table: TableBlock): Paragraph[] {
  const out = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 120 },
      children: [new TextRun({ text: table.title, ...runFont(FONT.heading1, SIZE.caption) })],
    }),
  ];
  if (table.unit)
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        keepNext: true,
        spacing: { line: 360, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: table.unit, ...runFont(FONT.table, SIZE.table) })],
      }),
    );
  return out;
}
