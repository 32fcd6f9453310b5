import type { DocModel } from "./document.ts";
import { PDF_NOT_SUPPORTED, ReviewInputError } from "./errors.ts";
import { readDocx } from "./read-docx.ts";
import { readText } from "./read-text.ts";

/** The kinds of input the readers know, by content (magic bytes) first, then by extension. */
export type InputKind = "docx" | "text" | "pdf" | "doc";

/**
 * What kind of report a file holds: "%PDF" → pdf, a zip ("PK") → docx, an OLE2 compound file
 * (old .doc) → doc, otherwise text; a .pdf/.docx/.doc extension decides when the bytes are
 * empty or ambiguous.
 * @example inputKind(new TextEncoder().encode("%PDF-1.7"), "a.pdf") === "pdf"
 */
export function inputKind(bytes: Uint8Array, name = ""): InputKind {
  const head = String.fromCharCode(...bytes.slice(0, 4));
  if (head === "%PDF") return "pdf";
  if (head.startsWith("PK")) return "docx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return "doc";
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "pdf") return "pdf";
  if (ext === "docx") return "docx";
  if (ext === "doc") return "doc";
  return "text";
}

/**
 * Read a finished report (DOCX or plain text) into the document model.
 * @throws ReviewInputError (bilingual) for PDF (“暂不支持 PDF，请提供 DOCX 或文本”), old .doc,
 *   text that is not UTF-8, an empty file, or a damaged DOCX.
 * @example (await readDocument(bytes, "report.txt")).format === "text"
 */
export async function readDocument(bytes: Uint8Array, name = ""): Promise<DocModel> {
  const file = name || undefined;
  const kind = inputKind(bytes, name);
  if (kind === "pdf") throw new ReviewInputError(PDF_NOT_SUPPORTED, file);
  if (kind === "doc") {
    throw new ReviewInputError(
      "暂不支持旧版 .doc，请另存为 DOCX 或文本 / old .doc files are not supported; please save the report as DOCX or plain text",
      file,
    );
  }
  if (kind === "docx") return readDocx(bytes, file);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ReviewInputError(
      "文本不是 UTF-8 编码，请另存为 UTF-8 / the text is not UTF-8; please save it as UTF-8",
      file,
    );
  }
  if (text.trim() === "") throw new ReviewInputError("文件为空 / the file is empty", file);
  return readText(text);
}
