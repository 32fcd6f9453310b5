export * from "./checks/index.ts";
export * from "./decimal.ts";
export * from "./evaluation.ts";
export * from "./metrics/index.ts";
export * from "./schema/index.ts";
export * from "./units/index.ts";
