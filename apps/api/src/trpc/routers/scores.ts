import { z } from "zod";
import { Id, Text, Version } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

const ManualKind = z.enum(["selfEvaluation", "review"], {
  error: "kind 应为 selfEvaluation（自评）或 review（复核）/ kind must be selfEvaluation or review",
});

/** A 得分 as an exact decimal string ("4", "3.5"); core checks it against the node's 分值. */
const Score = z
  .string({ error: "得分应为数字字符串 / score must be a decimal string" })
  .regex(/^\d+(\.\d+)?$/, {
    error: "得分应为非负数字字符串，如 “3.5” / score must be a decimal string such as “3.5”",
  });

/**
 * Manual scores (人工评分): 自评 by the department (its editor or an admin) and 复核 by a reviewer
 * (or an admin), one per framework node, each its own versioned record.
 */
export const scoresRouter = router({
  /** The manual scores of a dataset, optionally of one framework and kind. */
  list: authedProcedure
    .input(z.object({ datasetId: Id, frameworkId: Id.optional(), kind: ManualKind.optional() }))
    .query(({ ctx, input }) => ctx.store.manualScores.list(ctx.call, input)),

  /**
   * Set one node's 自评 or 复核 score (create, or update with `expectedVersion`). Core checks the
   * code, 得分 ≤ 分值, and the rule's own inputs (checklist answers, category, count).
   * @throws BAD_REQUEST with paths; CONFLICT on a stale version; FORBIDDEN (e.g. an editor giving 复核).
   */
  setManual: authedProcedure
    .input(
      z.object({
        datasetId: Id,
        frameworkId: Id,
        frameworkVersion: Id.optional(),
        code: Text("code", 50),
        kind: ManualKind,
        score: Score.nullable().optional(),
        answers: z.record(z.string(), z.boolean()).nullable().optional(),
        category: z.string().max(200).nullable().optional(),
        count: z.number().int().min(0).nullable().optional(),
        evidence: z.array(z.string().max(500)).max(100).optional(),
        comment: z.string().max(5000).nullable().optional(),
        expectedVersion: Version.optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.manualScores.upsert(ctx.call, input)),

  /** Remove a manual score. @throws CONFLICT on a stale version. */
  remove: authedProcedure
    .input(z.object({ id: Id, expectedVersion: Version }))
    .mutation(async ({ ctx, input }) => {
      await ctx.store.manualScores.remove(ctx.call, input);
      return { removed: true as const };
    }),
});
