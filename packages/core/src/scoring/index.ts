export * from "./format.ts";
export * from "./grade.ts";
export * from "./manual-scores.ts";
export * from "./null-treatment.ts";
export * from "./pefa.ts";
export * from "./rules/index.ts";
export * from "./score-evaluation.ts";
export * from "./types.ts";
