import { builtinFrameworks, type Framework, safeParseFramework } from "@jixiao/core/frameworks";
import { z } from "zod";
import { assertCan } from "../access.ts";
import { audit, inTransaction, type StoreContext, type Tx } from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { Conflict, NotFound, ValidationFailed } from "../errors.ts";
import type { FrameworkRecord, Store } from "../types.ts";
import { parseInput, RecordId } from "../validate.ts";

const ENTITY = "framework";

function toFramework(row: Tables["frameworks"]): FrameworkRecord {
  return {
    frameworkId: row.framework_id,
    frameworkVersion: row.framework_version,
    name: row.name,
    builtin: row.builtin === 1,
    content: JSON.parse(row.content) as Framework,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

/**
 * Insert every built-in framework (core's builtinFrameworks) that is not yet stored, each under
 * its id and version. Idempotent; run by `store.migrate()` and seedInitial.
 */
export async function ensureBuiltinFrameworks(ctx: StoreContext, tx: Tx): Promise<number> {
  let added = 0;
  for (const framework of builtinFrameworks()) {
    const exists = await tx
      .selectFrom("frameworks")
      .select("framework_id")
      .where("framework_id", "=", framework.id)
      .where("framework_version", "=", framework.version)
      .executeTakeFirst();
    if (exists) continue;
    const inserted = await tx
      .insertInto("frameworks")
      .values({
        framework_id: framework.id,
        framework_version: framework.version,
        name: framework.name,
        builtin: 1,
        content: JSON.stringify(framework),
        created_at: ctx.now().toISOString(),
        created_by: "system",
      })
      // another process migrating at the same moment may have inserted it: keep theirs
      .onConflict((oc) => oc.columns(["framework_id", "framework_version"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) added++;
  }
  return added;
}

/**
 * The parsed framework versions this store has read, by id and version. A version is immutable
 * once saved (`save` refuses other content under an existing id and version, and nothing
 * deletes one), so a record read once stays right for the life of the store, in every process;
 * a bureau's changed framework is a new version, which {@link loadFramework} finds by asking the
 * database for the latest version. The records are frozen (shared by every caller).
 */
export class FrameworkCache {
  static readonly MAX_ENTRIES = 256;
  readonly #records = new Map<string, FrameworkRecord>();

  get(id: string, version: string): FrameworkRecord | undefined {
    return this.#records.get(JSON.stringify([id, version]));
  }

  set(record: FrameworkRecord): void {
    if (this.#records.size >= FrameworkCache.MAX_ENTRIES) {
      const oldest = this.#records.keys().next().value;
      if (oldest !== undefined) this.#records.delete(oldest);
    }
    this.#records.set(JSON.stringify([record.frameworkId, record.frameworkVersion]), record);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A framework version, or its latest stored version when `version` is omitted (latest = most
 * recently saved). Read through the store's {@link FrameworkCache}: the latest version's number
 * is asked of the database on every call (another process may have saved one), the content
 * only the first time a version is needed. The record is frozen.
 * @throws NotFound naming "id@version".
 */
export async function loadFramework(
  ctx: StoreContext,
  tx: Tx,
  id: string,
  version?: string,
): Promise<FrameworkRecord> {
  let wanted = version;
  if (wanted === undefined) {
    const latest = await tx
      .selectFrom("frameworks")
      .select("framework_version")
      .where("framework_id", "=", id)
      .orderBy("created_at", "desc")
      .orderBy("framework_version", "desc")
      .executeTakeFirst();
    if (!latest) throw new NotFound(ENTITY, id);
    wanted = latest.framework_version;
  }
  const cached = ctx.frameworks.get(id, wanted);
  if (cached) return cached;
  const row = await tx
    .selectFrom("frameworks")
    .selectAll()
    .where("framework_id", "=", id)
    .where("framework_version", "=", wanted)
    .executeTakeFirst();
  if (!row) throw new NotFound(ENTITY, version === undefined ? id : `${id}@${version}`);
  const record = deepFreeze(toFramework(row));
  // Only what is committed is kept: a row read inside an open transaction may yet roll back.
  if (tx === ctx.db) ctx.frameworks.set(record);
  return record;
}

const GetInput = z.object({
  frameworkId: RecordId,
  frameworkVersion: z.string().min(1).optional(),
});

/** The frameworks namespace of the store. */
export function frameworksRepo(ctx: StoreContext): Store["frameworks"] {
  return {
    async list(call) {
      assertCan(call.actor, "framework.read");
      const rows = await ctx.db
        .selectFrom("frameworks")
        .selectAll()
        .orderBy("framework_id")
        .orderBy("created_at", "desc")
        .orderBy("framework_version", "desc")
        .execute();
      const seen = new Set<string>();
      const latest: FrameworkRecord[] = [];
      for (const row of rows) {
        if (seen.has(row.framework_id)) continue;
        seen.add(row.framework_id);
        latest.push(toFramework(row));
      }
      return latest;
    },
    async get(call, raw) {
      assertCan(call.actor, "framework.read");
      const input = parseInput(GetInput, raw);
      return loadFramework(ctx, ctx.db, input.frameworkId, input.frameworkVersion);
    },
    async versions(call, frameworkId) {
      assertCan(call.actor, "framework.read");
      const rows = await ctx.db
        .selectFrom("frameworks")
        .selectAll()
        .where("framework_id", "=", frameworkId)
        .orderBy("created_at")
        .orderBy("framework_version")
        .execute();
      return rows.map(toFramework);
    },
    async save(call, raw) {
      assertCan(call.actor, "framework.write");
      const input = parseInput(z.object({ framework: z.unknown() }), raw);
      const parsed = safeParseFramework(input.framework);
      if (!parsed.ok) {
        throw new ValidationFailed(
          parsed.issues.map((i) => ({
            path: i.path ? `framework.${i.path}` : "framework",
            message: i.message,
          })),
          "指标体系无效",
          "invalid framework",
        );
      }
      const framework = parsed.framework;
      if (builtinFrameworks().some((b) => b.id === framework.id)) {
        throw new ValidationFailed([
          {
            path: "framework.id",
            message: `“${framework.id}”是内置指标体系的标识，复制后请换一个标识 / '${framework.id}' is a built-in framework id; give your copy its own id`,
          },
        ]);
      }
      const content = JSON.stringify(framework);
      return inTransaction(ctx, async (tx) => {
        const existing = await tx
          .selectFrom("frameworks")
          .selectAll()
          .where("framework_id", "=", framework.id)
          .where("framework_version", "=", framework.version)
          .executeTakeFirst();
        if (existing) {
          if (existing.content === content) return toFramework(existing);
          throw new Conflict({
            entity: ENTITY,
            id: `${framework.id}@${framework.version}`,
            expectedVersion: null,
            currentVersion: null,
            zh: `指标体系 ${framework.id} 的版本 ${framework.version} 已存在且不可修改，请使用新的版本号`,
            en: `framework ${framework.id} version ${framework.version} exists and is immutable; save under a new version`,
          });
        }
        const row: Tables["frameworks"] = {
          framework_id: framework.id,
          framework_version: framework.version,
          name: framework.name,
          builtin: 0,
          content,
          created_at: ctx.now().toISOString(),
          created_by: call.actor.id,
        };
        await tx.insertInto("frameworks").values(row).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "frameworks.save",
          entity: ENTITY,
          entityId: `${framework.id}@${framework.version}`,
          changes: [
            { path: "name", before: undefined, after: framework.name },
            { path: "version", before: undefined, after: framework.version },
          ],
        });
        return toFramework(row);
      });
    },
  };
}
