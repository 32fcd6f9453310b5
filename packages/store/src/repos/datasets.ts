import { createHash } from "node:crypto";
import { computeIndicators, type Dataset } from "@jixiao/core";
import { safeParseDataset } from "@jixiao/core/schema";
import { sql } from "kysely";
import { z } from "zod";
import { assertCan, type Permission, scopeOf } from "../access.ts";
import {
  audit,
  checkVersion,
  conflictSince,
  inTransaction,
  isUniqueViolation,
  newId,
  type StoreContext,
  saveSnapshot,
  saveSnapshotJson,
  type Tx,
} from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { diffPaths } from "../diff.ts";
import { Conflict, type FieldChange, NotFound, ValidationFailed } from "../errors.ts";
import {
  AMOUNT_RANGE_MESSAGE,
  canonicalMoneyOrNull,
  isOversizedAmount,
  oversizedAmounts,
} from "../money.ts";
import type { Actor, Call } from "../roles.ts";
import type { DatasetRecord, DatasetSummary, DatasetTotals, Store } from "../types.ts";
import { ExpectedVersion, parseInput, RecordId } from "../validate.ts";
import {
  assertEditable,
  DATASET_STATUSES,
  type DatasetStatus,
  nextStatus,
  type WorkflowStep,
} from "../workflow.ts";

const ENTITY = "dataset";

