import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { conflictOf, issuesOf, retryAfterOf, toTRPCError } from "../errors.ts";

/**
 * The JSON error answer of the plain Hono routes (/files, /s), shaped like tRPC's error data so
 * one client handles both: `{ error: { code, message, issues, conflict, retryAfter } }` with the
 * HTTP status of the code (NOT_FOUND → 404, FORBIDDEN → 403, CONFLICT → 409, BAD_REQUEST → 400,
 * TOO_MANY_REQUESTS → 429, anything unexpected → 500 with a generic message).
 * @example errorResponse(c, new NotFound("reportFile", "x")) // 404 {"error":{"code":"NOT_FOUND",…}}
 */
export function errorResponse(c: Context, error: unknown): Response {
  const mapped = toTRPCError(error);
  if (mapped.code === "INTERNAL_SERVER_ERROR") console.error(mapped.cause ?? mapped);
  const status = getHTTPStatusCodeFromError(mapped) as ContentfulStatusCode;
  return c.json(
    {
      error: {
        code: mapped.code,
        message: mapped.message,
        issues: issuesOf(mapped),
        conflict: conflictOf(mapped),
        retryAfter: retryAfterOf(mapped),
      },
    },
    status,
  );
}

/**
 * A JSON error answer with a code, status and bilingual message (401, 413 …); `retryAfter` is
 * the ISO time after which a 429's caller may try again (as the survey answers carry it).
 */
export function plainError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
  retryAfter: string | null = null,
): Response {
  return c.json({ error: { code, message, issues: null, conflict: null, retryAfter } }, status);
}
