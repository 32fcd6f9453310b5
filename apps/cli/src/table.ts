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
  /**
   * When the table would be wider than its `maxWidth`, this column gives up the difference and
   * its long cells wrap onto continuation lines (the other cells of those lines stay blank).
   */
  wrap?: boolean;
}

/** Layout limits of {@link formatTextTable}. */
export interface TextTableOptions {
  /** The widest a line may be, in terminal cells (e.g. 120); wrap columns shrink to fit. */
  maxWidth?: number;
}

/** A wrap column never shrinks below this many cells (6 汉字), however narrow the table. */
const MIN_WRAP_WIDTH = 12;

/**
 * Split text into pieces of at most `width` terminal cells, never inside a character.
 * @example wrapText("“三公经费”控制率", 8) // ["“三公经", "费”控制", "率"]
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (line !== "" && displayWidth(line + char) > width) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  return [...lines, line];
}

/**
 * Lay out rows as an aligned plain-text table for a terminal: a header line, a rule of "─",
 * then one line per row; columns separated by two spaces and padded by display width, so
 * columns of 汉字 line up. Trailing spaces are trimmed. With `maxWidth`, columns marked `wrap`
 * shrink (to no less than 12 cells) so that lines fit, and their long cells wrap.
 * @example
 * formatTextTable([{ header: "名称" }, { header: "值", align: "right" }], [["控制率", "10.28%"]])
 * // "名称        值\n──────  ──────\n控制率  10.28%"
 */
export function formatTextTable(
  columns: readonly TextColumn[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): string {
  const widths = columns.map((column, c) =>
    Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row[c] ?? ""))),
  );
  const wrapping = columns.flatMap((column, c) => (column.wrap ? [c] : []));
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (columns.length - 1);
  if (options.maxWidth !== undefined && wrapping.length > 0) {
    // Take the excess from the widest wrap column first, one cell at a time.
    let excess = total() - options.maxWidth;
    while (excess > 0) {
      const widest = wrapping.reduce((a, b) => ((widths[b] ?? 0) > (widths[a] ?? 0) ? b : a));
      if ((widths[widest] ?? 0) <= MIN_WRAP_WIDTH) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      excess -= 1;
    }
  }
  const physical = (cells: readonly string[]): string[][] => {
    const pieces = columns.map((column, c) =>
      column.wrap ? wrapText(cells[c] ?? "", widths[c] ?? 0) : [cells[c] ?? ""],
    );
    const height = Math.max(...pieces.map((p) => p.length));
    return Array.from({ length: height }, (_, i) => pieces.map((p) => p[i] ?? ""));
  };
  const pad = (text: string, c: number): string => {
    const fill = " ".repeat(Math.max(0, (widths[c] ?? 0) - displayWidth(text)));
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
    ...rows.flatMap((row) => physical(row).map(line)),
  ].join("\n");
}
