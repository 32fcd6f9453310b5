/**
 * Roles and actors. A role is keyed by the auth user id (better-auth's user.id) or, for a
 * third party, by an API token; either way every store method receives an {@link Actor}.
 */

/** The four roles of the bureau server (DESIGN.md §9). */
export const ROLES = ["bureauAdmin", "departmentEditor", "reviewer", "apiClient"] as const;
export type Role = (typeof ROLES)[number];

/** Chinese names of the roles, for screens and messages. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  bureauAdmin: "财政局管理员",
  departmentEditor: "部门填报人员",
  reviewer: "复核人员",
  apiClient: "API客户端",
};

/**
 * Who is calling. `id` is the auth user id, or `token:<tokenId>` for an API token.
 * `departmentId` is set for a department editor (their one department) and null otherwise.
 * @example { id: "u_1", role: "departmentEditor", departmentId: "org_dept" }
 */
export interface Actor {
  id: string;
  role: Role;
  departmentId: string | null;
}

/**
 * What a store method receives besides its input: the actor and, for writes, the procedure
 * name the audit log records (e.g. "datasets.update"). When `action` is omitted the method's
 * own name is recorded ("datasets.update").
 */
export interface Call {
  actor: Actor;
  action?: string;
}
