export * from "./model/index.ts";
export * from "./render/html/index.ts";
export * from "./render/markdown/index.ts";
export * from "./report-file-name.ts";
