/**
 * The format-neutral ReportModel (STYLE.md "One model, many outputs").
 *
 * `buildReportModel(evaluation, options)` produces one of these; the Markdown, HTML, DOCX, XLSX
 * and PDF renderers each walk it. A table or section is defined once, here, never per format.
 * Every figure is carried as an exact Decimal with its display format; `cellText` (cells.ts) is
 * the one place that turns a cell into the text every renderer shows.
 */
import type { Decimal, Evaluation } from "@jixiao/core";
import type { NullReason } from "@jixiao/core/metrics";

// ───────────────────────── document ─────────────────────────

/** Document metadata: DOCX core properties, the HTML <title>, the XLSX workbook properties. */
export interface ReportMeta {
  /** "桃江县自然资源局2020年度部门整体支出绩效评价报告". */
  title: string;
  /** 部门名称, e.g. 桃江县自然资源局. */
  department: string;
  /** 评价年度 (the fiscal year evaluated), e.g. 2020. */
  fiscalYear: number;
  /** Date of the report (YYYY-MM-DD), from evaluationProcess.reportDate or options.date; null when unknown. */
  date: string | null;
  /** "部门整体支出绩效评价报告". */
  subject: string;
  /** Keywords for document properties. */
  keywords: string[];
  /** Always "zh-CN". */
  language: "zh-CN";
  /** "jixiao". */
  generator: string;
}

/** The whole report: metadata plus the blocks in reading order (preamble, sections, annexes). */
export interface ReportModel {
  meta: ReportMeta;
  blocks: Block[];
}

/** Anything that can stand in the body of a report or a section. */
export type Block = SectionBlock | ParagraphBlock | TableBlock | ChartBlock;

// ───────────────────────── sections ─────────────────────────

/**
 * Heading level = nesting depth: 1 for 一、…七、 and the annexes, 2 for （一） or a 1、 directly
 * under a 一级 heading, and so on down to 1.2.1． The printed style is `numbering`, not the level.
 * Renderers map it to h2…h6 (the document title is h1) or to DOCX Heading 1…5.
 */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/**
 * A numbered section. The numbering is data, exactly as printed in front of the title
 * ("一、", "（一）", "（1）", "1、", "1.1、", "1.2.1．", "附件1"), so every renderer prints the
 * same numbers without computing them. `numbering` is "" for an unnumbered heading.
 */
export interface SectionBlock {
  kind: "section";
  /** Stable id (kebab-case) for anchors, tests and hooks, e.g. "overview", "annex-basic-data". */
  id: string;
  level: HeadingLevel;
  numbering: string;
  title: string;
  blocks: Block[];
  /** Start on a new page when printed (annexes, the findings section). */
  pageBreakBefore?: boolean;
  /** Set on annexes (附件1 基础数据表, 附件2 评分表). */
  annex?: boolean;
  /**
   * The heading is the whole item (a recommendation written as one line, seed 七、6): it has no
   * body and is not marked as empty.
   */
  headingOnly?: boolean;
}

// ───────────────────────── paragraphs ─────────────────────────

/** A run of inline text; `strong` is emphasis (bold in DOCX/HTML, **…** in Markdown). */
export interface Inline {
  text: string;
  strong?: boolean;
}

/**
 * Where a paragraph's words come from, so renderers and reviewers can tell them apart:
 * - narrative: the department's own text from `dataset.narrative` (rendered as written);
 * - generated: a sentence jixiao composed from data and computed indicators;
 * - note: a 注 or explanatory line;
 * - signature: the closing 落款 (department and date), right-aligned.
 */
export type ParagraphRole = "narrative" | "generated" | "note" | "signature";

export interface ParagraphBlock {
  kind: "paragraph";
  role: ParagraphRole;
  content: Inline[];
  /** Defaults: signature → right, everything else → justify with a 2-character first-line indent. */
  align?: "left" | "right" | "center" | "justify";
}

// ───────────────────────── tables ─────────────────────────

/** How an amount in 元 is shown: 元 with thousands separators and 2 places, or 万元 with N places. */
export type AmountFormat = { unit: "元" } | { unit: "万元"; places: number };

/** How a blank (missing, never 0) shows: empty, or "-" as the seed prints some blank differences. */
export type BlankStyle = "empty" | "dash";

/** Fields common to every cell. */
export interface CellBase {
  /** Columns this cell spans in its row (a totals label "合计" over 序号 and 项目). Default 1. */
  colSpan?: number;
  /** Overrides the column's alignment. */
  align?: "left" | "center" | "right";
  /** Indicator key (e.g. "threePublicExpenses.controlRate.total") or dataset path the value came from. */
  source?: string;
  /**
   * A mark printed right after the value, e.g. "※" on a 差额 shown with a blank input read as 0
   * (see blank-difference.ts); the table's notes explain it.
   */
  mark?: string;
  /** A unit printed right after the value where the column does not state one, e.g. "元", "分". */
  suffix?: string;
}

/** Text (names, document numbers, codes, dates). */
export interface TextCell extends CellBase {
  kind: "text";
  text: string;
}

/** An amount in 元, exact; `format` says how it prints (formatYuan / formatWanYuan). */
export interface AmountCell extends CellBase {
  kind: "amount";
  value: Decimal;
  format: AmountFormat;
}

/** A percentage, already × 100, exact; printed 四舍五入 to `places` (default 2) with "%". */
export interface PercentCell extends CellBase {
  kind: "percent";
  value: Decimal;
  places?: number;
}

/** A whole count (人, 个, 份). */
export interface CountCell extends CellBase {
  kind: "count";
  value: number;
}

