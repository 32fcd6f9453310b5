import { z } from "zod";
import { assertCan } from "../access.ts";
import type { StoreContext } from "../db/context.ts";
import type { FieldChange } from "../errors.ts";
import type { AuditEntry, Store } from "../types.ts";
import { parseInput } from "../validate.ts";

const Filter = z
  .object({
    entity: z.string().min(1).optional(),
    entityId: z.string().min(1).optional(),
    actorId: z.string().min(1).optional(),
    limit: z.number().int().min(1).max(1000).optional(),
    offset: z.number().int().min(0).optional(),
  })
  .optional();

/** The audit log namespace: newest first (by write order, audit_log.seq); admins and reviewers read it. */
export function auditRepo(ctx: StoreContext): Store["audit"] {
  return {
    async list(call, raw) {
      assertCan(call.actor, "audit.read");
      const filter = parseInput(Filter, raw) ?? {};
      let q = ctx.db.selectFrom("audit_log").selectAll();
      if (filter.entity) q = q.where("entity", "=", filter.entity);
      if (filter.entityId) q = q.where("entity_id", "=", filter.entityId);
      if (filter.actorId) q = q.where("actor_id", "=", filter.actorId);
      const rows = await q
        .orderBy("seq", "desc")
        .limit(filter.limit ?? 100)
        .offset(filter.offset ?? 0)
        .execute();
      return rows.map(
        (r): AuditEntry => ({
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          actorRole: r.actor_role as AuditEntry["actorRole"],
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          changes: JSON.parse(r.changes) as FieldChange[],
        }),
      );
    },
  };
}
