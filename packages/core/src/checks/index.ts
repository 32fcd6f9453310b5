export * from "./registry.ts";
export * from "./rule.ts";
export * from "./run.ts";
export * from "./types.ts";
