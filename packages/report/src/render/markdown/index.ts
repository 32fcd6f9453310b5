export { escapeMarkdown, escapeMarkdownCell } from "./escape.ts";
export { renderMarkdown } from "./render-markdown.ts";
