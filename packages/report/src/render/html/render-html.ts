import { cellText, isNumericCell } from "../../model/cells.ts";
import { chartDataTable } from "../../model/charts.ts";
import { titleLines } from "../../model/text.ts";
import type {
  Block,
  Cell,
  ChartBlock,
  ColumnSpec,
  Inline,
  ParagraphBlock,
  ReportModel,
  SectionBlock,
  TableBlock,
} from "../../model/types.ts";
import { hasGenerated } from "../../model/walk.ts";
import { escapeHtml } from "./escape.ts";
import { REPORT_CSS } from "./styles.ts";

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /**
   * Draws a chart as inline SVG markup (trusted, inserted as is), e.g. the charts package's
   * echarts SSR renderer. Return null/undefined to fall back to the chart's data table.
   */
  renderChart?: (chart: ChartBlock) => string | null | undefined;
  /** Extra CSS appended after the built-in stylesheet. */
  extraCss?: string;
}

/** The legend under the title when the report has generated paragraphs. */
export const HTML_GENERATED_LEGEND =
  "楷体/灰色（左侧竖线）段落为 jixiao 按基础数据计算的内容，其余为部门报告原文。";

function inlines(content: readonly Inline[]): string {
  return content
    .map((run) => (run.strong ? `<strong>${escapeHtml(run.text)}</strong>` : escapeHtml(run.text)))
    .join("");
}

function paragraph(p: ParagraphBlock): string {
  const classes = [p.role, p.align ? `align-${p.align}` : ""].filter(Boolean).join(" ");
  return `<p class="${classes}">${inlines(p.content)}</p>`;
}

function cellClass(cell: Cell, column: ColumnSpec | undefined): string {
  if (cell.align) return cell.align === "right" && isNumericCell(cell) ? "num" : cell.align;
  if (isNumericCell(cell)) return "num";
  const align = column?.align ?? "left";
  return align === "right" ? "right" : align;
}

/**
 * Numbers that a narrow cell could split (decimals, thousands separators, or three digits and
 * more, with a sign and %) and "（暂定）": they must never break inside.
 */
const UNBREAKABLE = /-?\d[\d,]*\.\d+%?|-?\d{1,3}(?:,\d{3})+|-?\d{3,}%?|（暂定）/g;

/**
 * A text cell's content, escaped, with every number (and "（暂定）") in a nowrap span: table cells
 * may wrap anywhere (long names), but never inside "682,237,464.67" or "20.50（暂定）" splits
 * mid-number.
 * @example keepNumbersWhole("20.50（暂定）") === '<span class="nw">20.50</span><span class="nw">（暂定）</span>'
 */
