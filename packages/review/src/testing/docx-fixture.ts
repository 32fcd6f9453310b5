import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type DocModel, type DocTable, toGrid } from "../document.ts";
import { parseNumber } from "../numbers.ts";
import { headingLevelOf } from "../structure.ts";

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function paragraph(text: string, heading = false): Paragraph {
  const level = heading ? headingLevelOf(text) : null;
  return new Paragraph({
    ...(level ? { heading: LEVELS[level - 1] } : {}),
    children: [new TextRun(text)],
  });
}

function docCell(text: string, columnSpan = 1, rowSpan = 1, nested: Table[] = []): TableCell {
  return new TableCell({
    ...(columnSpan > 1 ? { columnSpan } : {}),
    ...(rowSpan > 1 ? { rowSpan } : {}),
    children: [new Paragraph(text), ...nested],
  });
}

/**
 * A real Word table from a text-layout table: a first row holding one caption becomes one cell
 * spanning every column (gridSpan), and in the header rows an empty cell under a header becomes
 * part of that header (vMerge), as a typed report would have them.
 */
export function wordTable(table: Pick<DocTable, "rows">): Table {
  const grid = toGrid(table);
  const width = Math.max(...grid.map((r) => r.length));
  const rows: TableRow[] = [];
  let at = 0;
  const first = grid[0] ?? [];
  if (grid.length > 1 && first.filter((t) => t !== "").length === 1 && first[0] !== "") {
    rows.push(new TableRow({ children: [docCell(first[0] ?? "", width)] }));
    at = 1;
  }
  const isHeader = (row: string[]) =>
    !row.slice(2).some((t) => t.trim() !== "" && parseNumber(t) !== null);
  let headerEnd = at;
  while (headerEnd < grid.length && isHeader(grid[headerEnd] as string[])) headerEnd++;
  for (let r = at; r < grid.length; r++) {
    const row = grid[r] as string[];
    const cells: TableCell[] = [];
    row.forEach((text, c) => {
      const inHeader = r < headerEnd;
      if (inHeader && text === "" && r > at && (grid[r - 1]?.[c] ?? "") !== "") return;
      let span = 1;
      while (inHeader && r + span < headerEnd && grid[r + span]?.[c] === "") span++;
      cells.push(docCell(text, 1, span));
    });
    rows.push(new TableRow({ children: cells }));
  }
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/**
 * A .docx made with the `docx` library from a document model: every paragraph (numbered short
 * lines as Word headings), every table as a real Word table (wordTable).
 */
export async function docxFromModel(model: DocModel): Promise<Uint8Array> {
  const children = model.blocks.map((b) =>
    b.kind === "table" ? wordTable(b) : paragraph(b.text, true),
  );
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A .docx with the given children (paragraphs and tables), for small reader tests. */
export async function docxOf(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

export { docCell, paragraph };
