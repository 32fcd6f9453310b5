export * from "./model-table-sheet.ts";
export * from "./render-xlsx.ts";
