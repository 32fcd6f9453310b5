export * from "./credit-code.ts";
export * from "./dataset.ts";
export * from "./enums.ts";
export * from "./history.ts";
export * from "./issue-messages.ts";
export * from "./parse.ts";
export * from "./primitives.ts";
