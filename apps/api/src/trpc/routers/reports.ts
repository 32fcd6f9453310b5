import { evaluate } from "@jixiao/core";
import {
  buildReportModel,
  renderHtml,
  renderMarkdown,
  reportFileName,
  scoreSheetAnnex,
} from "@jixiao/report";
import { htmlChartSvg } from "@jixiao/report/charts";
import { z } from "zod";
import { resolveScoringRequest, ScoringRequest } from "../../scoring-request.ts";
import { publicProcedure, router } from "../init.ts";

/** The input of `reports.render`: a {@link ScoringRequest} (for the 评分表 annex) and the format. */
export const RenderRequest = ScoringRequest.extend({
  format: z.enum(["md", "html"], { error: "format 应为 md 或 html / format must be md or html" }),
  /** Include the 数据一致性核查 section (findings). Default true, like `jixiao report`. */
  includeFindings: z.boolean().default(true),
});

/** A rendered report: its file name (`<部门>-<年度>-绩效评价报告.<ext>`) and its text. */
export interface RenderedReport {
  fileName: string;
  content: string;
}

/** Reports: the finished 绩效评价报告 of a dataset, in a text format. */
export const reportsRouter = router({
  /**
   * Render the report of one dataset, like `jixiao report --format md|html`: the report model
   * with the 附件2 评分表 annex scored under the framework (and manual scores when given), as
   * Markdown, or as single-file HTML with the charts inline (echarts SVG).
   * @throws BAD_REQUEST with `data.issues` when an input is invalid; NOT_FOUND for an unknown
   *   frameworkId.
   */
  render: publicProcedure.input(RenderRequest).mutation(({ input }): RenderedReport => {
    const { dataset, scoring } = resolveScoringRequest(input);
    const evaluation = evaluate(dataset);
    const model = buildReportModel(evaluation, {
      scoreAnnex: scoreSheetAnnex(scoring.framework, scoring.manualScores),
      includeFindings: input.includeFindings,
    });
    const { name, fiscalYear } = evaluation.department;
    return {
      fileName: reportFileName(name, fiscalYear, input.format),
      content:
        input.format === "md"
          ? renderMarkdown(model)
          : renderHtml(model, { renderChart: htmlChartSvg }),
    };
  }),
});
