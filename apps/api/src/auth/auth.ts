import { betterAuth } from "better-auth";
import { getMigrations } from "better-auth/db/migration";
import type { Kysely } from "kysely";

/** The database kinds the server runs on (the store's two dialects). */
export type DatabaseKind = "sqlite" | "postgres";

/** What {@link createAuth} needs: the store's Kysely instance, its kind and the secret. */
export interface AuthOptions {
  db: Kysely<unknown>;
  kind: DatabaseKind;
  secret: string;
  /** The public URL (BETTER_AUTH_URL); inferred from each request when absent. */
  baseURL?: string;
  /** Other origins allowed to sign in (JIXIAO_TRUSTED_ORIGINS). */
  trustedOrigins?: string[];
  /**
   * Enforce better-auth's Origin check on sign-in and sign-out even under NODE_ENV=test, where
   * better-auth skips it by default; the test harness sets it so tests see production's check.
   */
  originCheck?: boolean;
}

/** The request header that carries the client's address to better-auth (set by the server). */
export const CLIENT_IP_HEADER = "x-jixiao-client-ip";

/** The path under which better-auth answers: /api/auth/sign-in/email, /api/auth/sign-out … */
export const AUTH_BASE_PATH = "/api/auth";

function authConfig(options: AuthOptions) {
  return {
    appName: "jixiao 绩效",
    secret: options.secret,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    basePath: AUTH_BASE_PATH,
    trustedOrigins: options.trustedOrigins ?? [],
    database: { db: options.db as unknown as Kysely<never>, type: options.kind },
    // Accounts are made by a bureau admin (users.create), never by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    // better-auth's tables get an auth_ prefix, apart from the store's.
    user: { modelName: "auth_user" },
    session: { modelName: "auth_session" },
    account: { modelName: "auth_account" },
    verification: { modelName: "auth_verification" },
    // Logins are limited by the server's own failed-login limiter (login-limiter.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { level: "error" as const },
    advanced: {
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      ...(options.originCheck ? { disableOriginCheck: false } : {}),
    },
  };
}

/**
 * better-auth on the store's Kysely instance (SQLite or PostgreSQL): email + password login with
 * session cookies (httpOnly, SameSite=Lax; Secure is added behind TLS by the server), sign-up
 * closed. Its tables are auth_user, auth_session, auth_account and auth_verification; create them
 * with {@link migrateAuth}.
 * @example const auth = createAuth({ db: store.db, kind: "sqlite", secret });
 *   await auth.handler(new Request("http://x/api/auth/sign-in/email", { method: "POST", … }))
 */
export function createAuth(options: AuthOptions) {
  return betterAuth(authConfig(options));
}
export type JixiaoAuth = ReturnType<typeof createAuth>;

/**
 * Run better-auth's own migrations (create or extend its tables) on the database, as
 * `npx @better-auth/cli migrate` would. Idempotent: a second run changes nothing.
 * @throws when a change would be unsafe (a required column on a populated table).
 */
export async function migrateAuth(options: AuthOptions): Promise<void> {
  const { runMigrations } = await getMigrations(authConfig(options));
  await runMigrations();
}

/**
 * Create a login (better-auth user with an email + password credential) and return its id,
 * the id the store's roles are keyed by. Used by `users.create` and the first start.
 * @throws Error when the email is taken (the caller maps it to CONFLICT).
 * @example const id = await createLogin(auth, { email: "admin@jixiao.local", name: "管理员", password })
 */
export async function createLogin(
  auth: JixiaoAuth,
  input: { email: string; name: string; password: string },
): Promise<string> {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    { email: input.email.toLowerCase(), name: input.name, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: hash,
  });
  return user.id;
}

/** The login with this email, or null. */
export async function findLogin(
  auth: JixiaoAuth,
  email: string,
): Promise<{ id: string; email: string; name: string } | null> {
  const ctx = await auth.$context;
  const found = await ctx.internalAdapter.findUserByEmail(email.toLowerCase(), {
    includeAccounts: false,
  });
  return found ? { id: found.user.id, email: found.user.email, name: found.user.name } : null;
}

/** Remove a login and its sessions (undoes {@link createLogin} when the store's part fails). */
export async function deleteLogin(auth: JixiaoAuth, userId: string): Promise<void> {
  const ctx = await auth.$context;
  await ctx.internalAdapter.deleteUserSessions(userId);
  await ctx.internalAdapter.deleteAccounts(userId);
  await ctx.internalAdapter.deleteUser(userId);
}

/** Every login (id, email, name), oldest first, at most `limit`. */
export async function listLogins(
  auth: JixiaoAuth,
  limit = 1000,
): Promise<{ id: string; email: string; name: string }[]> {
  const ctx = await auth.$context;
  const users = await ctx.internalAdapter.listUsers(limit, 0, {
    field: "createdAt",
    direction: "asc",
  });
  return users.map((u) => ({ id: u.id, email: u.email, name: u.name }));
}

/** A login by id (id, email, name), or null. */
export async function loginById(
  auth: JixiaoAuth,
  id: string,
): Promise<{ id: string; email: string; name: string } | null> {
  const ctx = await auth.$context;
  const user = await ctx.internalAdapter.findUserById(id);
  return user ? { id: user.id, email: user.email, name: user.name } : null;
}
