export * from "./catalogue.ts";
export * from "./compute.ts";
export * from "./derive.ts";
export * from "./types.ts";
