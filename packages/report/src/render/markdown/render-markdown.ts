import { cellText } from "../../model/cells.ts";
import { chartDataTable } from "../../model/charts.ts";
import type {
  Block,
  ColumnSpec,
  Inline,
  ParagraphBlock,
  ReportModel,
  SectionBlock,
  TableBlock,
} from "../../model/types.ts";
import { hasGenerated, leafLabels } from "../../model/walk.ts";
import { escapeMarkdown, escapeMarkdownCell } from "./escape.ts";

function inlines(content: readonly Inline[]): string {
  return content
    .map((run) => (run.strong ? `**${escapeMarkdown(run.text)}**` : escapeMarkdown(run.text)))
    .join("");
}

/** The legend under the title when the report has generated paragraphs. */
export const MARKDOWN_GENERATED_LEGEND =
  "*以“>”引用格式列出的段落为 jixiao 按基础数据计算的内容，其余为部门报告原文。*";

/** A paragraph as written; a generated one (jixiao's words) as a blockquote. */
function paragraph(p: ParagraphBlock): string {
  const text = inlines(p.content);
  return p.role === "generated" ? `> ${text}` : text;
}

function alignMark(align: ColumnSpec["align"]): string {
  if (align === "right") return "---:";
  if (align === "center") return ":---:";
  return ":---";
}

/**
 * A GFM table. Merged header rows are flattened into one label per column (the group label then
 * the leaf label); a cell spanning several columns prints in its first column and leaves the
 * rest empty. 合计 rows print their label in bold.
 */
function tableMarkdown(t: TableBlock): string {
  const lines: string[] = [`**${escapeMarkdown(t.title)}**`, ""];
  if (t.unit) lines.push(escapeMarkdown(t.unit), "");
  const labels = leafLabels(t);
  lines.push(`| ${labels.map(escapeMarkdownCell).join(" | ")} |`);
  lines.push(`| ${t.columns.map((c) => alignMark(c.align)).join(" | ")} |`);
  for (const row of t.rows) {
    const cells: string[] = [];
    for (const cell of row.cells) {
      const text = escapeMarkdownCell(cellText(cell));
      const bold = row.total && cell.kind === "text" && text !== "";
      cells.push(bold ? `**${text}**` : text);
      for (let i = 1; i < (cell.colSpan ?? 1); i++) cells.push("");
    }
    lines.push(`| ${cells.join(" | ")} |`.replace(/ {2}\|/g, " |"));
  }
  for (const note of t.notes) lines.push("", escapeMarkdown(note));
  return lines.join("\n");
}

function section(s: SectionBlock): string {
  const hashes = "#".repeat(Math.min(s.level + 1, 6));
  const heading = `${hashes} ${escapeMarkdown(`${s.numbering}${s.numbering && s.annex ? "　" : ""}${s.title}`)}`;
  return [heading, ...s.blocks.map(block)].join("\n\n");
}

function block(b: Block): string {
  switch (b.kind) {
    case "section":
      return section(b);
    case "paragraph":
      return paragraph(b);
    case "table":
      return tableMarkdown(b);
    case "chart":
      return tableMarkdown(chartDataTable(b));
  }
}

/**
 * Render a ReportModel as GitHub-flavoured Markdown: the title as "#", sections as "##"… with
 * their numbering as data ("## 一、部门概况"), paragraphs as written (escaped; jixiao's generated
 * sentences as "> " blockquotes, with a one-line legend under the title), tables as GFM
 * tables with the unit line and 注 under them, and charts as their data tables. Every figure is
 * `cellText` of the model's cells, so it matches the HTML and DOCX to the character.
 * @example renderMarkdown(buildReportModel(evaluation)).startsWith("# 桃江县自然资源局2020年度部门整体支出绩效评价报告")
 */
export function renderMarkdown(model: ReportModel): string {
  const legend = hasGenerated(model.blocks) ? [MARKDOWN_GENERATED_LEGEND] : [];
  // Markdown cannot close a section: a top-level paragraph after one (附送, 落款) would read as
  // part of its last heading, so a thematic break sets it apart.
  const body = model.blocks.map((b, i) =>
    b.kind === "paragraph" && model.blocks[i - 1]?.kind === "section"
      ? `---\n\n${block(b)}`
      : block(b),
  );
  const parts = [`# ${escapeMarkdown(model.meta.title)}`, ...legend, ...body];
  return `${parts.join("\n\n")}\n`;
}
