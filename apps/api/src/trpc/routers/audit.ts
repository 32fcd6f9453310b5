import { z } from "zod";
import { Id, Page } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

/** The audit log: who, when, which procedure, and the before/after of each changed field. */
export const auditRouter = router({
  /** Audit rows, newest first, filtered by entity, record or actor (admins and reviewers). */
  list: authedProcedure
    .input(
      z
        .object({
          entity: z.string().max(50).optional(),
          entityId: Id.optional(),
          actorId: Id.optional(),
          ...Page,
        })
        .optional(),
    )
    .query(({ ctx, input }) => ctx.store.audit.list(ctx.call, input ?? {})),
});
