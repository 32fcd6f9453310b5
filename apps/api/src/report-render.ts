import { type Evaluation, evaluate } from "@jixiao/core";
import type { Framework } from "@jixiao/core/frameworks";
import type { ManualScoreKind, ManualScores } from "@jixiao/core/scoring";
import {
  buildReportModel,
  type ReportModel,
  reportFileName,
  scoreSheetAnnex,
} from "@jixiao/report";
import type { Call, ManualScoreRecord, Store } from "@jixiao/store";

/** The formats a report is rendered in. */
export const REPORT_FORMATS = ["md", "html", "docx", "xlsx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The content type of each format, for downloads. */
export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

/**
 * Render a report model in one format, as bytes. Renderers load when first used, so a server
 * that only writes Markdown never loads docx, exceljs or a browser.
 * @throws MissingChromiumError (from @jixiao/report) for pdf when Chromium is not installed.
 */
export async function renderFormat(
  format: ReportFormat,
  model: ReportModel,
  evaluation: Evaluation,
): Promise<Uint8Array> {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  switch (format) {
    case "md":
      return utf8((await import("@jixiao/report/render/markdown")).renderMarkdown(model));
    case "html": {
      const [{ renderHtml }, { htmlChartSvg }] = await Promise.all([
        import("@jixiao/report/render/html"),
        import("@jixiao/report/charts"),
      ]);
      return utf8(renderHtml(model, { renderChart: htmlChartSvg }));
    }
    case "docx":
      return (await import("@jixiao/report/render/docx")).renderDocx(model);
    case "xlsx":
      return (await import("@jixiao/report/render/xlsx")).renderXlsx(model, evaluation);
    case "pdf":
      return (await import("@jixiao/report/render/pdf")).renderPdf(model);
  }
}

/** Stored manual scores as core's manual scores file, for the 评分表 annex. */
export function toManualScores(
  frameworkId: string,
  records: readonly ManualScoreRecord[],
): ManualScores {
  return {
    schemaVersion: 1,
    frameworkId,
    hypothetical: false,
    scores: records.map((r) => ({
      code: r.code,
      kind: r.kind,
      ...(r.score !== null ? { score: r.score } : {}),
      ...(r.answers !== null ? { answers: r.answers } : {}),
      ...(r.category !== null ? { category: r.category } : {}),
      ...(r.count !== null ? { count: r.count } : {}),
      evaluator: r.evaluator,
      time: r.time,
      evidence: r.evidence,
      ...(r.comment !== null ? { comment: r.comment } : {}),
    })),
  };
}

/** What to render: a stored dataset, the framework of the 评分表 annex, and which manual scores. */
export interface RenderRequest {
  datasetId: string;
  format: ReportFormat;
  frameworkId: string;
  frameworkVersion?: string | undefined;
  manualKind?: ManualScoreKind | null | undefined;
  includeFindings?: boolean | undefined;
}

/**
 * Render the 绩效评价报告 of a stored dataset (like `jixiao report`) and keep it as a report file:
 * the dataset and framework come from the store (access checked there), the 评分表 annex uses the
 * stored 自评 or 复核 scores of `manualKind`, the dataset's uploaded evidence files are listed in
 * 附件3 目录及相关佐证资料, and the file is named
 * `<部门>-<年度>-绩效评价报告.<ext>`.
 * @throws the store's errors (NOT_FOUND, FORBIDDEN); MissingChromiumError for pdf without
 *   Chromium; ManualScoresValidationError when stored scores no longer fit the framework.
 * @example await renderAndSave(store, call, { datasetId, format: "docx", frameworkId: "hunan-county-2020" })
 *   // { fileName: "桃江县自然资源局-2020-绩效评价报告.docx", format: "docx", … }
 */
export async function renderAndSave(store: Store, call: Call, request: RenderRequest) {
  const dataset = await store.datasets.get(call, request.datasetId);
  const framework: Framework = (
    await store.frameworks.get(call, {
      frameworkId: request.frameworkId,
      ...(request.frameworkVersion ? { frameworkVersion: request.frameworkVersion } : {}),
    })
  ).content;
  let manual: ManualScores | undefined;
  if (request.manualKind) {
    const records = await store.manualScores.list(call, {
      datasetId: request.datasetId,
      frameworkId: request.frameworkId,
      kind: request.manualKind,
    });
    manual = toManualScores(request.frameworkId, records);
  }
  // The uploaded 佐证资料, listed in 附件3 目录及相关佐证资料 (no annex when there are none).
  const evidence = await store.evidence.list(call, request.datasetId);
  const evaluation = evaluate(dataset.content);
  const model = buildReportModel(evaluation, {
    scoreAnnex: scoreSheetAnnex(framework, manual),
    includeFindings: request.includeFindings ?? true,
    evidence,
  });
  const content = await renderFormat(request.format, model, evaluation);
  const { name, fiscalYear } = evaluation.department;
  return store.reports.save(call, {
    datasetId: request.datasetId,
    format: request.format,
    fileName: reportFileName(name, fiscalYear, request.format),
    content,
  });
}
