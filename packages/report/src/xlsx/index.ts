export * from "./cell-parse.ts";
export * from "./cell-write.ts";
export * from "./export.ts";
export * from "./import.ts";
export * from "./sheet-specs.ts";
export * from "./template.ts";
export * from "./workbook.ts";
export { TOTAL_LABEL, writeBasicDataSheets } from "./write-sheets.ts";