/**
 * A decimal quantity in a unit other than money (公顷, 分, a plan figure). `text` is the figure as
 * the dataset wrote it ("159.1181"); when absent, `places` (四舍五入) or the plain value is shown.
 */
export interface QuantityCell extends CellBase {
  kind: "quantity";
  value: Decimal;
  text?: string;
  places?: number;
}

/** Missing data: shown empty or "-", never 0. */
export interface BlankCell extends CellBase {
  kind: "blank";
  style: BlankStyle;
}

/** An indicator with no value (zero denominator …): shows the Chinese null reason, e.g. 不适用. */
export interface NullCell extends CellBase {
  kind: "null";
  reason: NullReason;
  /** The Chinese reason as shown: 不适用, 上年为0（新增）, 无法计算（分母为0）. */
  text: string;
}

export type Cell =
  | TextCell
  | AmountCell
  | PercentCell
  | CountCell
  | QuantityCell
  | BlankCell
  | NullCell;

/**
 * How a column's values follow from other columns of the same row: a hint for XLSX, which
 * writes such cells as formulas as well as values. The model's values are always computed.
 */
export type ColumnDerivation =
  | { op: "difference"; minuend: string; subtrahend: string }
  | { op: "ratio"; numerator: string; denominator: string; percent: true };

/** One column of a table. */
export interface ColumnSpec {
  /** Stable key within the table, e.g. "budget", "actual", "difference". */
  key: string;
  /** The column's label when one line is needed (Markdown, XLSX header, screen readers). */
  label: string;
  /** Numbers right, text left, 序号 centre. */
  align: "left" | "center" | "right";
  /** Relative width (any positive numbers; renderers normalise them to the page width). */
  width: number;
  /** What the column holds, for renderers that style by kind (XLSX number formats). */
  type: "seq" | "text" | "amount" | "percent" | "count" | "quantity";
  derived?: ColumnDerivation;
}

/** One header cell; header rows may merge cells across rows and columns (thead, repeated on each page). */
export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

/** One body row. `total` marks 合计 rows (bold; XLSX writes SUM formulas over the body rows). */
export interface TableRow {
  cells: Cell[];
  total?: boolean;
}

/**
 * A table, defined once. `header` holds one or more header rows (merged as in the seed's 项目支出
 * table); `columns` has one entry per leaf column, and every row's cells span exactly
 * `columns.length` columns (counting colSpan).
 */
export interface TableBlock {
  kind: "table";
  /** Stable id, e.g. "expenditure-comparison", "projects"; also the key of `dataset.narrative.tableNotes`. */
  id: string;
  /** Caption printed above the table, e.g. "预算支出与实际支出对比表（一）". */
  title: string;
  /** Unit line printed above the table on the right, e.g. "单位：元"; null when the columns carry their units. */
  unit: string | null;
  columns: ColumnSpec[];
  header: HeaderCell[][];
  rows: TableRow[];
  /** Lines under the table, each printed as written, e.g. "注：差异原因为折旧费没有纳入预算金额中。". */
  notes: string[];
}

// ───────────────────────── charts ─────────────────────────

/** One series of a chart: a value per category (null where the data is blank or not applicable). */
export interface ChartSeries {
  name: string;
  values: (Decimal | null)[];
}

/**
 * A chart placeholder: the data of a figure, not its drawing. The charts renderer draws it (SVG
 * via echarts SSR, PNG for DOCX); Markdown and HTML show its data as a small table unless a
 * drawing is supplied through the HTML `renderChart` hook.
 */
export interface ChartBlock {
  kind: "chart";
  /** Stable id, e.g. "chart-budget-vs-actual". */
  id: string;
  title: string;
  chartType: "bar" | "line";
  categories: string[];
  series: ChartSeries[];
  /** Unit of the values: amounts are in 元 (exact) and displayed per `format`; rates in %. */
  unit: "元" | "%";
  /** How values display in labels and data tables (amounts only). */
  format?: AmountFormat;
}

// ───────────────────────── building ─────────────────────────

/**
 * Builds the 评分表 annex (附件2) from an evaluation: the hook the scoring work fills. Returns
 * null when there is no score sheet; the annex is then left out of every format.
 */
export type ScoreAnnexBuilder = (evaluation: Evaluation) => SectionBlock | null;

/** Options of {@link buildReportModel}. */
export interface BuildReportOptions {
  /** Include the 数据一致性核查 section (findings). Default true. */
  includeFindings?: boolean;
  /** Include chart placeholders. Default true. */
  includeCharts?: boolean;
  /** Include the 附件1 基础数据表 annex. Default true. */
  includeBasicDataAnnex?: boolean;
  /** Builds the 附件2 评分表 annex; when absent (or it returns null) nothing is rendered for it. */
  scoreAnnex?: ScoreAnnexBuilder;
  /** Report date (YYYY-MM-DD); defaults to dataset.evaluationProcess.reportDate. */
  date?: string;
  /**
   * The uploaded 佐证资料 of the dataset (the store's `evidence.list`, whose EvidenceFile fits
   * this shape), printed as 附件3 目录及相关佐证资料; absent or empty → no annex.
   */
  evidence?: readonly ReportEvidence[];
}

/** One uploaded evidence file (佐证资料) as the report lists it; the store's EvidenceFile fits. */
export interface ReportEvidence {
  fileName: string;
  /** The sniffed extension, e.g. "pdf"; shown upper case as 类型. */
  ext: string;
  /** The sniffed content type, e.g. "application/pdf" (shown when `ext` is empty). */
  mime?: string;
  /** Size in bytes. */
  size: number;
  /** Hex SHA-256 of the content (64 digits); the report prints the first 12. */
  sha256: string;
  /** Indicator key or framework code; null = the whole dataset. */
  indicatorKey: string | null;
}
