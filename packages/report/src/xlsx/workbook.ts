/// <reference path="../vendor-modules.d.ts" />
import type ExcelJS from "exceljs";
// exceljs's Workbook class from its own module (what `ExcelJS.Workbook` is). The package's entry
// also loads its streaming reader and writer (unzipper, archiver and their polyfills), which we
// never use: ~0.5 s of CPU in every batch worker thread.
import Workbook from "exceljs/lib/doc/workbook.js";

/**
 * Our own small workbook interface: the few operations jixiao uses to write and read the
 * 基础数据表 and the 评分表. Everything else in `src/xlsx` and `src/render/xlsx` talks to these
 * types only, so exceljs can be swapped for another library by rewriting this one file.
 */

/** One cell to write. `null` leaves the cell empty. */
export type CellWrite =
  | null
  | {
      kind: "text";
      text: string;
      bold?: boolean;
      align?: "left" | "center" | "right";
      wrap?: boolean;
    }
  | { kind: "number"; value: number; format?: string; bold?: boolean }
  | {
      kind: "formula";
      formula: string;
      /** Cached result, shown by viewers that do not recalculate; null caches an empty string. */
      result: number | string | null;
      format?: string;
      bold?: boolean;
    };

/** Data validation kinds we use. Ranges are A1 ranges such as "C2:C1000". */
export type Validation =
  | { kind: "list"; items: readonly string[] }
  | { kind: "amount" }
  | { kind: "count" }
  | { kind: "decimal"; signed: boolean };

export interface SheetBuilder {
  readonly name: string;
  /** Column widths in characters, from column A. */
  setColumnWidths(widths: readonly number[]): void;
  /** Write cells from column A of the 1-based row. */
  setRow(row: number, cells: readonly CellWrite[], options?: { header?: boolean }): void;
  /** Freeze the first `rows` rows (and `columns` columns). */
  freeze(rows: number, columns?: number): void;
  validate(range: string, validation: Validation, message: string): void;
  merge(range: string): void;
}

export interface WorkbookBuilder {
  addSheet(name: string, options?: { hidden?: boolean; tabColor?: string }): SheetBuilder;
  setProperties(props: {
    title: string;
    subject?: string;
    keywords?: string;
    creator?: string;
  }): void;
  /** Serialise to .xlsx bytes. */
  toBuffer(): Promise<Uint8Array>;
}

/** A cell as read back: its value with its type, the number format, and merge origin. */
export interface CellRead {
  /** A1 address, e.g. "C7". */
  address: string;
  value: string | number | boolean | Date | null;
  /** The Excel error (e.g. "#DIV/0!") when the cell holds one. */
  error?: string;
  /** The cell's number format, e.g. "#,##0.00"; "General" when none. */
  numberFormat: string;
  /** For a cell inside a merged range, the address of the range's top-left cell. */
  mergedFrom?: string;
}

export interface SheetReader {
  readonly name: string;
  /** Last row number that has any value. */
  readonly rowCount: number;
  readonly columnCount: number;
  cell(row: number, column: number): CellRead;
}

export interface WorkbookReader {
  readonly sheetNames: readonly string[];
  sheet(name: string): SheetReader | undefined;
}

const HEADER_FILL: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: "FFDDEBF7" },
};
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function validationFor(v: Validation, topLeft: string): ExcelJS.DataValidation {
  switch (v.kind) {
    case "list":
      return { type: "list", allowBlank: true, formulae: [`"${v.items.join(",")}"`] };
    case "amount":
      return {
        type: "custom",
        allowBlank: true,
        formulae: [`AND(ISNUMBER(${topLeft}),${topLeft}>=0,ROUND(${topLeft},2)=${topLeft})`],
      };
    case "count":
      return { type: "whole", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0] };
    case "decimal":
      return v.signed
        ? { type: "custom", allowBlank: true, formulae: [`ISNUMBER(${topLeft})`] }
        : { type: "decimal", operator: "greaterThanOrEqual", allowBlank: true, formulae: [0] };
  }
}

/**
 * Create an empty workbook builder (exceljs underneath).
 * @example const wb = createWorkbook(); wb.addSheet("说明").setRow(1, [{ kind: "text", text: "基础数据表" }]);
 */
