import { z } from "zod";
import { assertCan } from "../access.ts";
import {
  assertUpdated,
  auditDiff,
  checkVersion,
  inTransaction,
  type StoreContext,
  saveSnapshot,
  type Tx,
} from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { Conflict, Forbidden, NotFound, ValidationFailed } from "../errors.ts";
import { type Actor, ROLES, type Role } from "../roles.ts";
import type { RoleAssignment, Store } from "../types.ts";
import { ExpectedVersion, parseInput, RecordId } from "../validate.ts";

const ENTITY = "role";

const SetInput = z.object({
  userId: RecordId,
  role: z.enum(ROLES),
  departmentId: RecordId.nullable().optional(),
  expectedVersion: ExpectedVersion.optional(),
});
const RemoveInput = z.object({ userId: RecordId, expectedVersion: ExpectedVersion });

function toRole(row: Tables["user_roles"]): RoleAssignment {
  return {
    id: row.user_id,
    userId: row.user_id,
    role: row.role as Role,
    departmentId: row.department_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const snapshot = (r: RoleAssignment) => ({ role: r.role, departmentId: r.departmentId });

/**
 * A department editor needs an existing department; other roles carry no department.
 * @throws ValidationFailed naming departmentId.
 */
export async function checkRoleDepartment(
  tx: Tx,
  role: Role,
  departmentId: string | null,
): Promise<void> {
  if (role !== "departmentEditor") {
    if (departmentId !== null) {
      throw new ValidationFailed([
        {
          path: "departmentId",
          message: "只有部门填报人员属于某个部门 / only a department editor has a department",
        },
      ]);
    }
    return;
  }
  const dept = departmentId
    ? await tx
        .selectFrom("organisations")
        .select("kind")
        .where("id", "=", departmentId)
        .executeTakeFirst()
    : undefined;
  if (dept?.kind !== "department") {
    throw new ValidationFailed([
      {
        path: "departmentId",
        message: `部门填报人员须指定已存在的部门：${String(departmentId)} / a department editor needs an existing department`,
      },
    ]);
  }
}

/** Give or change a user's role inside an open transaction (used by `set` and seedInitial). */
export async function setRole(
  ctx: StoreContext,
  tx: Tx,
  call: { actor: Actor; action?: string },
  input: z.infer<typeof SetInput>,
): Promise<RoleAssignment> {
  const departmentId = input.departmentId ?? null;
  await checkRoleDepartment(tx, input.role, departmentId);
  const at = ctx.now().toISOString();
  const row = await tx
    .selectFrom("user_roles")
    .selectAll()
    .where("user_id", "=", input.userId)
    .executeTakeFirst();
  if (!row) {
    if (input.expectedVersion !== undefined) throw new NotFound(ENTITY, input.userId);
    const created: Tables["user_roles"] = {
      user_id: input.userId,
      role: input.role,
      department_id: departmentId,
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await tx.insertInto("user_roles").values(created).execute();
    const record = toRole(created);
    await saveSnapshot(ctx, tx, ENTITY, record.id, 1, snapshot(record));
    await auditDiff(ctx, tx, call, "roles.set", ENTITY, record.id, {}, snapshot(record));
    return record;
  }
  const current = toRole(row);
  if (input.expectedVersion === undefined) {
    throw new Conflict({
      entity: ENTITY,
      id: input.userId,
      expectedVersion: null,
      currentVersion: current.version,
      zh: `该用户已有角色（版本 ${current.version}），修改时须给出 expectedVersion`,
      en: `the user already has a role (version ${current.version}); pass expectedVersion to change it`,
    });
  }
  await checkVersion(tx, ENTITY, current.id, input.expectedVersion, {
    version: current.version,
    snapshot: snapshot(current),
  });
  const next: RoleAssignment = {
    ...current,
    role: input.role,
    departmentId,
    version: current.version + 1,
    updatedAt: at,
  };
  const result = await tx
    .updateTable("user_roles")
    .set({
      role: next.role,
      department_id: next.departmentId,
      version: next.version,
      updated_at: at,
    })
    .where("user_id", "=", current.userId)
    .where("version", "=", current.version)
    .executeTakeFirst();
  await assertUpdated(tx, result, ENTITY, current.id, input.expectedVersion, async () => {
    const latest = await tx
      .selectFrom("user_roles")
      .selectAll()
      .where("user_id", "=", current.userId)
      .executeTakeFirstOrThrow();
    return { version: latest.version, snapshot: snapshot(toRole(latest)) };
  });
  await saveSnapshot(ctx, tx, ENTITY, next.id, next.version, snapshot(next));
  await auditDiff(ctx, tx, call, "roles.set", ENTITY, next.id, snapshot(current), snapshot(next));
  return next;
}

/** The roles namespace of the store. */
export function rolesRepo(ctx: StoreContext): Store["roles"] {
  return {
    async get(call, userId) {
      if (call.actor.id !== userId) assertCan(call.actor, "users.manage");
      const row = await ctx.db
        .selectFrom("user_roles")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row ? toRole(row) : null;
    },
    async actorFor(userId) {
      const row = await ctx.db
        .selectFrom("user_roles")
        .selectAll()
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row
        ? { id: row.user_id, role: row.role as Role, departmentId: row.department_id }
        : null;
    },
    async list(call) {
      assertCan(call.actor, "users.manage");
      const rows = await ctx.db
        .selectFrom("user_roles")
        .selectAll()
        .orderBy("created_at")
        .orderBy("user_id")
        .execute();
      return rows.map(toRole);
    },
    async set(call, raw) {
      assertCan(call.actor, "users.manage");
      const input = parseInput(SetInput, raw);
      return inTransaction(ctx, (tx) => setRole(ctx, tx, call, input));
    },
    async remove(call, raw) {
      assertCan(call.actor, "users.manage");
      const input = parseInput(RemoveInput, raw);
      if (input.userId === call.actor.id)
        throw new Forbidden("roles.remove(self)", call.actor.role);
      await inTransaction(ctx, async (tx) => {
        const row = await tx
          .selectFrom("user_roles")
          .selectAll()
          .where("user_id", "=", input.userId)
          .executeTakeFirst();
        if (!row) throw new NotFound(ENTITY, input.userId);
        const current = toRole(row);
        await checkVersion(tx, ENTITY, current.id, input.expectedVersion, {
          version: current.version,
          snapshot: snapshot(current),
        });
        await tx.deleteFrom("user_roles").where("user_id", "=", input.userId).execute();
        await tx
          .deleteFrom("record_versions")
          .where("entity", "=", ENTITY)
          .where("entity_id", "=", input.userId)
          .execute();
        await auditDiff(ctx, tx, call, "roles.remove", ENTITY, current.id, snapshot(current), {});
      });
    },
  };
}
