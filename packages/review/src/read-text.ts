import { cell, type DocBlock, type DocCell, type DocModel, type DocTable } from "./document.ts";

/** A line that holds one table cell: it starts with a tab. */
const CELL_LINE = /^\t/;
/** Bookmark markers some converters leave in the text ("[bookmark: _GoBack]"). */
const BOOKMARK = /\[bookmark: [^\]]*\]/g;

/**
 * Read a report saved as plain text (the layout Word's “save as text” gives, as in the seed):
 * paragraphs are lines; a table is a run of lines that start with a tab, one cell per line, its
 * rows separated by blank lines. A table ends at the first line of text that does not start with
 * a tab. Lines of only spaces are blank. Cells are trimmed; an empty cell stays "".
 * @example readText("标题\n\t项目\n\t预算数\n\n\t合计\n\t820,000.00\n").blocks
 *   // [{ kind: "paragraph", text: "标题" }, { kind: "table", rows: [[项目, 预算数], [合计, 820,000.00]] }]
 */
export function readText(text: string): DocModel {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const blocks: DocBlock[] = [];
  let table: DocCell[][] | null = null;
  let row: DocCell[] = [];
  let tables = 0;
  const closeRow = () => {
    if (table && row.length > 0) table.push(row);
    row = [];
  };
  const closeTable = () => {
    closeRow();
    if (table && table.length > 0) {
      const block: DocTable = { kind: "table", rows: table, index: tables++ };
      blocks.push(block);
    }
    table = null;
  };
  for (const line of lines) {
    if (CELL_LINE.test(line)) {
      table ??= [];
      row.push(cell(line.replace(/^\t+/, "").trim()));
      continue;
    }
    if (line.trim() === "") {
      closeRow();
      continue;
    }
    closeTable();
    const paragraph = line.replace(BOOKMARK, "").trim();
    if (paragraph) blocks.push({ kind: "paragraph", text: paragraph });
  }
  closeTable();
  return { format: "text", blocks };
}
