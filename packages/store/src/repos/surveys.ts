import { createHash, randomBytes } from "node:crypto";
import { type Dataset, Decimal, roundHalfUp } from "@jixiao/core";
import { z } from "zod";
import {
  assertUpdated,
  audit,
  auditDiff,
  checkVersion,
  inTransaction,
  newId,
  type StoreContext,
  saveSnapshot,
  type Tx,
} from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { NotFound, RateLimited, ValidationFailed } from "../errors.ts";
import type { Store, Survey, SurveyAggregate, SurveyAnswer } from "../types.ts";
import { ExpectedVersion, NonEmptyText, parseInput, RecordId } from "../validate.ts";
import { assertEditable, type DatasetStatus } from "../workflow.ts";
import { checkDatasetVersion, loadDatasetHead, loadDatasetRow, writeDataset } from "./datasets.ts";

const ENTITY = "survey";

/**
 * The answer scale of every question (五级量表), with its points. A questionnaire's answers
 * score the mean of their points; the survey's 满意度 is the mean over every answer of every
 * questionnaire (all questionnaires have the same questions, so this equals the mean of the
 * questionnaires' means), 四舍五入 to 2 places with trailing zeros dropped: "95.2".
 */
export const SURVEY_SCALE: readonly { answer: SurveyAnswer; label: string; points: number }[] = [
  { answer: "satisfied", label: "满意", points: 100 },
  { answer: "fairlySatisfied", label: "较满意", points: 80 },
  { answer: "basicallySatisfied", label: "基本满意", points: 60 },
  { answer: "dissatisfied", label: "不满意", points: 40 },
  { answer: "veryDissatisfied", label: "很不满意", points: 0 },
];
const ANSWERS = SURVEY_SCALE.map((s) => s.answer) as [SurveyAnswer, ...SurveyAnswer[]];
const POINTS = new Map(SURVEY_SCALE.map((s) => [s.answer, s.points]));

const Limit = z.object({
  perDevice: z.number().int().min(1).max(1000),
  periodHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 366),
});
const CreateInput = z.object({
  datasetId: RecordId,
  title: NonEmptyText,
  questions: z.array(NonEmptyText).min(1, { error: "至少一道题 / at least one question" }).max(100),
  limit: Limit.optional(),
});
const RespondInput = z.object({
  slug: z.string().min(1).max(100),
  deviceId: z.string().min(8, { error: "设备标识过短 / device id too short" }).max(500),
  networkKey: z
    .string()
    .min(8, { error: "网络标识过短 / network key too short" })
    .max(500)
    .optional(),
  answers: z.array(z.enum(ANSWERS)),
});

/**
 * The network key of an answering client for `surveys.respond`: a SHA-256 of its address (the
 * socket's, or the first X-Forwarded-For entry when the proxy is trusted) and its user agent.
 * The store hashes it again with its own per-database salt, so no address is stored.
 * @example surveyNetworkKey("203.0.113.7", "Mozilla/5.0") // 64 hex digits, the same for the same pair
 */
export function surveyNetworkKey(address: string, userAgent: string | null | undefined): string {
  return createHash("sha256")
    .update(`jixiao-survey-network\n${address.trim()}\n${(userAgent ?? "").trim()}`, "utf8")
    .digest("hex");
}

/** Count answers of one survey by one hashed key since `since` (oldest first). */
async function recentAnswers(
  tx: Tx,
  surveyId: string,
  column: "device_hash" | "network_hash",
  hash: string,
  since: string,
): Promise<string[]> {
  const rows = await tx
    .selectFrom("survey_responses")
    .select("created_at")
    .where("survey_id", "=", surveyId)
    .where(column, "=", hash)
    .where("created_at", ">", since)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => r.created_at);
}

