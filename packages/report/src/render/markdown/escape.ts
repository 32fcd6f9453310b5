/** Escape the inline marks: backslash, code, emphasis and angle brackets. */
function escapeInline(text: string): string {
  return text.replace(/([\\`*_<>])/g, "\\$1");
}

/**
 * Escape text for Markdown (CommonMark/GFM) so the department's words print as written:
 * backslash, emphasis and code marks, angle brackets (no raw HTML), and line-start markers
 * (#, >, -, +, "1. ") that would turn a paragraph into a heading, quote or list.
 * Brackets such as 湘财资环指[2020]23号 are left alone (they form no link without "(…)").
 * @example escapeMarkdown("*注") === "\\*注"
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text)
    .replace(/^(\s*)([#+-])(?=\s|$)/gm, "$1\\$2")
    .replace(/^(\s*)(#{1,6})/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, "$1\\$2");
}

/**
 * Escape text for a GFM table cell: the inline marks, "|" and line breaks (a cell is one line;
 * breaks become <br>). Line-start markers need no escape inside a cell, so "-" stays "-".
 * @example escapeMarkdownCell("A|B") === "A\\|B"
 */
export function escapeMarkdownCell(text: string): string {
  return escapeInline(text).replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
}
