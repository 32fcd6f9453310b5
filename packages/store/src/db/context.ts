import { randomUUID } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { diffPaths, jsonChanges } from "../diff.ts";
import { Conflict, type FieldChange, ValidationFailed } from "../errors.ts";
import type { FrameworkCache } from "../repos/frameworks.ts";
import type { Actor, Call } from "../roles.ts";
import type { DialectKind } from "./migrations.ts";
import type { Tables } from "./tables.ts";

/** What every repository function gets: the database, its dialect, the clock and the limits. */
export interface StoreContext {
  db: Kysely<Tables>;
  kind: DialectKind;
  now(): Date;
  maxEvidenceBytes: number;
  surveyLimit: { perDevice: number; periodHours: number };
  /** Answers per network key (client address + user agent) per period, over every device. */
  surveyNetworkLimit: { perNetwork: number; periodHours: number };
  /** Framework versions already read (immutable once saved): repos/frameworks.ts. */
  frameworks: FrameworkCache;
}

/** A database handle inside a write (one transaction). */
export type Tx = Transaction<Tables> | Kysely<Tables>;

/** A new random id (UUID v4). */
export function newId(): string {
  return randomUUID();
}

/** Who did it, for the audit log. The public (survey answers) has no actor. */
export type AuditActor = Pick<Actor, "id" | "role"> | { id: "public"; role: "public" };

/**
 * Append an audit row: who, when, which action, which entity, and the changed fields only
 * (JSON paths → before/after). Runs inside the caller's transaction.
 */
export async function audit(
  ctx: StoreContext,
  tx: Tx,
  entry: {
    actor: AuditActor;
    action: string;
    entity: string;
    entityId: string;
    changes: FieldChange[];
  },
): Promise<void> {
  // SQLite has one writer at a time, so max + 1 inside the transaction is strictly increasing;
  // PostgreSQL fills seq from its identity column.
  const seq =
    ctx.kind === "sqlite"
      ? {
          seq:
            Number(
              (
                await tx
                  .selectFrom("audit_log")
                  .select((eb) => eb.fn.max("seq").as("max"))
                  .executeTakeFirst()
              )?.max ?? 0,
            ) + 1,
        }
      : {};
  await tx
    .insertInto("audit_log")
    .values({
      ...seq,
      id: newId(),
      at: ctx.now().toISOString(),
      actor_id: entry.actor.id,
      actor_role: entry.actor.role,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      changes: JSON.stringify(jsonChanges(entry.changes)),
    })
    .execute();
}

/** {@link audit} with the changes between two snapshots of a record. */
export async function auditDiff(
  ctx: StoreContext,
  tx: Tx,
  call: Call,
  defaultAction: string,
  entity: string,
  entityId: string,
  before: unknown,
  after: unknown,
): Promise<void> {
  await audit(ctx, tx, {
    actor: call.actor,
    action: call.action ?? defaultAction,
    entity,
    entityId,
    changes: diffPaths(before ?? {}, after ?? {}),
  });
}

/** Keep the snapshot of a mutable record at a version (for Conflict diffs). */
export async function saveSnapshot(
  ctx: StoreContext,
  tx: Tx,
  entity: string,
  entityId: string,
  version: number,
  data: unknown,
): Promise<void> {
  await saveSnapshotJson(ctx, tx, entity, entityId, version, JSON.stringify(data));
}

/** {@link saveSnapshot} of a snapshot already serialised (`JSON.stringify` of the snapshot). */
export async function saveSnapshotJson(
  ctx: StoreContext,
  tx: Tx,
  entity: string,
  entityId: string,
  version: number,
  json: string,
): Promise<void> {
  await tx
    .insertInto("record_versions")
    .values({
      entity,
      entity_id: entityId,
      version,
      data: json,
      created_at: ctx.now().toISOString(),
    })
    .execute();
}

/**
 * Throw Conflict unless `expected` is the current version. The Conflict lists the fields that
 * changed between the caller's version (its snapshot) and the current record.
 */
export async function checkVersion(
  tx: Tx,
  entity: string,
  entityId: string,
  expected: number,
  current: { version: number; snapshot: unknown },
): Promise<void> {
  if (expected === current.version) return;
  throw await conflictSince(tx, entity, entityId, expected, current);
}

/** Build the Conflict of a stale write: what changed since `expected`, path by path. */
export async function conflictSince(
  tx: Tx,
  entity: string,
  entityId: string,
  expected: number,
  current: { version: number; snapshot: unknown },
): Promise<Conflict> {
  const old = await tx
    .selectFrom("record_versions")
    .select("data")
    .where("entity", "=", entity)
    .where("entity_id", "=", entityId)
    .where("version", "=", expected)
    .executeTakeFirst();
  const changes = old ? diffPaths(JSON.parse(old.data), current.snapshot) : [];
  return new Conflict({
    entity,
    id: entityId,
    expectedVersion: expected,
    currentVersion: current.version,
    changes,
  });
}

/**
 * Run `fn` as one transaction. Every write of the store goes through here: either all of its
 * rows (record, snapshot, audit) are written or none.
 */
export function inTransaction<T>(
  ctx: StoreContext,
  fn: (tx: Transaction<Tables>) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(fn);
}

/** Turn a zod-style failure into ValidationFailed with JSON paths. */
export function validationFailed(
  issues: readonly { path: readonly PropertyKey[] | string; message: string }[],
): ValidationFailed {
  return new ValidationFailed(
    issues.map((i) => ({
      path: typeof i.path === "string" ? i.path : formatPath(i.path),
      message: i.message,
    })),
  );
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/** Whether an error is a unique-constraint violation on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown };
  return (
    e.code === "23505" ||
    e.code === "SQLITE_CONSTRAINT_UNIQUE" ||
    e.code === "SQLITE_CONSTRAINT_PRIMARYKEY"
  );
}

/**
 * After a guarded `UPDATE … WHERE id = ? AND version = ?`: when no row was updated, someone
 * else wrote in between (PostgreSQL read committed lets two writers pass the version check);
 * throw the Conflict of what they changed since `expected`.
 * @throws Conflict with the changed fields.
 */
export async function assertUpdated(
  tx: Tx,
  result: { numUpdatedRows: bigint },
  entity: string,
  entityId: string,
  expected: number,
  loadCurrent: () => Promise<{ version: number; snapshot: unknown }>,
): Promise<void> {
  if (Number(result.numUpdatedRows) === 1) return;
  throw await conflictSince(tx, entity, entityId, expected, await loadCurrent());
}
