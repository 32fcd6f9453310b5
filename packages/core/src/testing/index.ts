export * from "./seed-fixtures.ts";
