export * from "./conversion.ts";
export * from "./format.ts";
export * from "./rounding.ts";
