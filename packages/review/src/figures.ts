import type { StatedFigure } from "@jixiao/core";

/** Where a figure was read: a sentence of the text, or a table cell. */
export type FigureSource =
  | { kind: "sentence"; sentence: string }
  | { kind: "cell"; table: string; row: string; column: string; tableIndex: number };

/**
 * A figure the report states, as review mode extracted it: the dataset's StatedFigure (with its
 * refersTo link, null when unlinked), and where it was read, for quoting in the memo.
 */
export interface ExtractedFigure {
  figure: StatedFigure;
  source: FigureSource;
}

/**
 * The quote a memo shows for a figure, in quotation marks: “the sentence it stands in”, or the
 * table cell as “表”“行”行“列”列：值.
 * @example quoteOf({ source: { kind: "cell", table: "基本支出明细", row: "合   计", column: "预算金额" }, figure: { text: "31,132,746.66" } })
 *   === "“基本支出明细”“合   计”行“预算金额”列：31,132,746.66"
 */
export function quoteOf(extracted: ExtractedFigure): string {
  const { source, figure } = extracted;
  if (source.kind === "sentence") return `“${source.sentence.trim()}”`;
  return `“${source.table}”“${source.row}”行“${source.column}”列：${figure.text}`;
}
