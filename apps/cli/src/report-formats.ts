import type { Evaluation } from "@jixiao/core";
import type { ReportModel } from "@jixiao/report";
import { CliError, ExitCode } from "./errors.ts";

/**
 * One output format of `jixiao report`: the file extension and a renderer from the report model
 * (and the evaluation, for formats that need raw values, such as XLSX formulas). A renderer
 * returns text (written as UTF-8) or bytes, directly or as a promise.
 */
export interface ReportFormat {
  ext: string;
  /** Shown in --help: what the file is, in Chinese and English. */
  description: string;
  render(
    model: ReportModel,
    evaluation: Evaluation,
  ): string | Uint8Array | Promise<string | Uint8Array>;
}

/**
 * The formats `--format` accepts, by id. Adding a format is one entry here. Renderers are
 * imported when first used, so a run that writes Markdown never loads docx, exceljs or a browser.
 * @example REPORT_FORMATS.md.ext === "md"
 */
export const REPORT_FORMATS: Record<string, ReportFormat> = {
  md: {
    ext: "md",
    description: "Markdown",
    render: async (model) => (await import("@jixiao/report/render/markdown")).renderMarkdown(model),
  },
  html: {
    ext: "html",
    description: "HTML（单文件，可打印 A4 / single file, prints on A4）",
    render: async (model) => {
      const [{ renderHtml }, { htmlChartSvg }] = await Promise.all([
        import("@jixiao/report/render/html"),
        import("@jixiao/report/charts"),
      ]);
      // Charts as inline SVG (echarts SSR); without the hook they show as data tables.
      return renderHtml(model, { renderChart: htmlChartSvg });
    },
  },
  docx: {
    ext: "docx",
    description: "Word（公文版式，A4，含图表 / 公文 layout, A4, with charts）",
    render: async (model) => (await import("@jixiao/report/render/docx")).renderDocx(model),
  },
  xlsx: {
    ext: "xlsx",
    description: "Excel（基础数据表与评分表，可用 jixiao import 导回 / 基础数据表 and 评分表）",
    render: async (model, evaluation) =>
      (await import("@jixiao/report/render/xlsx")).renderXlsx(model, evaluation),
  },
  pdf: {
    ext: "pdf",
    description: "PDF（Chromium 打印 HTML；需 apt-get install -y chromium fonts-noto-cjk）",
    render: async (model) => (await import("@jixiao/report/render/pdf")).renderPdf(model),
  },
};

/**
 * Parse a `--format` value: comma-separated ids, case and spaces ignored, duplicates dropped,
 * order kept.
 * @throws CliError (exit 2) naming the unknown ids and the known ones, or when the list is empty.
 * @example parseFormats("md, HTML,md") // ["md", "html"]
 */
export function parseFormats(
  value: string,
  known: Record<string, ReportFormat> = REPORT_FORMATS,
): string[] {
  const ids = [
    ...new Set(
      value
        .split(",")
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== ""),
    ),
  ];
  const unknown = ids.filter((id) => !Object.hasOwn(known, id));
  const list = Object.keys(known).join(", ");
  if (unknown.length > 0) {
    throw new CliError(
      `未知的报告格式 / unknown report format: ${unknown.join(", ")}（可用 / available: ${list}）`,
      ExitCode.badInput,
    );
  }
  if (ids.length === 0) {
    throw new CliError(
      `未指定报告格式 / no report format given（可用 / available: ${list}）`,
      ExitCode.badInput,
    );
  }
  return ids;
}