export function keepNumbersWhole(text: string): string {
  let out = "";
  let last = 0;
  for (const m of text.matchAll(UNBREAKABLE)) {
    const at = m.index ?? 0;
    out += `${escapeHtml(text.slice(last, at))}<span class="nw">${escapeHtml(m[0])}</span>`;
    last = at + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * The document title, with a line-break opportunity after "部门整体支出" (where the seed breaks
 * its title, {@link titleLines}): inline blocks that stay on one line when they fit and
 * otherwise break there, never inside a word ("绩 / 效").
 * @example titleHtml("桃江县自然资源局2020年度部门整体支出绩效评价报告") // …部门整体支出</span><span class="title-line">绩效评价报告…
 */
export function titleHtml(title: string): string {
  const lines = titleLines(title);
  if (lines.length === 1) return escapeHtml(title);
  return lines.map((l) => `<span class="title-line">${escapeHtml(l)}</span>`).join("");
}

function tableHtml(t: TableBlock): string {
  const totalWidth = t.columns.reduce((n, c) => n + c.width, 0) || 1;
  const colgroup = t.columns
    .map((c) => `<col style="width:${((c.width / totalWidth) * 100).toFixed(2)}%">`)
    .join("");
  const thead = t.header
    .map(
      (row) =>
        `<tr>${row
          .map((h) => {
            const span = `${h.colSpan && h.colSpan > 1 ? ` colspan="${h.colSpan}"` : ""}${h.rowSpan && h.rowSpan > 1 ? ` rowspan="${h.rowSpan}"` : ""}`;
            return `<th scope="col"${span}>${escapeHtml(h.text)}</th>`;
          })
          .join("")}</tr>`,
    )
    .join("");
  const tbody = t.rows
    .map((row) => {
      let col = 0;
      const tds = row.cells
        .map((cell) => {
          const span = cell.colSpan ?? 1;
          const text = cellText(cell);
          const content = isNumericCell(cell) ? escapeHtml(text) : keepNumbersWhole(text);
          const td = `<td class="${cellClass(cell, t.columns[col])}"${span > 1 ? ` colspan="${span}"` : ""}>${content}</td>`;
          col += span;
          return td;
        })
        .join("");
      return `<tr${row.total ? ' class="total"' : ""}>${tds}</tr>`;
    })
    .join("\n");
  const unit = t.unit ? `<span class="table-unit">${escapeHtml(t.unit)}</span>` : "";
  const notes = t.notes.map((n) => `<p class="table-note">${escapeHtml(n)}</p>`).join("");
  return `<div class="table-block" id="${escapeHtml(t.id)}">
<div class="table-head"><span class="table-title">${escapeHtml(t.title)}</span>${unit}</div>
<table><colgroup>${colgroup}</colgroup>
<thead>${thead}</thead>
<tbody>
${tbody}
</tbody></table>${notes}</div>`;
}

function chartHtml(chart: ChartBlock, options: RenderHtmlOptions): string {
  const svg = options.renderChart?.(chart);
  if (svg) {
    return `<figure class="chart" id="${escapeHtml(chart.id)}">${svg}<figcaption>${escapeHtml(chart.title)}</figcaption></figure>`;
  }
  return tableHtml(chartDataTable(chart));
}

function sectionHtml(s: SectionBlock, options: RenderHtmlOptions): string {
  const h = Math.min(s.level + 1, 6);
  const classes = [
    `level-${s.level}`,
    s.annex ? "annex" : "",
    s.pageBreakBefore ? "page-break" : "",
  ]
    .filter(Boolean)
    .join(" ");
  const numbering = s.numbering
    ? `<span class="numbering">${escapeHtml(s.numbering)}</span>${s.annex ? "　" : ""}`
    : "";
  return `<section id="${escapeHtml(s.id)}" class="${classes}">
<h${h}>${numbering}${escapeHtml(s.title)}</h${h}>
${s.blocks.map((b) => block(b, options)).join("\n")}
</section>`;
}

function block(b: Block, options: RenderHtmlOptions): string {
  switch (b.kind) {
    case "section":
      return sectionHtml(b, options);
    case "paragraph":
      return paragraph(b);
    case "table":
      return tableHtml(b);
    case "chart":
      return chartHtml(b, options);
  }
}

/**
 * Render a ReportModel as one self-contained HTML file (inline CSS, no external assets) that
 * prints on A4: 公文 margins, 仿宋 body and 黑体 headings, table header rows repeated on every
 * page (thead), rows never split, numbers right-aligned, annexes on new pages; jixiao's
 * generated sentences in 楷体, grey, with a left rule, and a legend once under the title. All text is
 * escaped; only SVG from `options.renderChart` is inserted as given. Figures are `cellText` of
 * the model's cells, identical to the Markdown.
 * @example renderHtml(buildReportModel(evaluation)).includes("682,237,464.67") // seed 二、表（一）合计
 */
export function renderHtml(model: ReportModel, options: RenderHtmlOptions = {}): string {
  const m = model.meta;
  const metaTags = [
    `<meta name="author" content="${escapeHtml(m.department)}">`,
    `<meta name="description" content="${escapeHtml(m.subject)}">`,
    `<meta name="keywords" content="${escapeHtml(m.keywords.join(","))}">`,
    `<meta name="generator" content="${escapeHtml(m.generator)}">`,
    m.date ? `<meta name="date" content="${escapeHtml(m.date)}">` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const css = `${REPORT_CSS}${options.extraCss ?? ""}`.replace(/<\/style/gi, "<\\/style");
  return `<!DOCTYPE html>
<html lang="${m.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.title)}</title>
${metaTags}
<style>${css}</style>
</head>
<body>
<main class="report">
<h1 class="title">${titleHtml(m.title)}</h1>
${hasGenerated(model.blocks) ? `<p class="legend">${HTML_GENERATED_LEGEND}</p>\n` : ""}${model.blocks.map((b) => block(b, options)).join("\n")}
</main>
</body>
</html>
`;
}
