/**
 * An input the review readers cannot read (a PDF, a damaged DOCX, an empty file). `message` is
 * Chinese and English, as every user-facing error of jixiao; `file` names the input when known.
 */
export class ReviewInputError extends Error {
  readonly file: string | undefined;
  constructor(message: string, file?: string) {
    super(file ? `${file}: ${message}` : message);
    this.name = "ReviewInputError";
    this.file = file;
  }
}

/** The message for a PDF input (pdftotext output may come later). */
export const PDF_NOT_SUPPORTED =
  "暂不支持 PDF，请提供 DOCX 或文本 / PDF is not supported yet; please provide the report as DOCX or plain text";
