import { assertCan, Conflict } from "@jixiao/store";
import { z } from "zod";
import { createLogin, deleteLogin, findLogin, listLogins, loginById } from "../../auth/auth.ts";
import { Id, RoleSchema, Text, Version } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

const Email = z
  .email({ error: "邮箱格式不正确 / not a valid email address" })
  .max(254, { error: "邮箱过长 / email is too long" })
  .transform((e) => e.toLowerCase());

const Password = z
  .string({ error: "密码应为字符串 / password must be a string" })
  .min(10, { error: "密码至少 10 个字符 / password must have at least 10 characters" })
  .max(128, { error: "密码至多 128 个字符 / password must have at most 128 characters" });

/**
 * Users: logins (better-auth: email and password) and their roles (the store, keyed by the
 * login's id). Managing users needs a bureau admin (the store's users.manage).
 */
export const usersRouter = router({
  /**
   * Who is calling: id, role, department, and for a signed-in user the email and name (null for
   * an API token, whose id is "token:<id>").
   */
  me: authedProcedure.query(async ({ ctx }) => {
    const login = ctx.actor.id.startsWith("token:")
      ? null
      : await loginById(ctx.services.auth, ctx.actor.id);
    return {
      id: ctx.actor.id,
      role: ctx.actor.role,
      departmentId: ctx.actor.departmentId,
      email: login?.email ?? null,
      name: login?.name ?? null,
    };
  }),

  /** Every login with its role (null when it has none). */
  list: authedProcedure.query(async ({ ctx }) => {
    const roles = await ctx.store.roles.list(ctx.call);
    const byUser = new Map(roles.map((r) => [r.userId, r]));
    return (await listLogins(ctx.services.auth)).map((login) => ({
      ...login,
      role: byUser.get(login.id) ?? null,
    }));
  }),

  /**
   * Create a login with a role. The password is set by the admin and given to the person; there
   * is no self sign-up. If the role cannot be saved, the login is removed again (no half user).
   * @throws CONFLICT when the email is taken; BAD_REQUEST (e.g. an editor without a department).
   */
  create: authedProcedure
    .input(
      z.object({
        email: Email,
        name: Text("name", 100),
        password: Password,
        role: RoleSchema,
        departmentId: Id.nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      assertCan(ctx.actor, "users.manage");
      if (await findLogin(ctx.services.auth, input.email)) {
        throw new Conflict({
          entity: "user",
          id: input.email,
          expectedVersion: null,
          currentVersion: null,
          zh: `邮箱已被使用：${input.email}`,
          en: `email already in use: ${input.email}`,
        });
      }
      const userId = await createLogin(ctx.services.auth, input);
      try {
        const role = await ctx.store.roles.set(ctx.call, {
          userId,
          role: input.role,
          departmentId: input.departmentId ?? null,
        });
        return { id: userId, email: input.email, name: input.name, role };
      } catch (error) {
        await deleteLogin(ctx.services.auth, userId);
        throw error;
      }
    }),

  /** Give or change a user's role (with `expectedVersion` when the user has one). */
  setRole: authedProcedure
    .input(
      z.object({
        userId: Id,
        role: RoleSchema,
        departmentId: Id.nullable().optional(),
        expectedVersion: Version.optional(),
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.roles.set(ctx.call, input)),
});
