export * from "./layout.ts";
export * from "./render-docx.ts";
export { columnWidths, docxTable } from "./table.ts";
