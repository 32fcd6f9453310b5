import type { Actor, Call, Role } from "@jixiao/store";
import { initTRPC, TRPCError } from "@trpc/server";
import type { OpenApiMeta } from "trpc-to-openapi";
import { isDevelopment } from "../env.ts";
import { conflictOf, issuesOf, retryAfterOf, toTRPCError } from "../errors.ts";
import type { Services } from "../services.ts";

/** What every procedure sees about its request. */
// A type (not an interface) so it fits the adapters' Record<string, unknown> contexts.
export type Context = {
  /** The HTTP request, or null for in-process calls (tests, server-side callers). */
  req: Request | null;
  /** The store, auth and settings of this server; null only for the stateless procedures' tests. */
  services: Services | null;
  /** Who is calling: from the session cookie or the bearer token; null when anonymous. */
  actor: Actor | null;
};

/** The bearer token of a request (`Authorization: Bearer <token>`), or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * Who is calling: an API token (`Authorization: Bearer <token>`, checked by the store: hashed,
 * not revoked, not expired) wins over a session cookie (better-auth); the user's role comes from
 * the store. Null when neither identifies anyone, or the user has no role.
 * A bearer header with a wrong token is null too (never falls back to the cookie).
 */
export async function resolveActor(services: Services, req: Request): Promise<Actor | null> {
  const token = bearerToken(req);
  if (token !== null) return services.store.apiTokens.verify(token);
  if (req.headers.get("authorization")) return null;
  const session = await services.auth.api.getSession({ headers: req.headers });
  if (!session) return null;
  return services.store.roles.actorFor(session.user.id);
}

/**
 * Build the context of one request: the actor from the session cookie or bearer token.
 * @example await createContext({ req: null, services, actor: admin }) // in-process caller
 */
export async function createContext(options: {
  req?: Request | null;
  services?: Services | null;
  actor?: Actor | null;
}): Promise<Context> {
  const req = options.req ?? null;
  const services = options.services ?? null;
  let actor = options.actor ?? null;
  if (actor === null && req !== null && services !== null)
    actor = await resolveActor(services, req);
  return { req, services, actor };
}

const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    // The stack (absolute paths of the server's files) only in development: tRPC adds it
    // whenever NODE_ENV is not "production", 401s included.
    errorFormatter({ shape, error }) {
      const { stack, ...data } = shape.data;
      return {
        ...shape,
        data: {
          ...data,
          ...(stack !== undefined && isDevelopment() ? { stack } : {}),
          issues: issuesOf(error),
          conflict: conflictOf(error),
          retryAfter: retryAfterOf(error),
        },
      };
    },
  });

/** Map domain errors thrown anywhere below (input parsing included) through errors.ts. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error);
  return result;
});

export const router = t.router;
/** A procedure anyone may call; domain errors are mapped to tRPC codes in errors.ts. */
export const publicProcedure = t.procedure.use(mapDomainErrors);

const UNAUTHORIZED_MESSAGE =
  "未登录或令牌无效：请先登录，或带上 Authorization: Bearer <令牌> / not signed in: log in, or send Authorization: Bearer <token>";

/**
 * A procedure that needs a signed-in user or a valid API token. It adds to the context:
 * - `actor` (non-null) and `services`;
 * - `store`, the store;
 * - `call`, what every store method takes: the actor and the procedure's name
 *   ("datasets.update"), which the audit log records.
 * Access to each record is then checked by the store (its src/access.ts).
 * @throws UNAUTHORIZED without a session or token.
 */
export const authedProcedure = publicProcedure.use(({ ctx, path, next }) => {
  if (ctx.actor === null) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: UNAUTHORIZED_MESSAGE });
  }
  if (ctx.services === null) {
    throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "no services in the context" });
  }
  const call: Call = { actor: ctx.actor, action: path };
  return next({
    ctx: { ...ctx, actor: ctx.actor, services: ctx.services, store: ctx.services.store, call },
  });
});

/**
 * A procedure only the given roles may call (e.g. `roleProcedure("bureauAdmin")`); other roles
 * get FORBIDDEN before the store is asked. The store checks again on each record.
 * @throws UNAUTHORIZED without a session or token; FORBIDDEN for another role.
 */
export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.actor.role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `角色 ${ctx.actor.role} 无权调用此接口（需要 ${roles.join("、")}） / role ${ctx.actor.role} may not call this (needs ${roles.join(", ")})`,
      });
    }
    return next();
  });
}

/** Build in-process callers of a router (tests, server-side use). */
export const createCallerFactory = t.createCallerFactory;
