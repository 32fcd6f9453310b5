import { z } from "zod";
import { Id, Text, Version } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

/** The public answer page of a survey (JSON at GET/POST /s/<slug>). */
export const surveyUrl = (slug: string) => `/s/${encodeURIComponent(slug)}`;

const Limit = z.object({
  perDevice: z.number().int().min(1).max(100),
  periodHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 366),
});

/**
 * Satisfaction surveys (满意度问卷): published as a public link with a set number of questions,
 * answered anonymously (one device limited in how often), aggregated into the
 * 社会公众或服务对象满意度 score (问卷份数 and 得分, e.g. 20 份, 95.2 as the seed).
 */
export const surveysRouter = router({
  /** Publish a survey for a dataset (its department's editor or an admin). */
  create: authedProcedure
    .input(
      z.object({
        datasetId: Id,
        title: Text("title"),
        questions: z
          .array(Text("question", 500))
          .min(1, { error: "至少一个问题 / at least one question" })
          .max(50, { error: "至多 50 个问题 / at most 50 questions" }),
        limit: Limit.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const survey = await ctx.store.surveys.create(ctx.call, input);
      return { ...survey, url: surveyUrl(survey.slug) };
    }),

  /** The surveys of a dataset. */
  list: authedProcedure.input(z.object({ datasetId: Id })).query(async ({ ctx, input }) =>
    (await ctx.store.surveys.list(ctx.call, input.datasetId)).map((s) => ({
      ...s,
      url: surveyUrl(s.slug),
    })),
  ),

  /** One survey. */
  get: authedProcedure.input(z.object({ id: Id })).query(async ({ ctx, input }) => {
    const survey = await ctx.store.surveys.get(ctx.call, input.id);
    return { ...survey, url: surveyUrl(survey.slug) };
  }),

  /** Close a survey: no more answers. */
  close: authedProcedure
    .input(z.object({ id: Id, expectedVersion: Version }))
    .mutation(({ ctx, input }) => ctx.store.surveys.close(ctx.call, input)),

  /** 问卷份数 and 满意度得分 (exact, 四舍五入 to 2 places) with the answers per level. */
  aggregate: authedProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => ctx.store.surveys.aggregate(ctx.call, input.id)),

  /**
   * Write the aggregate into the dataset's 满意度 block: a versioned, audited dataset write.
   * @throws CONFLICT when `expectedDatasetVersion` is stale.
   */
  applyToDataset: authedProcedure
    .input(
      z.object({
        id: Id,
        expectedDatasetVersion: Version,
        method: z.string().max(500).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      ctx.store.surveys.applyToDataset(ctx.call, {
        surveyId: input.id,
        expectedDatasetVersion: input.expectedDatasetVersion,
        ...(input.method ? { method: input.method } : {}),
      }),
    ),
});
