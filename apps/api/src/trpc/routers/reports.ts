import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import { can } from "@jixiao/store";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { REPORT_FORMATS, renderAndSave } from "../../report-render.ts";
import { Id } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

/** Where a report file downloads from (a plain Hono route, see http/files.ts). */
export const reportUrl = (id: string) => `/files/reports/${encodeURIComponent(id)}`;

/** Reports: the finished 绩效评价报告 of a stored dataset, kept as report files. */
export const reportsRouter = router({
  /**
   * Render the report of a stored dataset (md, html, docx, xlsx, or pdf when Chromium is
   * installed) with the 附件2 评分表 annex under a framework and the stored 自评/复核 scores,
   * keep it, and return the file's record and its download URL (`/files/reports/<id>`).
   * @throws FORBIDDEN (report.write, e.g. an API client or another department's editor);
   *   PRECONDITION_FAILED for pdf without Chromium; NOT_FOUND.
   */
  render: authedProcedure
    .input(
      z.object({
        datasetId: Id,
        format: z.enum(REPORT_FORMATS, {
          error:
            "format 应为 md、html、docx、xlsx 或 pdf / format must be md, html, docx, xlsx or pdf",
        }),
        frameworkId: Id.default(DEFAULT_FRAMEWORK_ID),
        frameworkVersion: Id.optional(),
        manualKind: z.enum(["selfEvaluation", "review"]).nullable().optional(),
        includeFindings: z.boolean().default(true),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      // The store checks again on save; asking first spares rendering for a caller who may not keep it.
      const summary = await ctx.store.datasets.get(ctx.call, input.datasetId);
      if (!can(ctx.actor, "report.write", summary.departmentId)) {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: `角色 ${ctx.actor.role} 无权生成此报告 / role ${ctx.actor.role} may not write this report`,
        });
      }
      try {
        const file = await renderAndSave(ctx.store, ctx.call, input);
        return { ...file, url: reportUrl(file.id) };
      } catch (error) {
        if (error instanceof Error && error.name === "MissingChromiumError") {
          throw new TRPCError({
            code: "PRECONDITION_FAILED",
            message: error.message,
            cause: error,
          });
        }
        throw error;
      }
    }),

  /** The report files of a dataset, each with its download URL. */
  list: authedProcedure.input(z.object({ datasetId: Id })).query(async ({ ctx, input }) =>
    (await ctx.store.reports.list(ctx.call, input.datasetId)).map((file) => ({
      ...file,
      url: reportUrl(file.id),
    })),
  ),
});
