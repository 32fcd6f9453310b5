import { fileTypeFromBuffer } from "file-type";

/** A file type the store accepts as 佐证资料, from its content. */
export interface SniffedType {
  ext: "pdf" | "png" | "jpg" | "gif" | "webp" | "docx" | "xlsx" | "doc" | "xls";
  mime: string;
}

/** The types evidence may have: what file-type recognises, mapped to ours. */
const ACCEPTED: Readonly<Record<string, SniffedType>> = {
  pdf: { ext: "pdf", mime: "application/pdf" },
  png: { ext: "png", mime: "image/png" },
  jpg: { ext: "jpg", mime: "image/jpeg" },
  gif: { ext: "gif", mime: "image/gif" },
  webp: { ext: "webp", mime: "image/webp" },
  docx: {
    ext: "docx",
    mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  },
  xlsx: { ext: "xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
};

/** The names of the accepted types, for messages: "PDF、PNG、JPEG、GIF、WebP、DOCX、XLSX、DOC、XLS". */
export const ACCEPTED_TYPE_NAMES = "PDF、PNG、JPEG、GIF、WebP、DOCX、XLSX、DOC、XLS";

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * The type of a file from its bytes (magic numbers via file-type), never from its name. A
 * Microsoft compound file (CFB) is a .doc when it holds a "WordDocument" stream and a .xls when
 * it holds "Workbook" (or the older "Book"); any other CFB (msi, msg …) is not accepted.
 * @returns the accepted type, or null for anything else (text, html, zip, exe …).
 * @example await sniffEvidenceType(pdfBytes) // { ext: "pdf", mime: "application/pdf" }
 */
export async function sniffEvidenceType(content: Uint8Array): Promise<SniffedType | null> {
  const found = await fileTypeFromBuffer(content);
  if (!found) return null;
  if (found.ext === "cfb") {
    if (containsUtf16(content, "WordDocument")) return { ext: "doc", mime: "application/msword" };
    if (containsUtf16(content, "Workbook") || containsUtf16(content, "Book")) {
      return { ext: "xls", mime: "application/vnd.ms-excel" };
    }
    return null;
  }
  return ACCEPTED[found.ext] ?? null;
}
