/** The roles of the bureau server (packages/store ROLES). */
export type Role = "bureauAdmin" | "departmentEditor" | "reviewer" | "apiClient";

/** Chinese names of the roles, as shown beside the user's name. */
export const ROLE_LABELS: Record<Role, string> = {
  bureauAdmin: "财政局管理员",
  departmentEditor: "部门填报人员",
  reviewer: "复核人员",
  apiClient: "API客户端",
};

export interface NavItem {
  key: string;
  label: string;
  to: string;
}

/**
 * The navigation a role sees: only what it may open.
 * - 财政局管理员: 总览 (all departments), 待复核, 已定稿, 离线示例;
 * - 复核人员: 总览, 待复核, 离线示例;
 * - 部门填报人员: 本部门 (its own department's years), 离线示例.
 * @example navItems("departmentEditor").map(i => i.label) // ["本部门", "离线示例"]
 */
export function navItems(role: Role): NavItem[] {
  const example = { key: "example", label: "离线示例", to: "/example" };
  switch (role) {
    case "bureauAdmin":
      return [
        { key: "overview", label: "总览", to: "/" },
        { key: "review", label: "待复核", to: "/?status=submitted" },
        { key: "final", label: "已定稿", to: "/?status=finalised" },
        example,
      ];
    case "reviewer":
      return [
        { key: "overview", label: "总览", to: "/" },
        { key: "review", label: "待复核", to: "/?status=submitted" },
        example,
      ];
    case "departmentEditor":
      return [{ key: "overview", label: "本部门", to: "/" }, example];
    case "apiClient":
      return [example];
  }
}
