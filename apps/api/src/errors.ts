import { FrameworkValidationError } from "@jixiao/core/frameworks";
import { DatasetValidationError, type InputIssue } from "@jixiao/core/schema";
import { ManualScoresValidationError } from "@jixiao/core/scoring";
import {
  Conflict,
  type FieldChange,
  RateLimited,
  StoreError,
  ValidationFailed,
} from "@jixiao/store";
import { TRPCError } from "@trpc/server";
import { z } from "zod";

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
  | ManualScoresValidationError
  | ValidationFailed;

function isValidationError(error: unknown): error is ValidationError {
  return (
    error instanceof DatasetValidationError ||
    error instanceof FrameworkValidationError ||
    error instanceof ManualScoresValidationError ||
    error instanceof ValidationFailed
  );
}

/** What a CONFLICT answer carries in `data.conflict`: the versions and every changed field. */
export interface ConflictData {
  entity: string;
  id: string;
  expectedVersion: number | null;
  currentVersion: number | null;
  changes: FieldChange[];
}

/** The tRPC code of each store error (errors.ts is the one place that decides codes). */
const STORE_CODES: Record<StoreError["code"], TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  VALIDATION_FAILED: "BAD_REQUEST",
  INVALID_TRANSITION: "PRECONDITION_FAILED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
};

/**
 * Map a domain error to the tRPC error the client sees — the one place that decides codes:
 * - an input that fails its zod schema → BAD_REQUEST, every field path and message in
 *   `data.issues`;
 * - {@link DatasetValidationError}, {@link FrameworkValidationError} (指标体系),
 *   {@link ManualScoresValidationError} (人工评分) and the store's {@link ValidationFailed} →
 *   BAD_REQUEST, their bilingual message and their issues (path + message) in `data.issues`
 *   (see {@link issuesOf});
 * - the store's NotFound and the app's {@link NotFoundError} → NOT_FOUND;
 * - Forbidden → FORBIDDEN; {@link Conflict} → CONFLICT with the versions and changed
 *   fields in `data.conflict` (see {@link conflictOf}); InvalidTransition (a workflow
 *   step not allowed from the current status) → PRECONDITION_FAILED; {@link RateLimited} →
 *   TOO_MANY_REQUESTS;
 * - a TRPCError raised by tRPC itself (e.g. a bad `id`, UNAUTHORIZED) keeps its code, unless its
 *   cause is one of the above;
 * - anything else → INTERNAL_SERVER_ERROR with a generic message: the cause stays on the server
 *   (`error.cause`), never in the response.
 * @example toTRPCError(new NotFound("dataset", "x")).code === "NOT_FOUND"
 */
export function toTRPCError(error: unknown): TRPCError {
  const cause = error instanceof TRPCError ? (error.cause ?? error) : error;
  if (cause instanceof z.ZodError) {
    const issues = zodIssues(cause);
    return new TRPCError({
      code: "BAD_REQUEST",
      message: `输入无效 / invalid input: ${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ")}`,
      cause,
    });
  }
  if (isValidationError(cause)) {
    return new TRPCError({ code: "BAD_REQUEST", message: cause.message, cause });
  }
  if (cause instanceof StoreError) {
    return new TRPCError({ code: STORE_CODES[cause.code], message: cause.message, cause });
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
 * a dataset, framework, manual scores or other input with their JSON paths
 * ("projects[0].budget", "framework.nodes[1].children[0]"), or null.
 */
export function issuesOf(error: unknown): InputIssue[] | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (cause instanceof z.ZodError) return zodIssues(cause);
  return isValidationError(cause) ? cause.issues : null;
}

/**
 * A procedure input's zod issues as paths and messages, the paths written like core's
 * ("threePublicExpenses[0].actual", "" for the input itself).
 * @example zodIssues(error) // [{ path: "expectedVersion", message: "版本号应为整数 / version must be an integer" }]
 */
export function zodIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path
      .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
      .join(""),
    message: issue.message,
  }));
}

/**
 * The conflict behind an error, for the client's `data.conflict`: the version the writer had,
 * the current one, and each field changed since (path, before, after); null for other errors.
 * @example conflictOf(error)?.changes[0] // { path: "content.threePublicExpenses[0].actual", before: "84284.72", after: "90000" }
 */
export function conflictOf(error: unknown): ConflictData | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  if (!(cause instanceof Conflict)) return null;
  return {
    entity: cause.entity,
    id: cause.id,
    expectedVersion: cause.expectedVersion,
    currentVersion: cause.currentVersion,
    changes: cause.changes,
  };
}

/** The ISO time after which a rate-limited call may be retried, or null. */
export function retryAfterOf(error: unknown): string | null {
  const cause = error instanceof TRPCError ? error.cause : error;
  return cause instanceof RateLimited ? cause.retryAfter : null;
}
