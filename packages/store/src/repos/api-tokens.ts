import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { assertCan } from "../access.ts";
import { audit, inTransaction, newId, type StoreContext } from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { NotFound } from "../errors.ts";
import { ROLES, type Role } from "../roles.ts";
import type { ApiToken, Store } from "../types.ts";
import { NonEmptyText, parseInput, RecordId } from "../validate.ts";
import { checkRoleDepartment } from "./roles.ts";

const ENTITY = "apiToken";

const CreateInput = z.object({
  name: NonEmptyText,
  role: z.enum(ROLES).default("apiClient"),
  departmentId: RecordId.nullable().optional(),
});

/**
 * SHA-256 of a plain token, hex. Only this is stored.
 * @example hashToken("ab…") // 64 hex characters
 */
export function hashToken(plain: string): string {
  return createHash("sha256").update(plain, "utf8").digest("hex");
}

function toToken(row: Tables["api_tokens"]): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    departmentId: row.department_id,
    ownerUserId: row.owner_user_id,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

const PLAIN = /^[0-9a-f]{64}$/;

/**
 * How exact a token's `lastUsedAt` is: `verify` writes it when it is null or at least this old
 * (one minute), not on every request.
 */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Whether a stored lastUsedAt is due to be rewritten at `now`. */
function isStale(lastUsedAt: string | null, now: Date): boolean {
  if (lastUsedAt === null) return true;
  const at = Date.parse(lastUsedAt);
  // an unreadable or future time (a clock set back) is rewritten
  return !(now.getTime() - at < LAST_USED_RESOLUTION_MS && at <= now.getTime());
}

/** The API tokens namespace of the store. */
export function apiTokensRepo(ctx: StoreContext): Store["apiTokens"] {
  return {
    async create(call, raw) {
      assertCan(call.actor, "tokens.manage");
      const input = parseInput(CreateInput, raw);
      const plain = randomBytes(32).toString("hex");
      return inTransaction(ctx, async (tx) => {
        const departmentId = input.departmentId ?? null;
        await checkRoleDepartment(tx, input.role, departmentId);
        const row: Tables["api_tokens"] = {
          id: newId(),
          name: input.name,
          token_hash: hashToken(plain),
          role: input.role,
          department_id: departmentId,
          owner_user_id: call.actor.id,
          created_at: ctx.now().toISOString(),
          last_used_at: null,
          revoked_at: null,
        };
        await tx.insertInto("api_tokens").values(row).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "apiTokens.create",
          entity: ENTITY,
          entityId: row.id,
          changes: [
            { path: "name", before: undefined, after: row.name },
            { path: "role", before: undefined, after: row.role },
          ],
        });
        return { token: toToken(row), plain };
      });
    },
    async list(call) {
      assertCan(call.actor, "tokens.manage");
      const rows = await ctx.db
        .selectFrom("api_tokens")
        .selectAll()
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toToken);
    },
    async revoke(call, id) {
      assertCan(call.actor, "tokens.manage");
      return inTransaction(ctx, async (tx) => {
        const row = await tx
          .selectFrom("api_tokens")
          .selectAll()
          .where("id", "=", id)
          .executeTakeFirst();
        if (!row) throw new NotFound(ENTITY, id);
        if (row.revoked_at !== null) return toToken(row);
        const at = ctx.now().toISOString();
        await tx.updateTable("api_tokens").set({ revoked_at: at }).where("id", "=", id).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "apiTokens.revoke",
          entity: ENTITY,
          entityId: id,
          changes: [{ path: "revokedAt", before: null, after: at }],
        });
        return toToken({ ...row, revoked_at: at });
      });
    },
    async verify(plain) {
      if (typeof plain !== "string" || !PLAIN.test(plain)) return null;
      // Read on every request (a revocation, in any process, takes effect at once), but only the
      // columns the answer needs; lastUsedAt is written only when a minute has passed (see
      // LAST_USED_RESOLUTION_MS): a write per request was a synchronous SQLite commit each.
      const row = await ctx.db
        .selectFrom("api_tokens")
        .select(["id", "role", "department_id", "revoked_at", "last_used_at"])
        .where("token_hash", "=", hashToken(plain))
        .executeTakeFirst();
      if (!row || row.revoked_at !== null) return null;
      const now = ctx.now();
      if (isStale(row.last_used_at, now)) {
        await ctx.db
          .updateTable("api_tokens")
          .set({ last_used_at: now.toISOString() })
          .where("id", "=", row.id)
          .execute();
      }
      return { id: `token:${row.id}`, role: row.role as Role, departmentId: row.department_id };
    },
  };
}
