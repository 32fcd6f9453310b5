import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { cell, type DocBlock, type DocCell, type DocModel, type DocTable } from "./document.ts";
import { ReviewInputError } from "./errors.ts";

/** A node of fast-xml-parser's preserveOrder output: one tag name → children, plus ":@" attributes. */
type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

/** The tag name of a node ("w:p"), or "#text". */
function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ":@") ?? "";
}

function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[`@_${name}`];
  return value === undefined ? undefined : String(value);
}

function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** Text of a paragraph: its runs' w:t, w:tab as a tab, w:br as a line break, in order. */
function paragraphText(node: XmlNode): string {
  let out = "";
  const walk = (n: XmlNode) => {
    const tag = tagOf(n);
    if (tag === "#text") {
      out += String(n["#text"] ?? "");
      return;
    }
    if (tag === "w:tab") out += "\t";
    else if (tag === "w:br" || tag === "w:cr") out += "\n";
    else if (tag === "w:delText" || tag === "w:instrText" || tag === "w:pPr" || tag === "w:rPr")
      return;
    for (const c of childrenOf(n)) walk(c);
  };
  for (const c of childrenOf(node)) walk(c);
  return out;
}

/** Heading level of a paragraph from its style id (Heading1, 1, 标题1 …), if any. */
function headingLevel(node: XmlNode, styles: ReadonlyMap<string, number>): number | undefined {
  const style = child(child(node, "w:pPr") ?? {}, "w:pStyle");
  const id = style ? attr(style, "w:val") : undefined;
  if (!id) return undefined;
  return styles.get(id) ?? headingFromName(id);
}

function headingFromName(name: string): number | undefined {
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(name.trim());
  if (m?.[1]) return Number(m[1]);
  if (/^title$/i.test(name.trim())) return 0;
  return undefined;
}

/** Style id → heading level, from word/styles.xml (a style named "heading 2" is level 2). */
function headingStyles(xml: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!xml) return out;
  const visit = (n: XmlNode) => {
    if (tagOf(n) === "w:style") {
      const id = attr(n, "w:styleId");
      const nameNode = child(n, "w:name");
      const name = nameNode ? attr(nameNode, "w:val") : undefined;
      const level = name ? headingFromName(name) : undefined;
      if (id && level !== undefined) out.set(id, level);
      return;
    }
    for (const c of childrenOf(n)) visit(c);
  };
  for (const n of parser.parse(xml) as XmlNode[]) visit(n);
  return out;
}

interface ReadState {
  tables: number;
  styles: ReadonlyMap<string, number>;
}

/** Blocks of a container (the body, or a cell) in order; tables inside cells are kept on the cell. */
function blocksOf(container: XmlNode, state: ReadState): DocBlock[] {
  const out: DocBlock[] = [];
  for (const node of childrenOf(container)) {
    const tag = tagOf(node);
    if (tag === "w:p") {
      const text = paragraphText(node).trim();
      if (!text) continue;
      const level = headingLevel(node, state.styles);
      out.push(
        level === undefined
          ? { kind: "paragraph", text }
          : { kind: "paragraph", text, headingLevel: level },
      );
    } else if (tag === "w:tbl") {
      out.push(readTable(node, state));
    } else if (tag === "w:sdt") {
      const content = child(node, "w:sdtContent");
      if (content) out.push(...blocksOf(content, state));
    }
  }
  return out;
}

/**
 * A w:tbl as rows of cells. gridSpan gives a cell's columns; a row's gridBefore becomes an empty
 * cell over the columns it skips; a vMerge "restart" cell grows by one
 * row for each "continue" cell below it in the same grid column, and the continuing cells are
 * dropped (the model keeps each merged cell once, with its rowSpan).
 */
function readTable(node: XmlNode, state: ReadState): DocTable {
  const index = state.tables++;
  const raw: { cell: DocCell; col: number; merge: "restart" | "continue" | null }[][] = [];
  for (const tr of childrenOf(node).filter((n) => tagOf(n) === "w:tr")) {
    const row: (typeof raw)[number] = [];
    let col = 0;
    const trPr = child(tr, "w:trPr");
    const before = trPr ? child(trPr, "w:gridBefore") : undefined;
    const skip = before ? Number.parseInt(attr(before, "w:val") ?? "0", 10) || 0 : 0;
    if (skip > 0) {
      // Grid columns this row leaves empty before its first cell (w:gridBefore).
      row.push({ cell: cell("", skip), col, merge: null });
      col += skip;
    }
    for (const tc of childrenOf(tr).filter((n) => tagOf(n) === "w:tc")) {
      const pr = child(tc, "w:tcPr");
      const spanNode = pr ? child(pr, "w:gridSpan") : undefined;
      const span = Math.max(
        1,
        Number.parseInt(spanNode ? (attr(spanNode, "w:val") ?? "1") : "1", 10) || 1,
      );
      const vMerge = pr ? child(pr, "w:vMerge") : undefined;
      const merge = vMerge ? (attr(vMerge, "w:val") === "restart" ? "restart" : "continue") : null;
      const inner = blocksOf(tc, state);
      const text = inner
        .filter((b) => b.kind === "paragraph")
        .map((b) => (b.kind === "paragraph" ? b.text : ""))
        .join("\n");
      const c = cell(text, span);
      c.tables = inner.filter((b): b is DocTable => b.kind === "table");
      row.push({ cell: c, col, merge });
      col += span;
    }
    raw.push(row);
  }
  const rows: DocCell[][] = raw.map((row, r) =>
    row.flatMap((item) => {
      if (item.merge === "continue") return [];
      if (item.merge === "restart") {
        let below = r + 1;
        while (raw[below]?.some((x) => x.col === item.col && x.merge === "continue")) below++;
        item.cell.rowSpan = below - r;
      }
      return [item.cell];
    }),
  );
  return { kind: "table", rows, index };
}

/**
 * Read a .docx file: word/document.xml (through jszip and fast-xml-parser, in document order)
 * into paragraphs and tables. Merged cells keep their spans (gridSpan → colSpan, vMerge →
 * rowSpan); tables nested in a cell are kept on that cell; heading styles (Heading 1 …, 标题 1 …)
 * give `headingLevel`. Content controls (w:sdt) are read through.
 * @throws ReviewInputError (bilingual) when the bytes are not a zip or hold no word/document.xml.
 * @example (await readDocx(bytes)).blocks[0] // { kind: "paragraph", text: "桃江县自然资源局2020年度部门整体支出" }
 */
export async function readDocx(bytes: Uint8Array, file?: string): Promise<DocModel> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ReviewInputError(
      "不是有效的 DOCX 文件（无法解压） / not a valid DOCX file (not a zip archive)",
      file,
    );
  }
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (!documentXml) {
    throw new ReviewInputError(
      "DOCX 中缺少 word/document.xml / the DOCX has no word/document.xml",
      file,
    );
  }
  const stylesXml = await zip.file("word/styles.xml")?.async("string");
  let parsed: XmlNode[];
  try {
    parsed = parser.parse(documentXml) as XmlNode[];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ReviewInputError(
      `word/document.xml 无法解析 / word/document.xml cannot be parsed: ${why}`,
      file,
    );
  }
  const document = parsed.find((n) => tagOf(n) === "w:document");
  const body = document ? child(document, "w:body") : undefined;
  if (!body)
    throw new ReviewInputError(
      "word/document.xml 中没有正文 / word/document.xml has no body",
      file,
    );
  const state: ReadState = { tables: 0, styles: headingStyles(stylesXml) };
  return { format: "docx", blocks: blocksOf(body, state) };
}
