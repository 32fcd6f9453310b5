import { FrameworkValidationError } from "@jixiao/core/frameworks";
import { DatasetValidationError, type InputIssue } from "@jixiao/core/schema";
import { ManualScoresValidationError } from "@jixiao/core/scoring";
import { TRPCError } from "@trpc/server";

/** A requested thing (an example, a framework) does not exist. Maps to tRPC NOT_FOUND. */
export class NotFoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NotFoundError";
  }
}

/** The core's input validation errors: each carries its issues (path + bilingual message). */
type ValidationError =
  | DatasetValidationError
  | FrameworkValidationError
  | ManualScoresValidationError;

function isValidationError(error: unknown): error is ValidationError {
  return (
    error instanceof DatasetValidationError ||
    error instanceof FrameworkValidationError ||
    error instanceof ManualScoresValidationError
  );
}

/**
 * Map a domain error to the tRPC error the client sees — the one place that decides codes:
 * - {@link DatasetValidationError}, {@link FrameworkValidationError} (指标体系),
 *   {@link ManualScoresValidationError} (人工评分) → BAD_REQUEST, their bilingual message and
 *   their issues (path + message) in `data.issues` (see {@link issuesOf});
 * - {@link NotFoundError} → NOT_FOUND;
 * - a TRPCError raised by tRPC itself (e.g. a bad `id`) keeps its code, unless its cause is one
 *   of the above;
 * - anything else → INTERNAL_SERVER_ERROR with a generic message: the cause stays on the server
 *   (`error.cause`), never in the response.
 * @example toTRPCError(new NotFoundError("无此示例 / no such example: x")).code === "NOT_FOUND"
 */
export function toTRPCError(error: unknown): TRPCError {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  if (isValidationError(cause)) {
    return new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  if (cause instanceof NotFoundError)
    return new TRPCError({ code: "NOT_FOUND", message: cause.message, cause });
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return error;
  return new TRPCError({
    code: "INTERNAL_SERVER_ERROR",
    message: "服务器内部错误 / internal server error",
    cause: error,
  });
}

/**
 * The input issues behind an error, for the client's `data.issues`: the validation problems of
 * a dataset, framework or manual scores with their JSON paths ("projects[0].budget",
 * "framework.nodes[1].children[0]"), or null.
 */
export function issuesOf(error: unknown): InputIssue[] | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  return isValidationError(cause) ? cause.issues : null;
}
