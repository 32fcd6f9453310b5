import { z } from "zod";
import { Id, Text, Version } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

const CreditCode = z
  .string()
  .trim()
  .length(18, {
    error: "统一社会信用代码应为 18 位 / unifiedSocialCreditCode must have 18 characters",
  })
  .nullable()
  .optional();

/** The organisation tree: 财政局 → 部门 → 预算单位. */
export const organisationsRouter = router({
  /** Every organisation (bureau, departments, budget units). */
  list: authedProcedure.query(({ ctx }) => ctx.store.organisations.list(ctx.call)),

  /** One organisation. @throws NOT_FOUND. */
  get: authedProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => ctx.store.organisations.get(ctx.call, input.id)),

  /**
   * Add a department (under the bureau) or a budget unit (under a department); a bureau admin.
   * The 统一社会信用代码 is checked (GB 32100-2015 check character) by the store.
   */
  create: authedProcedure
    .input(
      z.object({
        kind: z.enum(["bureau", "department", "budgetUnit"], {
          error:
            "kind 应为 bureau、department 或 budgetUnit / kind must be bureau, department or budgetUnit",
        }),
        parentId: Id.nullable(),
        name: Text("name"),
        unifiedSocialCreditCode: CreditCode,
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.organisations.create(ctx.call, input)),

  /** Rename an organisation or set its code. @throws CONFLICT on a stale version. */
  update: authedProcedure
    .input(
      z.object({
        id: Id,
        expectedVersion: Version,
        name: Text("name").optional(),
        unifiedSocialCreditCode: CreditCode,
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.organisations.update(ctx.call, input)),
});

/** The departments (部门) of the bureau. */
export const departmentsRouter = router({
  /** Every department (kind "department"), by name as the store orders them. */
  list: authedProcedure.query(async ({ ctx }) =>
    (await ctx.store.organisations.list(ctx.call)).filter((o) => o.kind === "department"),
  ),
});
