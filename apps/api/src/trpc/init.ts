import { initTRPC } from "@trpc/server";
import { issuesOf, toTRPCError } from "../errors.ts";

/** What every procedure sees about its request. Authentication adds the user here later. */
export interface Context {
  /** The HTTP request, or null for in-process calls (tests, server-side callers). */
  req: Request | null;
}

/**
 * Build the context of one request.
 * @example createContext({ req: null }) // in-process caller
 */
export function createContext(options: { req?: Request | null } = {}): Context {
  return { req: options.req ?? null };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return { ...shape, data: { ...shape.data, issues: issuesOf(error) } };
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
/** Build in-process callers of a router (tests, server-side use). */
export const createCallerFactory = t.createCallerFactory;
