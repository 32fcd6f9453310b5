import { type Dataset, type Evaluation, evaluate } from "@jixiao/core";
import type { Framework } from "@jixiao/core/frameworks";
import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import {
  type ManualScore,
  type ManualScoreKind,
  ManualScoresValidationError,
  scoreEvaluation,
} from "@jixiao/core/scoring";
import { z } from "zod";
import { assertCan } from "../access.ts";
import { audit, inTransaction, newId, type StoreContext } from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { NotFound, ValidationFailed } from "../errors.ts";
import type { EvaluationDetail, EvaluationRecord, FindingRecord, Store } from "../types.ts";
import { parseInput, RecordId } from "../validate.ts";
import { loadDatasetHead, loadDatasetRow, parseContent } from "./datasets.ts";
import { loadFramework } from "./frameworks.ts";

const ENTITY = "evaluation";

const RunInput = z.object({
  datasetId: RecordId,
  frameworkId: RecordId,
  frameworkVersion: z.string().min(1).optional(),
  manualKind: z.enum(["selfEvaluation", "review"]).nullable().optional(),
});

// Schemas at module level: zod compiles an object schema on its first parse (a new schema per
// call was compiled on every request).
const PreviewInput = z.object({
  dataset: z.unknown(),
  frameworkId: RecordId.optional(),
  frameworkVersion: z.string().min(1).optional(),
});
const ListInput = z.object({ datasetId: RecordId });

