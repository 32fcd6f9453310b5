import { evaluate } from "@jixiao/core";
import {
  builtinFramework,
  DEFAULT_FRAMEWORK_ID,
  type FrameworkInput,
} from "@jixiao/core/frameworks";
import type { Call, Store } from "@jixiao/store";
import { z } from "zod";
import { type EvaluationResult, previewResult, storedResult } from "../../evaluation-result.ts";
import { Id } from "../../schemas/common.ts";
import { EvaluationRecordSchema, EvaluationResultOutput } from "../../schemas/evaluation.ts";
import { resolveScoringRequest, ScoringRequest } from "../../scoring-request.ts";
import { type JsonScoreSheet, toJsonScoreSheet } from "../../serialize.ts";
import { authedProcedure, router } from "../init.ts";

const ManualKind = z.enum(["selfEvaluation", "review"], {
  error: "manualKind 应为 selfEvaluation 或 review / manualKind must be selfEvaluation or review",
});

/** The input of evaluations.run: a stored dataset (`datasetId`) or a posted one (`dataset`). */
export const RunInput = z
  .object({
    datasetId: Id.optional().meta({ description: "已保存的数据集 / a stored dataset" }),
    dataset: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "直接提交的基础数据（不保存）/ a posted dataset, not stored" }),
    frameworkId: Id.optional().meta({ description: `默认 / default ${DEFAULT_FRAMEWORK_ID}` }),
    frameworkVersion: Id.optional(),
    manualKind: ManualKind.nullable().optional(),
  })
  .refine((v) => (v.datasetId === undefined) !== (v.dataset === undefined), {
    error: "datasetId 与 dataset 须给出其一 / give either datasetId or dataset",
    path: ["datasetId"],
  });

/** Evaluations: run 部门整体支出绩效评价 (indicators, 勾稽校验 findings, 评分表) and read stored ones. */
export const evaluationsRouter = router({
  /**
   * Evaluate a stored dataset under a framework version (default hunan-county-2020, its latest
   * version), with 自评 or 复核 manual scores, and store the result; or evaluate a posted dataset
   * without storing anything (any signed-in role, API clients too).
   * @throws BAD_REQUEST with every path for a bad posted dataset; NOT_FOUND; FORBIDDEN.
   */
  run: authedProcedure
    .meta({
      openapi: {
        method: "POST",
        path: "/evaluations/run",
        tags: ["evaluations"],
        summary: "评价数据集 / evaluate a dataset",
        protect: true,
      },
    })
    .input(RunInput)
    .output(EvaluationResultOutput)
    .mutation(async ({ ctx, input }): Promise<EvaluationResult> => {
      const frameworkId = input.frameworkId ?? DEFAULT_FRAMEWORK_ID;
      if (input.dataset !== undefined) {
        const evaluation = await ctx.store.evaluations.preview(ctx.call, {
          dataset: input.dataset,
          frameworkId,
          ...(input.frameworkVersion ? { frameworkVersion: input.frameworkVersion } : {}),
        });
        return previewResult(evaluation);
      }
      const datasetId = input.datasetId as string;
      const record = await ctx.store.evaluations.run(ctx.call, {
        datasetId,
        frameworkId,
        ...(input.frameworkVersion ? { frameworkVersion: input.frameworkVersion } : {}),
        manualKind: input.manualKind ?? null,
      });
      return loadResult(ctx, record.id);
    }),

  /** One stored evaluation with its indicators, findings and 评分表. */
  get: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/evaluations/{id}",
        tags: ["evaluations"],
        summary: "读取评价结果 / get an evaluation",
        protect: true,
      },
    })
    .input(z.object({ id: Id }))
    .output(EvaluationResultOutput)
    .query(({ ctx, input }) => loadResult(ctx, input.id)),

  /** The stored evaluations of a dataset, newest first as the store lists them. */
  list: authedProcedure
    .input(z.object({ datasetId: Id }))
    .output(z.array(EvaluationRecordSchema))
    .query(({ ctx, input }) => ctx.store.evaluations.list(ctx.call, input)),

  /**
   * Score a posted dataset, like `jixiao score`: the 评分表 under a framework by id (built in,
   * or the bureau's own from the store) or one given as JSON (`framework`), with optional manual
   * scores. Nothing is stored. @throws BAD_REQUEST with `data.issues` ("framework.nodes[1].children[0]",
   * "dataset.projects[0].budget"); NOT_FOUND for an unknown frameworkId.
   */
  score: authedProcedure
    .input(ScoringRequest)
    .mutation(async ({ ctx, input }): Promise<JsonScoreSheet> => {
      // A bureau's own framework (not built in) comes from the store, in its latest version.
      let request = input;
      if (
        input.frameworkId !== undefined &&
        input.framework === undefined &&
        !builtinFramework(input.frameworkId)
      ) {
        const stored = await ctx.store.frameworks.get(ctx.call, { frameworkId: input.frameworkId });
        const { frameworkId: _id, ...rest } = input;
        request = {
          ...rest,
          framework: JSON.parse(JSON.stringify(stored.content)) as FrameworkInput,
        };
      }
      const { dataset, scoring } = resolveScoringRequest(request);
      const { scoreSheet } = evaluate(dataset, scoring);
      if (!scoreSheet)
        throw new Error("evaluate returned no scoreSheet although a framework was given");
      return toJsonScoreSheet(scoreSheet);
    }),
});

/** A stored evaluation with its findings and department-year, as {@link EvaluationResult}. */
async function loadResult(
  ctx: { store: Store; call: Call },
  id: string,
): Promise<EvaluationResult> {
  const detail = await ctx.store.evaluations.get(ctx.call, id);
  const [findings, dataset] = await Promise.all([
    ctx.store.evaluations.findings(ctx.call, id),
    ctx.store.datasets.get(ctx.call, detail.datasetId),
  ]);
  return storedResult(detail, findings, {
    name: dataset.departmentName,
    fiscalYear: dataset.fiscalYear,
  });
}
