import { Forbidden } from "./errors.ts";
import type { Actor, Role } from "./roles.ts";

/**
 * What an actor may do. Every store method checks one permission through {@link assertCan}
 * before touching the database. Department-scoped permissions need the record's department.
 *
 * | permission          | bureauAdmin | departmentEditor | reviewer | apiClient |
 * |---------------------|-------------|------------------|----------|-----------|
 * | org.read            | ✓           | ✓                | ✓        | ✓         |
 * | org.write           | ✓           |                  |          |           |
 * | users.manage        | ✓           |                  |          |           |
 * | tokens.manage       | ✓           |                  |          |           |
 * | audit.read          | ✓           |                  | ✓        |           |
 * | dataset.read        | ✓           | own department   | ✓        | ✓         |
 * | dataset.write       | ✓           | own department   |          |           |
 * | dataset.review      | ✓           |                  | ✓        |           |
 * | evaluation.run      | ✓           | own department   | ✓        |           |
 * | evaluation.preview  | ✓           | ✓                | ✓        | ✓         |
 * | score.self (自评)   | ✓           | own department   |          |           |
 * | score.review (复核) | ✓           |                  | ✓        |           |
 * | comment.write       | ✓           |                  | ✓        |           |
 * | framework.read      | ✓           | ✓                | ✓        | ✓         |
 * | framework.write     | ✓           |                  |          |           |
 * | report.write        | ✓           | own department   | ✓        |           |
 *
 * "own department": the actor's `departmentId` equals the record's department. Reading evidence,
 * surveys, scores, comments and reports of a dataset needs `dataset.read` on it; attaching
 * evidence and managing surveys needs `dataset.write`.
 */
export const PERMISSIONS = [
  "org.read",
  "org.write",
  "users.manage",
  "tokens.manage",
  "audit.read",
  "dataset.read",
  "dataset.write",
  "dataset.review",
  "evaluation.run",
  "evaluation.preview",
  "score.self",
  "score.review",
  "comment.write",
  "framework.read",
  "framework.write",
  "report.write",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** all: any record; own: records of the actor's department; none: nothing. */
export type Grant = "all" | "own" | "none";

/** The access table: role × permission → grant. The one source of the rules above. */
export const ACCESS: Readonly<Record<Role, Readonly<Record<Permission, Grant>>>> = {
  bureauAdmin: {
    "org.read": "all",
    "org.write": "all",
    "users.manage": "all",
    "tokens.manage": "all",
    "audit.read": "all",
    "dataset.read": "all",
    "dataset.write": "all",
    "dataset.review": "all",
    "evaluation.run": "all",
    "evaluation.preview": "all",
    "score.self": "all",
    "score.review": "all",
    "comment.write": "all",
    "framework.read": "all",
    "framework.write": "all",
    "report.write": "all",
  },
  departmentEditor: {
    "org.read": "all",
    "org.write": "none",
    "users.manage": "none",
    "tokens.manage": "none",
    "audit.read": "none",
    "dataset.read": "own",
    "dataset.write": "own",
    "dataset.review": "none",
    "evaluation.run": "own",
    "evaluation.preview": "all",
    "score.self": "own",
    "score.review": "none",
    "comment.write": "none",
    "framework.read": "all",
    "framework.write": "none",
    "report.write": "own",
  },
  reviewer: {
    "org.read": "all",
    "org.write": "none",
    "users.manage": "none",
    "tokens.manage": "none",
    "audit.read": "all",
    "dataset.read": "all",
    "dataset.write": "none",
    "dataset.review": "all",
    "evaluation.run": "all",
    "evaluation.preview": "all",
    "score.self": "none",
    "score.review": "all",
    "comment.write": "all",
    "framework.read": "all",
    "framework.write": "none",
    "report.write": "all",
  },
  apiClient: {
    "org.read": "all",
    "org.write": "none",
    "users.manage": "none",
    "tokens.manage": "none",
    "audit.read": "none",
    "dataset.read": "all",
    "dataset.write": "none",
    "dataset.review": "none",
    "evaluation.run": "none",
    "evaluation.preview": "all",
    "score.self": "none",
    "score.review": "none",
    "comment.write": "none",
    "framework.read": "all",
    "framework.write": "none",
    "report.write": "none",
  },
};

/**
 * Whether `actor` may use `permission`, on a record of `departmentId` when the permission is
 * department-scoped (omit it to ask "on any record at all", e.g. before listing).
 * Pure; no I/O.
 * @example can({ id: "u", role: "departmentEditor", departmentId: "d1" }, "dataset.write", "d1") === true
 * @example can({ id: "u", role: "departmentEditor", departmentId: "d1" }, "dataset.write", "d2") === false
 */
export function can(actor: Actor, permission: Permission, departmentId?: string | null): boolean {
  const grant = ACCESS[actor.role]?.[permission] ?? "none";
  if (grant === "all") return true;
  if (grant === "none") return false;
  if (actor.departmentId == null) return false;
  return departmentId === undefined || departmentId === actor.departmentId;
}

/**
 * Like {@link can} but throws.
 * @throws Forbidden naming the permission and the role (never the record's content).
 */
export function assertCan(
  actor: Actor,
  permission: Permission,
  departmentId?: string | null,
): void {
  if (!can(actor, permission, departmentId)) throw new Forbidden(permission, actor.role);
}

/**
 * The departments whose records `actor` may use under `permission`: "all", or the one
 * department of an editor, or none (an empty list).
 * @example scopeOf(editorOfD1, "dataset.read") // ["d1"]
 */
export function scopeOf(actor: Actor, permission: Permission): "all" | string[] {
  const grant = ACCESS[actor.role]?.[permission] ?? "none";
  if (grant === "all") return "all";
  if (grant === "own" && actor.departmentId != null) return [actor.departmentId];
  return [];
}
