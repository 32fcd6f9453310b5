/**
 * Columns of wide characters (汉字, full-width forms) take two terminal cells; these are the
 * East Asian Wide and Fullwidth ranges of Unicode UAX #11 that occur in Chinese text.
 * Ambiguous-width punctuation such as “ ” counts as one cell, as most terminals draw it.
 */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/**
 * How many terminal cells a string takes: 2 per wide character (汉字, full-width forms), 1 for
 * anything else.
 * @example displayWidth("控制率 10.28%") === 13
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    width += WIDE_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? 2 : 1;
  }
  return width;
}

/** How a column is aligned: text to the left, numbers to the right. */
export type Align = "left" | "right";

/** A column of a text table: its header and alignment. */
export interface TextColumn {
  header: string;
  align?: Align;
}

/**
 * Lay out rows as an aligned plain-text table for a terminal: a header line, a rule of "─",
 * then one line per row; columns separated by two spaces and padded by display width, so
 * columns of 汉字 line up. Trailing spaces are trimmed.
 * @example
 * formatTextTable([{ header: "名称" }, { header: "值", align: "right" }], [["控制率", "10.28%"]])
 * // "名称        值\n──────  ──────\n控制率  10.28%"
 */
export function formatTextTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
): string {
  const widths = columns.map((column, c) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[c] ?? ""))),
  );
  const pad = (text: string, c: number): string => {
    const fill = " ".repeat((widths[c] ?? 0) - displayWidth(text));
    return columns[c]?.align === "right" ? fill + text : text + fill;
  };
  const line = (cells: readonly string[]) =>
    columns
      .map((_, c) => pad(cells[c] ?? "", c))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((column) => column.header)),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...rows.map(line),
  ].join("\n");
}
