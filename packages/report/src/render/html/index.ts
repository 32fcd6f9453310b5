export { escapeHtml } from "./escape.ts";
export { type RenderHtmlOptions, renderHtml } from "./render-html.ts";
export { BODY_FONTS, HEADING_FONTS, REPORT_CSS, TITLE_FONTS } from "./styles.ts";
