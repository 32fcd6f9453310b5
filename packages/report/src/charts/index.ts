export * from "./chart-option.ts";
export * from "./cjk-font.ts";
export * from "./render-png.ts";
export * from "./render-svg.ts";
