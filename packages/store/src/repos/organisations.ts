import { creditCodeProblem } from "@jixiao/core/schema";
import { z } from "zod";
import { assertCan } from "../access.ts";
import {
  assertUpdated,
  auditDiff,
  checkVersion,
  inTransaction,
  newId,
  type StoreContext,
  saveSnapshot,
  type Tx,
} from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { NotFound, ValidationFailed } from "../errors.ts";
import type { Call } from "../roles.ts";
import type { Organisation, OrganisationKind, Store } from "../types.ts";
import { ExpectedVersion, NonEmptyText, parseInput, RecordId } from "../validate.ts";

const ENTITY = "organisation";

/** The parent kind each kind needs: a bureau is a root, a department hangs under a bureau, a budget unit under a department. */
const PARENT_KIND: Record<OrganisationKind, OrganisationKind | null> = {
  bureau: null,
  department: "bureau",
  budgetUnit: "department",
};

const KIND_ORDER: Record<OrganisationKind, number> = { bureau: 0, department: 1, budgetUnit: 2 };

const CreditCode = z
  .string()
  .trim()
  .superRefine((code, ctx) => {
    const problem = creditCodeProblem(code);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .nullable()
  .optional();

const CreateInput = z.object({
  id: RecordId.optional(),
  kind: z.enum(["bureau", "department", "budgetUnit"]),
  parentId: RecordId.nullable(),
  name: NonEmptyText,
  unifiedSocialCreditCode: CreditCode,
});

const UpdateInput = z.object({
  id: RecordId,
  expectedVersion: ExpectedVersion,
  name: NonEmptyText.optional(),
  unifiedSocialCreditCode: CreditCode,
});

/** Row → record. */
export function toOrganisation(row: Tables["organisations"]): Organisation {
  return {
    id: row.id,
    kind: row.kind as OrganisationKind,
    parentId: row.parent_id,
    name: row.name,
    unifiedSocialCreditCode: row.credit_code,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The snapshot kept per version and diffed for audit and Conflict. */
function snapshot(o: Organisation) {
  return {
    kind: o.kind,
    parentId: o.parentId,
    name: o.name,
    unifiedSocialCreditCode: o.unifiedSocialCreditCode,
  };
}

/** Load an organisation or throw NotFound. */
export async function loadOrganisation(tx: Tx, id: string): Promise<Organisation> {
  const row = await tx
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) throw new NotFound(ENTITY, id);
  return toOrganisation(row);
}

/**
 * Create an organisation inside an open transaction (used by `create` and by seedInitial).
 * @throws ValidationFailed when the parent is missing or of the wrong kind.
 */
export async function insertOrganisation(
  ctx: StoreContext,
  tx: Tx,
  call: Call,
  input: z.infer<typeof CreateInput>,
): Promise<Organisation> {
  const needed = PARENT_KIND[input.kind];
  if (needed === null && input.parentId !== null) {
    throw new ValidationFailed([
      { path: "parentId", message: "财政局不能有上级 / a bureau has no parent" },
    ]);
  }
  if (needed !== null) {
    const parent = input.parentId
      ? await tx
          .selectFrom("organisations")
          .select(["kind"])
          .where("id", "=", input.parentId)
          .executeTakeFirst()
      : undefined;
    if (!parent || parent.kind !== needed) {
      throw new ValidationFailed([
        {
          path: "parentId",
          message: `上级应为已存在的${needed === "bureau" ? "财政局" : "部门"}：${String(input.parentId)} / the parent must be an existing ${needed}`,
        },
      ]);
    }
  }
  const at = ctx.now().toISOString();
  const row: Tables["organisations"] = {
    id: input.id ?? newId(),
    kind: input.kind,
    parent_id: input.parentId,
    name: input.name,
    credit_code: input.unifiedSocialCreditCode ?? null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  await tx.insertInto("organisations").values(row).execute();
  const org = toOrganisation(row);
  await saveSnapshot(ctx, tx, ENTITY, org.id, 1, snapshot(org));
  await auditDiff(ctx, tx, call, "organisations.create", ENTITY, org.id, {}, snapshot(org));
  return org;
}

/** The organisations namespace of the store. */
export function organisationsRepo(ctx: StoreContext): Store["organisations"] {
  return {
    async list(call) {
      assertCan(call.actor, "org.read");
      const rows = await ctx.db.selectFrom("organisations").selectAll().execute();
      // Tree levels in order (财政局, 部门, 预算单位), each by name (zh-CN collation, the same on both dialects).
      return rows
        .map(toOrganisation)
        .sort(
          (a, b) =>
            KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
            a.name.localeCompare(b.name, "zh-CN") ||
            a.id.localeCompare(b.id),
        );
    },
    async get(call, id) {
      assertCan(call.actor, "org.read");
      return loadOrganisation(ctx.db, id);
    },
    async create(call, raw) {
      assertCan(call.actor, "org.write");
      const input = parseInput(CreateInput, raw);
      return inTransaction(ctx, (tx) => insertOrganisation(ctx, tx, call, input));
    },
    async update(call, raw) {
      assertCan(call.actor, "org.write");
      const input = parseInput(UpdateInput, raw);
      return inTransaction(ctx, async (tx) => {
        const current = await loadOrganisation(tx, input.id);
        await checkVersion(tx, ENTITY, current.id, input.expectedVersion, {
          version: current.version,
          snapshot: snapshot(current),
        });
        const next: Organisation = {
          ...current,
          name: input.name ?? current.name,
          unifiedSocialCreditCode:
            input.unifiedSocialCreditCode === undefined
              ? current.unifiedSocialCreditCode
              : input.unifiedSocialCreditCode,
          version: current.version + 1,
          updatedAt: ctx.now().toISOString(),
        };
        const result = await tx
          .updateTable("organisations")
          .set({
            name: next.name,
            credit_code: next.unifiedSocialCreditCode,
            version: next.version,
            updated_at: next.updatedAt,
          })
          .where("id", "=", current.id)
          .where("version", "=", current.version)
          .executeTakeFirst();
        await assertUpdated(tx, result, ENTITY, current.id, input.expectedVersion, async () => {
          const latest = await loadOrganisation(tx, current.id);
          return { version: latest.version, snapshot: snapshot(latest) };
        });
        if (next.kind === "department" && next.name !== current.name) {
          // listings show the department's current name (datasets.department_name is denormalised)
          await tx
            .updateTable("datasets")
            .set({ department_name: next.name })
            .where("department_id", "=", next.id)
            .execute();
        }
        await saveSnapshot(ctx, tx, ENTITY, next.id, next.version, snapshot(next));
        await auditDiff(
          ctx,
          tx,
          call,
          "organisations.update",
          ENTITY,
          next.id,
          snapshot(current),
          snapshot(next),
        );
        return next;
      });
    },
  };
}
