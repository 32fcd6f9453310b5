import { PARSE_OPTIONS, toInputIssues } from "@jixiao/core/schema";
import { ManualScore, type ManualScoreKind, manualScoresProblems } from "@jixiao/core/scoring";
import { z } from "zod";
import {
  assertUpdated,
  auditDiff,
  checkVersion,
  inTransaction,
  isUniqueViolation,
  newId,
  type StoreContext,
  saveSnapshot,
} from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { Conflict, NotFound, ValidationFailed } from "../errors.ts";
import type { ManualScoreRecord, Store } from "../types.ts";
import { ExpectedVersion, parseInput, RecordId } from "../validate.ts";
import { assertEditable } from "../workflow.ts";
import { loadDatasetHead } from "./datasets.ts";
import { loadFramework } from "./frameworks.ts";

const ENTITY = "manualScore";

const UpsertInput = z.object({
  datasetId: RecordId,
  frameworkId: RecordId,
  frameworkVersion: z.string().min(1).optional(),
  code: z.string().trim().min(1, { error: "不能为空 / must not be empty" }),
  kind: z.enum(["selfEvaluation", "review"]),
  score: z.string().nullable().optional(),
  answers: z.record(z.string(), z.boolean()).nullable().optional(),
  category: z.string().nullable().optional(),
  count: z.number().int().min(0).nullable().optional(),
  evidence: z.array(z.string()).optional(),
  comment: z.string().nullable().optional(),
  expectedVersion: ExpectedVersion.optional(),
});