export function createWorkbook(): WorkbookBuilder {
  const wb = new Workbook();
  wb.created = new Date(0);
  wb.modified = new Date(0);
  return {
    addSheet(name, options) {
      const ws = wb.addWorksheet(name, {
        state: options?.hidden ? "hidden" : "visible",
        ...(options?.tabColor ? { properties: { tabColor: { argb: options.tabColor } } } : {}),
      });
      return {
        name,
        setColumnWidths(widths) {
          widths.forEach((w, i) => {
            ws.getColumn(i + 1).width = w;
          });
        },
        setRow(rowNumber, cells, opts) {
          const row = ws.getRow(rowNumber);
          // Two lines of header text: viewers do not grow rows for wrapped text by themselves.
          if (opts?.header) row.height = 32;
          cells.forEach((c, i) => {
            const cell = row.getCell(i + 1);
            if (opts?.header) {
              cell.fill = HEADER_FILL;
              cell.font = { bold: true };
              cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
            }
            cell.border = THIN;
            if (c === null) return;
            if (c.kind === "text") {
              cell.value = c.text;
              if (c.bold) cell.font = { bold: true };
              if (c.align || c.wrap)
                cell.alignment = {
                  vertical: "top",
                  ...(c.align ? { horizontal: c.align } : {}),
                  wrapText: c.wrap ?? false,
                };
            } else if (c.kind === "number") {
              cell.value = c.value;
              if (c.format) cell.numFmt = c.format;
              if (c.bold) cell.font = { bold: true };
            } else {
              cell.value = {
                formula: c.formula,
                result: c.result ?? "",
              } as ExcelJS.CellFormulaValue;
              if (c.format) cell.numFmt = c.format;
              if (c.bold) cell.font = { bold: true };
            }
          });
          row.commit();
        },
        freeze(rows, columns = 0) {
          ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
        },
        validate(range, validation, message) {
          const topLeft = range.split(":")[0] ?? range;
          const dv: ExcelJS.DataValidation = {
            ...validationFor(validation, topLeft),
            showErrorMessage: true,
            errorTitle: "输入无效 / invalid input",
            error: message,
          };
          (
            ws as unknown as {
              dataValidations: { add(a: string, v: ExcelJS.DataValidation): void };
            }
          ).dataValidations.add(range, dv);
        },
        merge(range) {
          ws.mergeCells(range);
        },
      };
    },
    setProperties(props) {
      wb.title = props.title;
      if (props.subject) wb.subject = props.subject;
      if (props.keywords) wb.keywords = props.keywords;
      wb.creator = props.creator ?? "jixiao";
      wb.lastModifiedBy = props.creator ?? "jixiao";
    },
    async toBuffer() {
      const buf = await wb.xlsx.writeBuffer();
      return new Uint8Array(buf as ArrayBuffer);
    },
  };
}

function plainValue(v: ExcelJS.CellValue): { value: CellRead["value"]; error?: string } {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: v };
  if (typeof v === "object") {
    if ("richText" in v) return { value: v.richText.map((r) => r.text).join("") };
    if ("error" in v) return { value: null, error: String(v.error) };
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return { value: null };
      if (typeof r === "object" && "error" in r) return { value: null, error: String(r.error) };
      return { value: r as string | number | boolean | Date };
    }
    if ("text" in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text;
      return { value: typeof t === "string" ? t : null };
    }
  }
  return { value: String(v) };
}

/**
 * Read .xlsx bytes into a {@link WorkbookReader}.
 * @throws Error with a bilingual message when the bytes are not a readable .xlsx workbook.
 * @example (await readWorkbook(bytes)).sheet("支出")?.cell(2, 4).value === 25507764.16
 */
export async function readWorkbook(data: Uint8Array): Promise<WorkbookReader> {
  const wb = new Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new Error(
      `无法读取XLSX工作簿 / not a readable .xlsx workbook: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  const sheets = wb.worksheets;
  return {
    sheetNames: sheets.map((s) => s.name),
    sheet(name) {
      const ws = wb.getWorksheet(name);
      if (!ws) return undefined;
      return {
        name,
        rowCount: ws.actualRowCount === 0 ? 0 : ws.rowCount,
        columnCount: ws.columnCount,
        cell(row, column) {
          const cell = ws.getCell(row, column);
          // A merged range's value and format live in its top-left (master) cell.
          const source = cell.isMerged ? cell.master : cell;
          const { value, error } = plainValue(source.value);
          const read: CellRead = {
            address: cell.address,
            value,
            numberFormat: source.numFmt || "General",
          };
          if (error) read.error = error;
          if (cell.isMerged && cell.master.address !== cell.address)
            read.mergedFrom = cell.master.address;
          return read;
        },
      };
    },
  };
}