function toSurvey(row: Tables["surveys"]): Survey {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    title: row.title,
    questions: JSON.parse(row.questions) as string[],
    slug: row.slug,
    status: row.status as Survey["status"],
    limit: { perDevice: row.per_device, periodHours: row.period_hours },
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

const snapshot = (s: Survey) => ({
  title: s.title,
  questions: s.questions,
  status: s.status,
  limit: s.limit,
});

/**
 * Aggregate answers into 问卷份数 and the 满意度 score: Σ points ÷ number of answers,
 * 四舍五入 to 2 places, trailing zeros dropped (exact decimal, never a float).
 * @example aggregateAnswers([[...76 satisfied, 24 fairlySatisfied spread over 20 questionnaires]]).score === "95.2"
 *   // (76 × 100 + 24 × 80) ÷ 100 = 9520 ÷ 100 = 95.2 — the seed's 20份 / 95.2分
 */
export function aggregateAnswers(responses: readonly (readonly SurveyAnswer[])[]): {
  questionnaires: number;
  score: string | null;
  counts: Record<SurveyAnswer, number>;
} {
  const counts = Object.fromEntries(ANSWERS.map((a) => [a, 0])) as Record<SurveyAnswer, number>;
  let total = new Decimal(0);
  let n = 0;
  for (const answers of responses) {
    for (const a of answers) {
      counts[a]++;
      total = total.plus(POINTS.get(a) ?? 0);
      n++;
    }
  }
  const score = n === 0 ? null : new Decimal(roundHalfUp(total.div(n), 2)).toString();
  return { questionnaires: responses.length, score, counts };
}

/** The salt of device hashes, made once per database (random 32 bytes) and kept in store_meta. */
async function deviceSalt(tx: Tx): Promise<string> {
  const found = await tx
    .selectFrom("store_meta")
    .select("value")
    .where("key", "=", "surveyDeviceSalt")
    .executeTakeFirst();
  if (found) return found.value;
  const salt = randomBytes(32).toString("hex");
  await tx
    .insertInto("store_meta")
    .values({ key: "surveyDeviceSalt", value: salt })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const again = await tx
    .selectFrom("store_meta")
    .select("value")
    .where("key", "=", "surveyDeviceSalt")
    .executeTakeFirstOrThrow();
  return again.value;
}

async function loadSurvey(tx: Tx, id: string): Promise<Tables["surveys"]> {
  const row = await tx.selectFrom("surveys").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFound(ENTITY, id);
  return row;
}

/** The surveys (满意度问卷) namespace of the store. */
export function surveysRepo(ctx: StoreContext): Store["surveys"] {
  async function aggregateOf(surveyId: string): Promise<SurveyAggregate> {
    const rows = await ctx.db
      .selectFrom("survey_responses")
      .select("answers")
      .where("survey_id", "=", surveyId)
      .execute();
    const agg = aggregateAnswers(rows.map((r) => JSON.parse(r.answers) as SurveyAnswer[]));
    return { surveyId, ...agg, fullScore: "100" };
  }
  return {
    async create(call, raw) {
      const input = parseInput(CreateInput, raw);
      await loadDatasetHead(ctx.db, call.actor, "dataset.write", input.datasetId);
      const limit = input.limit ?? ctx.surveyLimit;
      return inTransaction(ctx, async (tx) => {
        const at = ctx.now().toISOString();
        const row: Tables["surveys"] = {
          id: newId(),
          dataset_id: input.datasetId,
          title: input.title,
          questions: JSON.stringify(input.questions),
          slug: randomBytes(12).toString("base64url"),
          status: "open",
          per_device: limit.perDevice,
          period_hours: limit.periodHours,
          version: 1,
          created_at: at,
          updated_at: at,
          created_by: call.actor.id,
        };
        await tx.insertInto("surveys").values(row).execute();
        const survey = toSurvey(row);
        await saveSnapshot(ctx, tx, ENTITY, survey.id, 1, snapshot(survey));
        await auditDiff(
          ctx,
          tx,
          call,
          "surveys.create",
          ENTITY,
          survey.id,
          {},
          { datasetId: survey.datasetId, ...snapshot(survey) },
        );
        return survey;
      });
    },
    async list(call, datasetId) {
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", datasetId);
      const rows = await ctx.db
        .selectFrom("surveys")
        .selectAll()
        .where("dataset_id", "=", datasetId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toSurvey);
    },
    async get(call, id) {
      const row = await loadSurvey(ctx.db, id);
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", row.dataset_id);
      return toSurvey(row);
    },
    async publicBySlug(slug) {
      const row = await ctx.db
        .selectFrom("surveys")
        .selectAll()
        .where("slug", "=", String(slug))
        .executeTakeFirst();
      if (row?.status !== "open") throw new NotFound(ENTITY, String(slug));
      return {
        slug: row.slug,
        title: row.title,
        questions: JSON.parse(row.questions) as string[],
        scale: SURVEY_SCALE,
      };
    },
    async respond(raw) {
      const input = parseInput(RespondInput, raw);
      return inTransaction(ctx, async (tx) => {
        let q = tx.selectFrom("surveys").selectAll().where("slug", "=", input.slug);
        // PostgreSQL: lock the survey row so two answers of one device cannot both pass the limit.
        if (ctx.kind === "postgres") q = q.forUpdate();
        const row = await q.executeTakeFirst();
        if (row?.status !== "open") throw new NotFound(ENTITY, input.slug);
        const questions = JSON.parse(row.questions) as string[];
        if (input.answers.length !== questions.length) {
          throw new ValidationFailed([
            {
              path: "answers",
              message: `应回答全部${questions.length}道题，实答${input.answers.length}道 / answer all ${questions.length} questions (got ${input.answers.length})`,
            },
          ]);
        }
        const salt = await deviceSalt(tx);
        const hash = (kind: string, key: string) =>
          createHash("sha256").update(`${salt}:${kind}${row.id}:${key}`, "utf8").digest("hex");
        const deviceHash = hash("", input.deviceId);
        const networkHash = input.networkKey === undefined ? null : hash("net:", input.networkKey);
        const now = ctx.now();
        const retryAfterOf = (times: string[], allowed: number, hours: number) => {
          const oldest = times[times.length - allowed] ?? now.toISOString();
          return new Date(new Date(oldest).getTime() + hours * 3_600_000).toISOString();
        };
        const since = new Date(now.getTime() - row.period_hours * 3_600_000).toISOString();
        const recent = await recentAnswers(tx, row.id, "device_hash", deviceHash, since);
        if (recent.length >= row.per_device) {
          const retryAfter = retryAfterOf(recent, row.per_device, row.period_hours);
          throw new RateLimited(
            `本设备在${row.period_hours}小时内最多可提交${row.per_device}次问卷，请于${retryAfter}之后再提交`,
            `this device may answer at most ${row.per_device} time(s) per ${row.period_hours} h; try again after ${retryAfter}`,
            retryAfter,
          );
        }
        if (networkHash !== null) {
          const net = ctx.surveyNetworkLimit;
          const netSince = new Date(now.getTime() - net.periodHours * 3_600_000).toISOString();
          const fromNetwork = await recentAnswers(
            tx,
            row.id,
            "network_hash",
            networkHash,
            netSince,
          );
          if (fromNetwork.length >= net.perNetwork) {
            const retryAfter = retryAfterOf(fromNetwork, net.perNetwork, net.periodHours);
            throw new RateLimited(
              `同一网络（地址与浏览器）在${net.periodHours}小时内最多可提交${net.perNetwork}次问卷，已提交${fromNetwork.length}次，请于${retryAfter}之后再提交`,
              `this network (address and browser) may answer at most ${net.perNetwork} time(s) per ${net.periodHours} h (answered ${fromNetwork.length}); try again after ${retryAfter}`,
              retryAfter,
            );
          }
        }
        const id = newId();
        await tx
          .insertInto("survey_responses")
          .values({
            id,
            survey_id: row.id,
            device_hash: deviceHash,
            network_hash: networkHash,
            answers: JSON.stringify(input.answers),
            created_at: now.toISOString(),
          })
          .execute();
        await audit(ctx, tx, {
          actor: { id: "public", role: "public" },
          action: "surveys.respond",
          entity: "surveyResponse",
          entityId: id,
          changes: [{ path: "surveyId", before: undefined, after: row.id }],
        });
        return { accepted: true as const };
      });
    },
    async close(call, raw) {
      const input = parseInput(z.object({ id: RecordId, expectedVersion: ExpectedVersion }), raw);
      return inTransaction(ctx, async (tx) => {
        const row = await loadSurvey(tx, input.id);
        await loadDatasetHead(tx, call.actor, "dataset.write", row.dataset_id);
        const current = toSurvey(row);
        await checkVersion(tx, ENTITY, current.id, input.expectedVersion, {
          version: current.version,
          snapshot: snapshot(current),
        });
        const next: Survey = {
          ...current,
          status: "closed",
          version: current.version + 1,
          updatedAt: ctx.now().toISOString(),
        };
        const result = await tx
          .updateTable("surveys")
          .set({ status: "closed", version: next.version, updated_at: next.updatedAt })
          .where("id", "=", current.id)
          .where("version", "=", current.version)
          .executeTakeFirst();
        await assertUpdated(tx, result, ENTITY, current.id, input.expectedVersion, async () => {
          const latest = toSurvey(await loadSurvey(tx, current.id));
          return { version: latest.version, snapshot: snapshot(latest) };
        });
        await saveSnapshot(ctx, tx, ENTITY, next.id, next.version, snapshot(next));
        await auditDiff(
          ctx,
          tx,
          call,
          "surveys.close",
          ENTITY,
          next.id,
          snapshot(current),
          snapshot(next),
        );
        return next;
      });
    },
    async aggregate(call, surveyId) {
      const row = await loadSurvey(ctx.db, surveyId);
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", row.dataset_id);
      return aggregateOf(surveyId);
    },
    async applyToDataset(call, raw) {
      const input = parseInput(
        z.object({
          surveyId: RecordId,
          expectedDatasetVersion: ExpectedVersion,
          method: NonEmptyText.optional(),
        }),
        raw,
      );
      const survey = await loadSurvey(ctx.db, input.surveyId);
      await loadDatasetHead(ctx.db, call.actor, "dataset.write", survey.dataset_id);
      const agg = await aggregateOf(survey.id);
      if (agg.score === null) {
        throw new ValidationFailed([
          {
            path: "surveyId",
            message: "问卷尚无答卷，不能写入满意度 / the survey has no responses yet",
          },
        ]);
      }
      return inTransaction(ctx, async (tx) => {
        const row = await loadDatasetRow(tx, survey.dataset_id);
        await checkDatasetVersion(tx, row, input.expectedDatasetVersion);
        assertEditable(row.status as DatasetStatus);
        const content = JSON.parse(row.content) as Dataset;
        const next: Dataset = {
          ...content,
          satisfaction: {
            questionnaires: agg.questionnaires,
            score: agg.score as string,
            fullScore: "100",
            method:
              input.method ??
              content.satisfaction?.method ??
              `满意度问卷“${survey.title}”（五级量表：满意100、较满意80、基本满意60、不满意40、很不满意0）`,
          },
        };
        return writeDataset(
          ctx,
          tx,
          call,
          "surveys.applyToDataset",
          row,
          input.expectedDatasetVersion,
          { content: next },
        );
      });
    },
  };
}