function toEvaluation(row: Tables["evaluations"]): EvaluationRecord {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    datasetVersion: row.dataset_version,
    frameworkId: row.framework_id,
    frameworkVersion: row.framework_version,
    manualKind: row.manual_kind as ManualScoreKind | null,
    totalScore: row.total_score,
    grade: row.grade,
    provisional: row.provisional === 1,
    findingCounts: { error: row.errors, warning: row.warnings, info: row.infos },
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/**
 * Run core's evaluate (compute → check) and score under `framework` with both kinds of manual
 * score side by side, scored with `kind` (undefined: 复核 when any, else 自评 — core's
 * chooseManualKind). A manual-scores misfit becomes ValidationFailed.
 */
function runEvaluate(
  dataset: Dataset,
  framework: Framework,
  scores: ManualScore[] | null,
  kind?: ManualScoreKind,
): Evaluation {
  try {
    const evaluation = evaluate(dataset);
    const manualScores =
      scores && scores.length > 0
        ? { schemaVersion: 1 as const, frameworkId: framework.id, hypothetical: false, scores }
        : undefined;
    return {
      ...evaluation,
      scoreSheet: scoreEvaluation(
        evaluation,
        framework,
        manualScores,
        kind ? { manualKind: kind } : {},
      ),
    };
  } catch (error) {
    if (error instanceof ManualScoresValidationError) {
      throw new ValidationFailed(
        error.issues,
        "人工评分与指标体系不符",
        "manual scores do not fit the framework",
      );
    }
    throw error;
  }
}

/** The evaluations namespace of the store. */
export function evaluationsRepo(ctx: StoreContext): Store["evaluations"] {
  async function readable(call: Parameters<Store["evaluations"]["get"]>[0], id: string) {
    const row = await ctx.db
      .selectFrom("evaluations")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row) throw new NotFound(ENTITY, id);
    await loadDatasetHead(ctx.db, call.actor, "dataset.read", row.dataset_id);
    return row;
  }
  return {
    async run(call, raw) {
      const input = parseInput(RunInput, raw);
      await loadDatasetHead(ctx.db, call.actor, "evaluation.run", input.datasetId);
      // Read and compute outside the write transaction (evaluate takes a while; SQLite has one
      // writer): the record names the dataset version it was computed from.
      const row = await loadDatasetRow(ctx.db, input.datasetId);
      const framework = await loadFramework(ctx, ctx.db, input.frameworkId, input.frameworkVersion);
      let scores: ManualScore[] | null = null;
      if (input.manualKind !== null) {
        const rows = await ctx.db
          .selectFrom("manual_scores")
          .selectAll()
          .where("dataset_id", "=", row.id)
          .where("framework_id", "=", framework.frameworkId)
          .orderBy("code")
          .orderBy("kind")
          .execute();
        scores = rows.map((s) => ({
          code: s.code,
          kind: s.kind as ManualScoreKind,
          ...(s.score !== null ? { score: s.score } : {}),
          ...(s.answers !== null
            ? { answers: JSON.parse(s.answers) as Record<string, boolean> }
            : {}),
          ...(s.category !== null ? { category: s.category } : {}),
          ...(s.count !== null ? { count: s.count } : {}),
          evaluator: s.evaluator,
          time: s.time,
          evidence: JSON.parse(s.evidence) as string[],
          ...(s.comment !== null ? { comment: s.comment } : {}),
        }));
      }
      const evaluation = runEvaluate(
        JSON.parse(row.content) as Dataset,
        framework.content,
        scores,
        input.manualKind ?? undefined,
      );
      const sheet = evaluation.scoreSheet;
      const count = (severity: string) =>
        evaluation.findings.filter((f) => f.severity === severity).length;
      const record: Tables["evaluations"] = {
        id: newId(),
        dataset_id: row.id,
        dataset_version: row.version,
        framework_id: framework.frameworkId,
        framework_version: framework.frameworkVersion,
        manual_kind: sheet?.manualKind ?? null,
        total_score: sheet?.total != null ? sheet.total.toString() : null,
        grade: sheet?.grade ?? null,
        provisional: sheet?.provisional ? 1 : 0,
        errors: count("error"),
        warnings: count("warning"),
        infos: count("info"),
        score_sheet: JSON.stringify(sheet ?? null),
        indicators: JSON.stringify(evaluation.indicators),
        created_at: ctx.now().toISOString(),
        created_by: call.actor.id,
      };
      return inTransaction(ctx, async (tx) => {
        await tx.insertInto("evaluations").values(record).execute();
        const findings: Tables["findings"][] = evaluation.findings.map((f, seq) => ({
          id: newId(),
          evaluation_id: record.id,
          seq,
          rule_id: f.ruleId,
          severity: f.severity,
          message: f.message,
          detail: JSON.stringify(f),
        }));
        for (let i = 0; i < findings.length; i += 100) {
          await tx
            .insertInto("findings")
            .values(findings.slice(i, i + 100))
            .execute();
        }
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "evaluations.run",
          entity: ENTITY,
          entityId: record.id,
          changes: [
            { path: "datasetId", before: undefined, after: record.dataset_id },
            { path: "datasetVersion", before: undefined, after: record.dataset_version },
            {
              path: "framework",
              before: undefined,
              after: `${record.framework_id}@${record.framework_version}`,
            },
            { path: "totalScore", before: undefined, after: record.total_score },
            { path: "grade", before: undefined, after: record.grade },
          ],
        });
        return toEvaluation(record);
      });
    },
    async preview(call, raw) {
      assertCan(call.actor, "evaluation.preview");
      const input = parseInput(PreviewInput, raw);
      const dataset = parseContent(input.dataset);
      const framework = await loadFramework(
        ctx,
        ctx.db,
        input.frameworkId ?? DEFAULT_FRAMEWORK_ID,
        input.frameworkVersion,
      );
      return runEvaluate(dataset, framework.content, null);
    },
    async list(call, raw) {
      const input = parseInput(ListInput, raw);
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", input.datasetId);
      const rows = await ctx.db
        .selectFrom("evaluations")
        .selectAll()
        .where("dataset_id", "=", input.datasetId)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map(toEvaluation);
    },
    async get(call, id): Promise<EvaluationDetail> {
      const row = await readable(call, id);
      return {
        ...toEvaluation(row),
        scoreSheet: JSON.parse(row.score_sheet),
        indicators: JSON.parse(row.indicators),
      };
    },
    async findings(call, evaluationId): Promise<FindingRecord[]> {
      await readable(call, evaluationId);
      const rows = await ctx.db
        .selectFrom("findings")
        .selectAll()
        .where("evaluation_id", "=", evaluationId)
        .orderBy("seq")
        .execute();
      return rows.map((f) => ({
        id: f.id,
        evaluationId: f.evaluation_id,
        seq: f.seq,
        ruleId: f.rule_id,
        severity: f.severity as FindingRecord["severity"],
        message: f.message,
        detail: JSON.parse(f.detail),
      }));
    },
  };
}