const CreateInput = z.object({
  id: RecordId.optional(),
  departmentId: RecordId,
  content: z.unknown(),
});
const UpdateInput = z.object({
  id: RecordId,
  expectedVersion: ExpectedVersion,
  content: z.unknown(),
});
const StepInput = z.object({ id: RecordId, expectedVersion: ExpectedVersion });
const ReturnInput = z.object({
  id: RecordId,
  expectedVersion: ExpectedVersion,
  reason: z
    .string({ error: "退回须说明理由 / a return needs a reason" })
    .trim()
    .min(1, { error: "退回须说明理由（不能为空） / a return needs a non-empty reason" }),
});
const ListFilter = z
  .object({
    departmentId: RecordId.optional(),
    fiscalYear: z.number().int().optional(),
    status: z.enum(DATASET_STATUSES).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();

const SUMMARY_COLUMNS = [
  "id",
  "department_id",
  "department_name",
  "fiscal_year",
  "revision",
  "status",
  "return_reason",
  "total_budget",
  "total_actual",
  "three_public_actual",
  "version",
  "created_at",
  "updated_at",
  "created_by",
  "updated_by",
] as const;

type SummaryRow = Pick<Tables["datasets"], (typeof SUMMARY_COLUMNS)[number]>;

/** Row → summary (money canonical: 2 places). */
export function toSummary(row: SummaryRow): DatasetSummary {
  return {
    id: row.id,
    departmentId: row.department_id,
    departmentName: row.department_name,
    fiscalYear: row.fiscal_year,
    revision: row.revision,
    status: row.status as DatasetStatus,
    returnReason: row.return_reason,
    totalBudget: canonicalMoneyOrNull(row.total_budget),
    totalActual: canonicalMoneyOrNull(row.total_actual),
    threePublicActual: canonicalMoneyOrNull(row.three_public_actual),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

/** Row → record with its content. */
export function toRecord(row: Tables["datasets"]): DatasetRecord {
  return { ...toSummary(row), content: JSON.parse(row.content) as Dataset };
}

/**
 * The denormalised totals of a dataset (元, exact, 2 places): 支出预算数 (Σ 预算支出 of the
 * expenditure table, else of 预算规模), 实际支出合计 (Σ 实际支出), "三公"经费实际支出 (Σ actual).
 * Computed by core's indicators; null when the dataset has no such rows.
 * @example datasetTotals(taojiang) // { totalBudget: "682237464.67", totalActual: "682237464.67", threePublicActual: "84284.72" }
 */
export function datasetTotals(dataset: Dataset): DatasetTotals {
  const byKey = new Map(computeIndicators(dataset).map((i) => [i.key, i.value]));
  const money = (...keys: string[]) => {
    for (const key of keys) {
      const v = byKey.get(key);
      if (v == null) continue;
      const text = v.toFixed(2);
      // Each amount fits, yet their sum may not: refuse it before a write overflows numeric(20,2).
      if (isOversizedAmount(text)) {
        throw new ValidationFailed(
          [{ path: `content(${key})`, message: `合计“${text}”：${AMOUNT_RANGE_MESSAGE}` }],
          "数据集无效",
          "invalid dataset",
        );
      }
      return text;
    }
    return null;
  };
  return {
    totalBudget: money("expenditure.budget.total", "budgetSummary.budgetExpenditure.total"),
    totalActual: money("expenditure.actual.total", "allocation.actual.total"),
    threePublicActual: money("threePublicExpenses.actual.total"),
  };
}

/** The per-version snapshot of a dataset: what Conflict diffs and getVersion return. */
function snapshotOf(row: Pick<Tables["datasets"], "status" | "return_reason" | "content">) {
  return {
    status: row.status,
    returnReason: row.return_reason,
    content: JSON.parse(row.content) as unknown,
  };
}

/**
 * Throw Conflict (with the fields changed since `expected`) unless `expected` is the dataset's
 * current version. The snapshot is only built on a mismatch (a dataset's content is large).
 */
export async function checkDatasetVersion(
  tx: Tx,
  row: Tables["datasets"],
  expected: number,
): Promise<void> {
  if (expected === row.version) return;
  await checkVersion(tx, ENTITY, row.id, expected, {
    version: row.version,
    snapshot: snapshotOf(row),
  });
}

/**
 * Validate dataset content with core's schema.
 * @throws ValidationFailed with each issue's path under "content." and its bilingual message;
 *   also for an amount with more than 18 integer digits (numeric(20,2) cannot keep it).
 */
export function parseContent(content: unknown): Dataset {
  const result = safeParseDataset(content);
  if (!result.ok) {
    throw new ValidationFailed(
      result.issues.map((i) => ({
        path: i.path ? `content.${i.path}` : "content",
        message: i.message,
      })),
      "数据集无效",
      "invalid dataset",
    );
  }
  const oversized = oversizedAmounts(result.dataset, "content");
  if (oversized.length > 0) {
    throw new ValidationFailed(
      oversized.map((o) => ({ path: o.path, message: `“${o.value}”：${AMOUNT_RANGE_MESSAGE}` })),
      "数据集无效",
      "invalid dataset",
    );
  }
  return result.dataset;
}

/** Load a dataset row or throw NotFound. */
export async function loadDatasetRow(tx: Tx, id: string): Promise<Tables["datasets"]> {
  const row = await tx.selectFrom("datasets").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw new NotFound(ENTITY, id);
  return row;
}

/**
 * Load a dataset row and check `permission` on its department. An actor without access gets
 * Forbidden, never the content.
 */
export async function loadDatasetFor(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: string,
): Promise<Tables["datasets"]> {
  const row = await loadDatasetRow(tx, id);
  assertCan(actor, permission, row.department_id);
  return row;
}

/**
 * Like {@link loadDatasetFor} without the content (access checks of evidence, surveys, scores
 * and comments need only the department and status).
 */
export async function loadDatasetHead(
  tx: Tx,
  actor: Actor,
  permission: Permission,
  id: string,
): Promise<SummaryRow> {
  const row = await tx
    .selectFrom("datasets")
    .select(SUMMARY_COLUMNS)
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFound(ENTITY, id);
  assertCan(actor, permission, row.department_id);
  return row;
}

function contentHash(json: string): string {
  return createHash("sha256").update(json, "utf8").digest("hex");
}

/**
 * Write a new content (and/or status) to a dataset inside an open transaction: version check
 * (Conflict with the changed paths when stale), guarded UPDATE … WHERE version = expected,
 * snapshot, audit row with the changed fields only. Used by update, the workflow steps and
 * surveys.applyToDataset.
 */
export async function writeDataset(
  ctx: StoreContext,
  tx: Tx,
  call: Call,
  defaultAction: string,
  row: Tables["datasets"],
  expectedVersion: number,
  change: { content?: Dataset; status?: DatasetStatus; returnReason?: string | null },
): Promise<DatasetRecord> {
  await checkDatasetVersion(tx, row, expectedVersion);
  const contentJson = change.content ? JSON.stringify(change.content) : row.content;
  const totals = change.content ? datasetTotals(change.content) : null;
  const next: Tables["datasets"] = {
    ...row,
    content: contentJson,
    status: change.status ?? row.status,
    return_reason: change.returnReason === undefined ? row.return_reason : change.returnReason,
    ...(totals
      ? {
          total_budget: totals.totalBudget,
          total_actual: totals.totalActual,
          three_public_actual: totals.threePublicActual,
        }
      : {}),
    version: row.version + 1,
    updated_at: ctx.now().toISOString(),
    updated_by: call.actor.id,
  };
  const result = await tx
    .updateTable("datasets")
    .set({
      content: next.content,
      status: next.status,
      return_reason: next.return_reason,
      total_budget: next.total_budget,
      total_actual: next.total_actual,
      three_public_actual: next.three_public_actual,
      version: next.version,
      updated_at: next.updated_at,
      updated_by: next.updated_by,
    })
    .where("id", "=", row.id)
    .where("version", "=", row.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) {
    const latest = await loadDatasetRow(tx, row.id);
    throw await conflictSince(tx, ENTITY, row.id, expectedVersion, {
      version: latest.version,
      snapshot: snapshotOf(latest),
    });
  }
  const before = snapshotOf(row);
  let after: ReturnType<typeof snapshotOf>;
  if (change.content) {
    // The new content as the database now holds it, parsed once: for the diff and the answer.
    // Its snapshot is written around contentJson, which is what JSON.stringify of the snapshot
    // would give for the content (contentJson is JSON.stringify output: it parses and prints
    // back to itself) — the content is not serialised a second time.
    after = {
      status: next.status,
      returnReason: next.return_reason,
      content: JSON.parse(contentJson),
    };
    const json = `{"status":${JSON.stringify(after.status)},"returnReason":${JSON.stringify(after.returnReason)},"content":${contentJson}}`;
    await saveSnapshotJson(ctx, tx, ENTITY, row.id, next.version, json);
  } else {
    // A workflow step leaves the content as it was: reuse it (the diff then skips it at once).
    after = { status: next.status, returnReason: next.return_reason, content: before.content };
    await saveSnapshot(ctx, tx, ENTITY, row.id, next.version, after);
  }
  await audit(ctx, tx, {
    actor: call.actor,
    action: call.action ?? defaultAction,
    entity: ENTITY,
    entityId: row.id,
    changes: diffPaths(before, after),
  });
  // The answer's content is the parse above (not a third parse of the same text); nothing below
  // changes it.
  return { ...toSummary(next), content: after.content as Dataset };
}

async function insertDataset(
  ctx: StoreContext,
  tx: Tx,
  call: Call,
  action: string,
  values: {
    id?: string;
    departmentId: string;
    departmentName: string;
    revision: number;
    content: Dataset;
  },
): Promise<DatasetRecord> {
  const at = ctx.now().toISOString();
  const totals = datasetTotals(values.content);
  const row: Tables["datasets"] = {
    id: values.id ?? newId(),
    department_id: values.departmentId,
    department_name: values.departmentName,
    fiscal_year: values.content.department.fiscalYear,
    revision: values.revision,
    status: "draft",
    return_reason: null,
    content: JSON.stringify(values.content),
    total_budget: totals.totalBudget,
    total_actual: totals.totalActual,
    three_public_actual: totals.threePublicActual,
    version: 1,
    created_at: at,
    updated_at: at,
    created_by: call.actor.id,
    updated_by: call.actor.id,
  };
  await tx.insertInto("datasets").values(row).execute();
  await saveSnapshot(ctx, tx, ENTITY, row.id, 1, snapshotOf(row));
  const changes: FieldChange[] = [
    { path: "departmentId", before: undefined, after: row.department_id },
    { path: "fiscalYear", before: undefined, after: row.fiscal_year },
    { path: "revision", before: undefined, after: row.revision },
    { path: "status", before: undefined, after: row.status },
    { path: "content", before: undefined, after: { sha256: contentHash(row.content) } },
  ];
  await audit(ctx, tx, {
    actor: call.actor,
    action: call.action ?? action,
    entity: ENTITY,
    entityId: row.id,
    changes,
  });
  return toRecord(row);
}

/**
 * Create revision 1 of a department-year inside an open transaction (used by `create` and
 * seedInitial).
 * @throws Conflict when the department-year already has a dataset.
 */
export async function createDataset(
  ctx: StoreContext,
  tx: Tx,
  call: Call,
  input: { id?: string; departmentId: string; content: Dataset },
): Promise<DatasetRecord> {
  const dept = await tx
    .selectFrom("organisations")
    .select(["kind", "name"])
    .where("id", "=", input.departmentId)
    .executeTakeFirst();
  if (dept?.kind !== "department") {
    throw new ValidationFailed([
      { path: "departmentId", message: `部门不存在：${input.departmentId} / no such department` },
    ]);
  }
  const year = input.content.department.fiscalYear;
  const existing = await tx
    .selectFrom("datasets")
    .select(["id"])
    .where("department_id", "=", input.departmentId)
    .where("fiscal_year", "=", year)
    .executeTakeFirst();
  if (existing) {
    throw new Conflict({
      entity: ENTITY,
      id: existing.id,
      expectedVersion: null,
      currentVersion: null,
      zh: `该部门${year}年度已有数据集，请修改它或新建修订版`,
      en: `the department already has a dataset for ${year}; update it or create a revision`,
    });
  }
  return insertDataset(ctx, tx, call, "datasets.create", {
    id: input.id,
    departmentId: input.departmentId,
    departmentName: dept.name,
    revision: 1,
    content: input.content,
  });
}

/** Run a workflow step as one transaction. */
async function step(
  ctx: StoreContext,
  call: Call,
  stepName: WorkflowStep,
  input: { id: string; expectedVersion: number },
  reason?: string,
): Promise<DatasetRecord> {
  return inTransaction(ctx, async (tx) => {
    const permission: Permission = stepName === "submit" ? "dataset.write" : "dataset.review";
    const row = await loadDatasetFor(tx, call.actor, permission, input.id);
    await checkDatasetVersion(tx, row, input.expectedVersion);
    const to = nextStatus(row.status as DatasetStatus, stepName);
    const returnReason =
      stepName === "return" ? (reason ?? null) : stepName === "submit" ? null : undefined;
    return writeDataset(ctx, tx, call, `datasets.${stepName}`, row, input.expectedVersion, {
      status: to,
      returnReason,
    });
  });
}

function rethrowUnique(error: unknown, id: string): never {
  if (isUniqueViolation(error)) {
    throw new Conflict({
      entity: ENTITY,
      id,
      expectedVersion: null,
      currentVersion: null,
      zh: "数据集已被他人同时创建或修订，请刷新后重试",
      en: "the dataset was created or revised by someone else at the same time; reload and retry",
    });
  }
  throw error;
}

/** The datasets namespace of the store. */
export function datasetsRepo(ctx: StoreContext): Store["datasets"] {
  return {
    async list(call, raw) {
      const filter = parseInput(ListFilter, raw) ?? {};
      const scope = scopeOf(call.actor, "dataset.read");
      if (scope !== "all" && scope.length === 0) assertCan(call.actor, "dataset.read");
      let q = ctx.db
        .selectFrom("datasets as d")
        .select(SUMMARY_COLUMNS.map((c) => `d.${c}` as const))
        .where(
          "d.revision",
          "=",
          sql<number>`(select max(d2.revision) from datasets d2 where d2.department_id = d.department_id and d2.fiscal_year = d.fiscal_year)`,
        );
      if (scope !== "all") q = q.where("d.department_id", "in", scope);
      if (filter.departmentId) q = q.where("d.department_id", "=", filter.departmentId);
      if (filter.fiscalYear !== undefined) q = q.where("d.fiscal_year", "=", filter.fiscalYear);
      if (filter.status) q = q.where("d.status", "=", filter.status);
      const rows = await q
        .orderBy("d.fiscal_year", "desc")
        .orderBy("d.department_name")
        .orderBy("d.id")
        .limit(filter.limit ?? 200)
        .offset(filter.offset ?? 0)
        .execute();
      return rows.map(toSummary);
    },
    async get(call, id) {
      return toRecord(await loadDatasetFor(ctx.db, call.actor, "dataset.read", id));
    },
    async listRevisions(call, id) {
      const row = await loadDatasetFor(ctx.db, call.actor, "dataset.read", id);
      const rows = await ctx.db
        .selectFrom("datasets")
        .select(SUMMARY_COLUMNS)
        .where("department_id", "=", row.department_id)
        .where("fiscal_year", "=", row.fiscal_year)
        .orderBy("revision")
        .execute();
      return rows.map(toSummary);
    },
    async create(call, raw) {
      const input = parseInput(CreateInput, raw);
      assertCan(call.actor, "dataset.write", input.departmentId);
      const content = parseContent(input.content);
      try {
        return await inTransaction(ctx, (tx) =>
          createDataset(ctx, tx, call, { id: input.id, departmentId: input.departmentId, content }),
        );
      } catch (error) {
        rethrowUnique(error, input.departmentId);
      }
    },
    async update(call, raw) {
      const input = parseInput(UpdateInput, raw);
      return inTransaction(ctx, async (tx) => {
        const row = await loadDatasetFor(tx, call.actor, "dataset.write", input.id);
        await checkDatasetVersion(tx, row, input.expectedVersion);
        assertEditable(row.status as DatasetStatus);
        const content = parseContent(input.content);
        if (content.department.fiscalYear !== row.fiscal_year) {
          throw new ValidationFailed([
            {
              path: "content.department.fiscalYear",
              message: `年度不能改变（应为${row.fiscal_year}，实为${content.department.fiscalYear}） / the fiscal year cannot change (${row.fiscal_year} → ${content.department.fiscalYear})`,
            },
          ]);
        }
        return writeDataset(ctx, tx, call, "datasets.update", row, input.expectedVersion, {
          content,
        });
      });
    },
    submit: (call, raw) => step(ctx, call, "submit", parseInput(StepInput, raw)),
    startReview: (call, raw) => step(ctx, call, "startReview", parseInput(StepInput, raw)),
    finalise: (call, raw) => step(ctx, call, "finalise", parseInput(StepInput, raw)),
    return(call, raw) {
      // Access first: a department editor trying to 退回 gets Forbidden, not a reason error.
      const id = (raw as { id?: unknown } | null)?.id;
      return (async () => {
        if (typeof id === "string") await loadDatasetFor(ctx.db, call.actor, "dataset.review", id);
        else assertCan(call.actor, "dataset.review");
        const input = parseInput(ReturnInput, raw);
        return step(ctx, call, "return", input, input.reason);
      })();
    },
    async createRevision(call, raw) {
      const input = parseInput(z.object({ id: RecordId }), raw);
      try {
        return await inTransaction(ctx, async (tx) => {
          const row = await loadDatasetFor(tx, call.actor, "dataset.write", input.id);
          if (row.status !== "finalised") {
            throw new ValidationFailed([
              {
                path: "id",
                message:
                  "只有已定稿的数据集才能新建修订版 / only a finalised dataset can be revised",
              },
            ]);
          }
          const latest = await tx
            .selectFrom("datasets")
            .select(({ fn }) => fn.max("revision").as("revision"))
            .where("department_id", "=", row.department_id)
            .where("fiscal_year", "=", row.fiscal_year)
            .executeTakeFirstOrThrow();
          if (Number(latest.revision) !== row.revision) {
            throw new Conflict({
              entity: ENTITY,
              id: row.id,
              expectedVersion: null,
              currentVersion: null,
              zh: `已有更新的修订版（第${latest.revision}版），请在最新修订版上操作`,
              en: `a newer revision (${latest.revision}) exists; work on the latest revision`,
            });
          }
          return insertDataset(ctx, tx, call, "datasets.createRevision", {
            departmentId: row.department_id,
            departmentName: row.department_name,
            revision: row.revision + 1,
            content: JSON.parse(row.content) as Dataset,
          });
        });
      } catch (error) {
        rethrowUnique(error, input.id);
      }
    },
    async getVersion(call, raw) {
      const input = parseInput(z.object({ id: RecordId, version: ExpectedVersion }), raw);
      const row = await loadDatasetFor(ctx.db, call.actor, "dataset.read", input.id);
      const snap = await ctx.db
        .selectFrom("record_versions")
        .select(["data", "created_at"])
        .where("entity", "=", ENTITY)
        .where("entity_id", "=", input.id)
        .where("version", "=", input.version)
        .executeTakeFirst();
      if (!snap) throw new NotFound(ENTITY, `${input.id}@${input.version}`);
      const data = JSON.parse(snap.data) as {
        status: string;
        returnReason: string | null;
        content: Dataset;
      };
      const totals = datasetTotals(data.content);
      return {
        ...toSummary(row),
        ...totals,
        status: data.status as DatasetStatus,
        returnReason: data.returnReason,
        version: input.version,
        updatedAt: snap.created_at,
        content: data.content,
      };
    },
  };
}
