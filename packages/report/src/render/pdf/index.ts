export * from "./chromium.ts";
export * from "./render-pdf.ts";
