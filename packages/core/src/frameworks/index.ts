export * from "./builtin/index.ts";
export * from "./parse.ts";
export * from "./schema.ts";
export * from "./validate.ts";
