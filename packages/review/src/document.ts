/**
 * The document model every reader produces: the report's blocks in reading order. A reader
 * keeps what the text says and how it is laid out (paragraphs, table cells with their spans);
 * it does not interpret numbers or headings — structure.ts and the recognisers do.
 */

/** One table cell as laid out: its text, and how many grid columns and rows it covers. */
export interface DocCell {
  text: string;
  /** Grid columns covered (Word gridSpan), ≥ 1. */
  colSpan: number;
  /** Grid rows covered (Word vMerge restart … continue), ≥ 1. */
  rowSpan: number;
  /** Tables nested inside this cell, in order. */
  tables: DocTable[];
}

/** A table: rows of cells, in reading order; covered positions of a row-span are not repeated. */
export interface DocTable {
  kind: "table";
  rows: DocCell[][];
  /** 0-based index of the table among the document's tables, in reading order. */
  index: number;
}

/** A paragraph of running text; `style` is the reader's hint (a Word heading style, "title"). */
export interface DocParagraph {
  kind: "paragraph";
  text: string;
  /** Heading level from the document's own styles (Word Heading 1 → 1), when it has one. */
  headingLevel?: number;
}

/** One block of a document. */
export type DocBlock = DocParagraph | DocTable;

/** A whole document: its blocks, and what kind of file it was read from. */
export interface DocModel {
  format: "docx" | "text";
  blocks: DocBlock[];
}

/**
 * A cell of `text` covering one grid position.
 * @example cell("预算数") // { text: "预算数", colSpan: 1, rowSpan: 1, tables: [] }
 */
export function cell(text: string, colSpan = 1, rowSpan = 1): DocCell {
  return { text, colSpan, rowSpan, tables: [] };
}

/**
 * Every table of a document in reading order, nested tables right after the table holding them.
 * @example allTables(model).length // 7 for the seed report
 */
export function allTables(model: DocModel): DocTable[] {
  const out: DocTable[] = [];
  const visit = (table: DocTable) => {
    out.push(table);
    for (const row of table.rows) for (const c of row) for (const t of c.tables) visit(t);
  };
  for (const block of model.blocks) if (block.kind === "table") visit(block);
  return out;
}

/**
 * The table as a rectangular grid of texts: a cell spanning columns or rows fills every grid
 * position it covers with its text (so a merged header reads over each column it heads).
 * Missing trailing positions are "".
 * @example toGrid({ rows: [[cell("项目", 1, 2), cell("预算", 2)], [cell("年初"), cell("调整")]] })
 *   // [["项目", "预算", "预算"], ["项目", "年初", "调整"]]
 */
export function toGrid(table: Pick<DocTable, "rows">): string[][] {
  const grid: (string | undefined)[][] = [];
  table.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const item of row) {
      while (grid[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < item.rowSpan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < item.colSpan; dc++) {
          (grid[r + dr] as (string | undefined)[])[c + dc] = item.text;
        }
      }
      c += item.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row?.length ?? 0));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row?.[i] ?? ""));
}
