import { z } from "zod";
import { Id, RoleSchema, Text } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

/**
 * API tokens for third parties (a bureau admin): stored as SHA-256 hashes, shown once, revocable.
 * A caller sends `Authorization: Bearer <token>`.
 */
export const tokensRouter = router({
  /**
   * Create a token (default role apiClient: read-only plus posted-dataset evaluation). `token` in
   * the answer is the only time the plain token is shown.
   */
  create: authedProcedure
    .input(
      z.object({
        name: Text("name"),
        role: RoleSchema.optional(),
        departmentId: Id.nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { token, plain } = await ctx.store.apiTokens.create(ctx.call, input);
      return { ...token, token: plain };
    }),

  /** Every token (never the plain text), with when it was last used and whether revoked. */
  list: authedProcedure.query(({ ctx }) => ctx.store.apiTokens.list(ctx.call)),

  /** Revoke a token: it stops working at once. */
  revoke: authedProcedure
    .input(z.object({ id: Id }))
    .mutation(({ ctx, input }) => ctx.store.apiTokens.revoke(ctx.call, input.id)),
});
