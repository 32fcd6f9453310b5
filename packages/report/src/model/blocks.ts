import {
  BOTH_BLANK_NOTE,
  cellAt,
  fillBlankDifferences,
  ONE_BLANK_NOTE,
} from "./blank-difference.ts";
import type {
  Block,
  Cell,
  ColumnDerivation,
  ColumnSpec,
  HeaderCell,
  HeadingLevel,
  Inline,
  ParagraphBlock,
  ParagraphRole,
  SectionBlock,
  TableBlock,
  TableRow,
} from "./types.ts";
import { leafLabels } from "./walk.ts";

/**
 * A section with its printed numbering ("一、", "（一）", "1.1、", "附件1" …).
 * @example section("overview", 1, "一、", "部门概况", []) // printed "一、部门概况"
 */
export function section(
  id: string,
  level: HeadingLevel,
  numbering: string,
  title: string,
  blocks: Block[],
  extra: Pick<SectionBlock, "pageBreakBefore" | "annex" | "headingOnly"> = {},
): SectionBlock {
  return { kind: "section", id, level, numbering, title, blocks, ...extra };
}

/**
 * A paragraph of one run (or several runs, for inline emphasis).
 * @example paragraph("note", "注：差异原因为折旧费没有纳入预算金额中。") // seed 1.1
 */
export function paragraph(role: ParagraphRole, content: string | Inline[]): ParagraphBlock {
  return {
    kind: "paragraph",
    role,
    content: typeof content === "string" ? [{ text: content }] : content,
  };
}

/**
 * The department's own paragraphs (dataset.narrative), one block per non-empty paragraph.
 * @example narrative(dataset.narrative.preamble) // the seed's opening paragraph, as written
 */
export function narrative(texts: readonly string[] | undefined): ParagraphBlock[] {
  return (texts ?? []).filter((t) => t.trim() !== "").map((t) => paragraph("narrative", t.trim()));
}

/**
 * A sentence jixiao composes from data and indicators.
 * @example generated("按基础数据计算：“三公经费”控制率为10.28%。") // seed 1.2.1
 */
export function generated(text: string): ParagraphBlock {
  return paragraph("generated", text);
}

/** Numeric column kinds align right, 序号 centre, text left. */
function alignFor(type: ColumnSpec["type"]): ColumnSpec["align"] {
  if (type === "seq") return "center";
  if (type === "text") return "left";
  return "right";
}

/**
 * A column spec; alignment follows the column type unless given.
 * @example column("budget", "预算数", "amount", 18) // right-aligned
 */
export function column(
  key: string,
  label: string,
  type: ColumnSpec["type"],
  width: number,
  extra: { align?: ColumnSpec["align"]; derived?: ColumnDerivation } = {},
): ColumnSpec {
  return {
    key,
    label,
    type,
    width,
    align: extra.align ?? alignFor(type),
    ...(extra.derived ? { derived: extra.derived } : {}),
  };
}

/**
 * The 序号 column.
 * @example seqColumn() // { key: "seq", label: "序号", align: "center" }
 */
export function seqColumn(): ColumnSpec {
  return column("seq", "序号", "seq", 6);
}

/** How many leaf columns a row covers. */
function rowWidth(cells: readonly Cell[]): number {
  return cells.reduce((n, c) => n + (c.colSpan ?? 1), 0);
}

/**
 * Assemble a table and check its shape: the header covers every column and every row spans
 * exactly the columns. With no `header`, one header row is made of the column labels. Derived 差额
 * cells with a blank input are filled as the seed foots them (※, {@link fillBlankDifferences}).
 * @throws Error when a row or the header does not fit the columns (a programming error).
 * @example table({ id: "projects", title: "项目支出", unit: "单位：元", columns, rows }) // seed 二、2.2
 */
