export * from "./cells.ts";
export * from "./types.ts";
export * from "./walk.ts";