function toScore(row: Tables["manual_scores"]): ManualScoreRecord {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    frameworkId: row.framework_id,
    code: row.code,
    kind: row.kind as ManualScoreKind,
    score: row.score,
    answers: row.answers === null ? null : (JSON.parse(row.answers) as Record<string, boolean>),
    category: row.category,
    count: row.count,
    evidence: JSON.parse(row.evidence) as string[],
    comment: row.comment,
    evaluator: row.evaluator,
    time: row.time,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const snapshot = (s: ManualScoreRecord) => ({
  score: s.score,
  answers: s.answers,
  category: s.category,
  count: s.count,
  evidence: s.evidence,
  comment: s.comment,
  evaluator: s.evaluator,
  time: s.time,
});

/** The permission a kind of manual score needs: 自评 score.self, 复核 score.review. */
const PERMISSION = { selfEvaluation: "score.self", review: "score.review" } as const;

/** The manual scores namespace of the store. */
export function manualScoresRepo(ctx: StoreContext): Store["manualScores"] {
  return {
    async list(call, raw) {
      const filter = parseInput(
        z.object({
          datasetId: RecordId,
          frameworkId: RecordId.optional(),
          kind: z.enum(["selfEvaluation", "review"]).optional(),
        }),
        raw,
      );
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", filter.datasetId);
      let q = ctx.db
        .selectFrom("manual_scores")
        .selectAll()
        .where("dataset_id", "=", filter.datasetId);
      if (filter.frameworkId) q = q.where("framework_id", "=", filter.frameworkId);
      if (filter.kind) q = q.where("kind", "=", filter.kind);
      const rows = await q.orderBy("framework_id").orderBy("code").orderBy("kind").execute();
      return rows.map(toScore);
    },
    async upsert(call, raw) {
      const input = parseInput(UpsertInput, raw);
      await loadDatasetHead(ctx.db, call.actor, PERMISSION[input.kind], input.datasetId);
      const framework = await loadFramework(ctx, ctx.db, input.frameworkId, input.frameworkVersion);
      const time = ctx.now().toISOString();
      // core's ManualScore: the score as a decimal string, evaluator, time, evidence.
      const entryResult = ManualScore.safeParse(
        {
          code: input.code,
          kind: input.kind,
          ...(input.score != null ? { score: input.score } : {}),
          ...(input.answers != null ? { answers: input.answers } : {}),
          ...(input.category != null ? { category: input.category } : {}),
          ...(input.count != null ? { count: input.count } : {}),
          evaluator: call.actor.id,
          time,
          evidence: input.evidence ?? [],
          ...(input.comment != null ? { comment: input.comment } : {}),
        },
        PARSE_OPTIONS,
      );
      if (!entryResult.success) {
        throw new ValidationFailed(toInputIssues(entryResult.error));
      }
      const entry = entryResult.data;
      const problems = manualScoresProblems(
        {
          schemaVersion: 1,
          frameworkId: framework.content.id,
          hypothetical: false,
          scores: [entry],
        },
        framework.content,
      );
      if (problems.length > 0) {
        throw new ValidationFailed(
          problems.map((p) => ({
            path: p.path.replace(/^scores\[0\]\.?/, ""),
            message: p.message,
          })),
          "人工评分无效",
          "invalid manual score",
        );
      }
      try {
        return await inTransaction(ctx, async (tx) => {
          const dataset = await loadDatasetHead(
            tx,
            call.actor,
            PERMISSION[input.kind],
            input.datasetId,
          );
          if (dataset.status === "finalised") assertEditable("finalised");
          const existing = await tx
            .selectFrom("manual_scores")
            .selectAll()
            .where("dataset_id", "=", input.datasetId)
            .where("framework_id", "=", framework.frameworkId)
            .where("code", "=", entry.code)
            .where("kind", "=", entry.kind)
            .executeTakeFirst();
          const values = {
            score: entry.score ?? null,
            answers: entry.answers ? JSON.stringify(entry.answers) : null,
            category: entry.category ?? null,
            count: entry.count ?? null,
            evidence: JSON.stringify(entry.evidence),
            comment: entry.comment ?? null,
            evaluator: entry.evaluator,
            time: entry.time,
          };
          if (!existing) {
            if (input.expectedVersion !== undefined)
              throw new NotFound(ENTITY, `${input.datasetId}/${entry.code}/${entry.kind}`);
            const row: Tables["manual_scores"] = {
              id: newId(),
              dataset_id: input.datasetId,
              framework_id: framework.frameworkId,
              code: entry.code,
              kind: entry.kind,
              ...values,
              version: 1,
              created_at: time,
              updated_at: time,
            };
            await tx.insertInto("manual_scores").values(row).execute();
            const record = toScore(row);
            await saveSnapshot(ctx, tx, ENTITY, record.id, 1, snapshot(record));
            await auditDiff(
              ctx,
              tx,
              call,
              "manualScores.upsert",
              ENTITY,
              record.id,
              {},
              snapshot(record),
            );
            return record;
          }
          const current = toScore(existing);
          if (input.expectedVersion === undefined) {
            throw new Conflict({
              entity: ENTITY,
              id: current.id,
              expectedVersion: null,
              currentVersion: current.version,
              zh: `该指标已有${entry.kind === "review" ? "复核" : "自评"}评分（版本 ${current.version}），修改时须给出 expectedVersion`,
              en: `this node already has a ${entry.kind} score (version ${current.version}); pass expectedVersion to change it`,
            });
          }
          await checkVersion(tx, ENTITY, current.id, input.expectedVersion, {
            version: current.version,
            snapshot: snapshot(current),
          });
          const next: Tables["manual_scores"] = {
            ...existing,
            ...values,
            version: current.version + 1,
            updated_at: time,
          };
          const result = await tx
            .updateTable("manual_scores")
            .set({ ...values, version: next.version, updated_at: time })
            .where("id", "=", current.id)
            .where("version", "=", current.version)
            .executeTakeFirst();
          await assertUpdated(tx, result, ENTITY, current.id, input.expectedVersion, async () => {
            const latest = await tx
              .selectFrom("manual_scores")
              .selectAll()
              .where("id", "=", current.id)
              .executeTakeFirstOrThrow();
            return { version: latest.version, snapshot: snapshot(toScore(latest)) };
          });
          const record = toScore(next);
          await saveSnapshot(ctx, tx, ENTITY, record.id, record.version, snapshot(record));
          await auditDiff(
            ctx,
            tx,
            call,
            "manualScores.upsert",
            ENTITY,
            record.id,
            snapshot(current),
            snapshot(record),
          );
          return record;
        });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new Conflict({
            entity: ENTITY,
            id: `${input.datasetId}/${input.code}/${input.kind}`,
            expectedVersion: null,
            currentVersion: null,
          });
        }
        throw error;
      }
    },
    async remove(call, raw) {
      const input = parseInput(z.object({ id: RecordId, expectedVersion: ExpectedVersion }), raw);
      await inTransaction(ctx, async (tx) => {
        const row = await tx
          .selectFrom("manual_scores")
          .selectAll()
          .where("id", "=", input.id)
          .executeTakeFirst();
        if (!row) throw new NotFound(ENTITY, input.id);
        const dataset = await loadDatasetHead(
          tx,
          call.actor,
          PERMISSION[row.kind as ManualScoreKind],
          row.dataset_id,
        );
        if (dataset.status === "finalised") assertEditable("finalised");
        const current = toScore(row);
        await checkVersion(tx, ENTITY, current.id, input.expectedVersion, {
          version: current.version,
          snapshot: snapshot(current),
        });
        await tx.deleteFrom("manual_scores").where("id", "=", current.id).execute();
        await auditDiff(
          ctx,
          tx,
          call,
          "manualScores.remove",
          ENTITY,
          current.id,
          snapshot(current),
          {},
        );
      });
    },
  };
}