export function table(spec: {
  id: string;
  title: string;
  unit: string | null;
  columns: ColumnSpec[];
  header?: HeaderCell[][];
  rows: TableRow[];
  notes?: readonly (string | null | undefined)[];
}): TableBlock {
  const header = spec.header ?? [spec.columns.map((c) => ({ text: c.label }))];
  const { rows, oneBlank, bothBlank } = fillBlankDifferences(spec.columns, spec.rows);
  const dash = dashNote(spec.columns, rows);
  // With ※ rows the blank is read as 0 in 差额 as in the 合计, so "合计仅含已填列的行" adds nothing.
  const partial = oneBlank || bothBlank ? null : partialTotalNote(spec.columns, rows);
  const built: TableBlock = {
    kind: "table",
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    columns: spec.columns,
    header,
    rows,
    notes: [
      ...(spec.notes ?? []),
      oneBlank ? ONE_BLANK_NOTE : null,
      bothBlank ? BOTH_BLANK_NOTE : null,
      dash,
      partial,
    ].filter((n): n is string => typeof n === "string" && n.trim() !== ""),
  };
  leafLabels(built); // throws when the header does not cover the columns
  rows.forEach((row, i) => {
    const width = rowWidth(row.cells);
    if (width !== spec.columns.length) {
      throw new Error(
        `表“${spec.title}”第${i + 1}行有${width}列，应为${spec.columns.length}列 / table ${spec.id} row ${i + 1} spans ${width} columns, expected ${spec.columns.length}`,
      );
    }
  });
  return built;
}

/**
 * The note a table needs when a computed column shows "-" in a body row: the value could not be
 * computed because an input is blank (blank is never taken as 0), while the 合计 row is computed
 * from the column totals. Null when no computed column shows "-".
 * @example dashNote(columns, rows) === "注：“差额（到位-使用）”列中“-”表示该行所需数据空白，无法计算（空白不作0处理）；合计行按各列合计数计算。" // seed 表（二） 利息、其他
 */
export function dashNote(columns: readonly ColumnSpec[], rows: readonly TableRow[]): string | null {
  const dashed = new Set<string>();
  for (const row of rows) {
    if (row.total) continue;
    let c = 0;
    for (const cell of row.cells) {
      const column = columns[c];
      if (column?.derived && cell.kind === "blank" && cell.style === "dash")
        dashed.add(column.label);
      c += cell.colSpan ?? 1;
    }
  }
  if (dashed.size === 0) return null;
  const names = [...dashed].map((l) => `“${l}”`).join("、");
  const totals = rows.some((r) => r.total) ? "；合计行按各列合计数计算" : "";
  return `注：${names}列中“-”表示该行所需数据空白，无法计算（空白不作0处理）${totals}。`;
}

/**
 * The note a table needs when an input amount column has blank body cells under a 合计 row: the
 * total sums only the filled rows (blank is missing, never 0), so a reader must not take it for a
 * complete total. Null when no such column exists.
 * @example partialTotalNote(columns, rows) === "注：“到位数”列有空白行，合计仅含已填列的行（空白不作0处理）。" // 收入情况: 财政拨款收入的到位数未列示
 */
export function partialTotalNote(
  columns: readonly ColumnSpec[],
  rows: readonly TableRow[],
): string | null {
  const totalRow = rows.find((r) => r.total);
  if (!totalRow) return null;
  const partial = columns.flatMap((column, index) => {
    if (column.derived || column.type !== "amount") return [];
    const total = cellAt(totalRow, index);
    if (!total || total.kind === "blank") return [];
    const body = rows.filter((r) => !r.total).map((r) => cellAt(r, index));
    const blanks = body.filter((cell) => cell?.kind === "blank").length;
    return blanks > 0 && blanks < body.length ? [`“${column.label}”`] : [];
  });
  if (partial.length === 0) return null;
  return `注：${partial.join("、")}列有空白行，合计仅含已填列的行（空白不作0处理）。`;
}

/**
 * Chinese numerals for 一、二、… and （一）（二）… (1–99).
 * @example chineseNumeral(5) === "五" // 六、（五）年初预算编制不够全面
 */
export function chineseNumeral(n: number): string {
  const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  if (n < 10) return digits[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

/**
 * Drop a leading number a heading was written with ("（1）", "(2) ", "（三）", "1、", "2.") so
 * the report can number headings consistently itself.
 * @example stripNumbering("（1） 耕地“占补平衡”矛盾较为尖锐") === "耕地“占补平衡”矛盾较为尖锐"
 */
export function stripNumbering(heading: string): string {
  return heading
    .trim()
    .replace(/^[（(]\s*[0-9一二三四五六七八九十]+\s*[）)]\s*/, "")
    .replace(/^[0-9一二三四五六七八九十]+\s*[、.．]\s*/, "")
    .trim();
}
