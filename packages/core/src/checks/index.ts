export * from "./run.ts";
export * from "./types.ts";
