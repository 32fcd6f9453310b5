import type { Role } from "../app/nav.ts";

/** The workflow statuses of a dataset: 草稿 → 已提交 → 审核中 → 已定稿. */
export type DatasetStatus = "draft" | "submitted" | "inReview" | "finalised";

export const STATUS_LABELS: Record<DatasetStatus, string> = {
  draft: "草稿",
  submitted: "已提交",
  inReview: "审核中",
  finalised: "已定稿",
};

export const STATUS_COLORS: Record<DatasetStatus, string> = {
  draft: "default",
  submitted: "blue",
  inReview: "gold",
  finalised: "green",
};

/** A workflow step a button performs (datasets.submit / startReview / return / finalise). */
export type WorkflowAction = "submit" | "startReview" | "return" | "finalise";

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: "提交",
  startReview: "开始审核",
  return: "退回",
  finalise: "定稿",
};

/**
 * The workflow buttons a role sees on a dataset in a status (the server checks again):
 * - 草稿: 提交 (the department's editor, or an admin);
 * - 已提交: 开始审核 and 退回 (a reviewer or an admin);
 * - 审核中: 定稿 and 退回 (a reviewer or an admin);
 * - 已定稿: none — the revision is read-only.
 * @example workflowActions("reviewer", "inReview") // ["finalise", "return"]
 */
export function workflowActions(role: Role, status: DatasetStatus): WorkflowAction[] {
  const reviews = role === "reviewer" || role === "bureauAdmin";
  switch (status) {
    case "draft":
      return role === "departmentEditor" || role === "bureauAdmin" ? ["submit"] : [];
    case "submitted":
      return reviews ? ["startReview", "return"] : [];
    case "inReview":
      return reviews ? ["finalise", "return"] : [];
    case "finalised":
      return [];
  }
}

/**
 * True when the user may edit the 基础数据 now: only a 草稿, and only its department's editor or
 * an admin. A 已定稿 dataset is read-only for everyone.
 * @example canEditData("departmentEditor", "submitted") === false
 */
export function canEditData(role: Role, status: DatasetStatus): boolean {
  return status === "draft" && (role === "departmentEditor" || role === "bureauAdmin");
}

/**
 * Which manual-score columns a role may fill: 自评 for the department (its editor) and an admin,
 * 复核 for a reviewer and an admin; nothing on a 已定稿 dataset.
 */
export function canScore(
  role: Role,
  status: DatasetStatus,
): { selfEvaluation: boolean; review: boolean } {
  if (status === "finalised") return { selfEvaluation: false, review: false };
  return {
    selfEvaluation: role === "departmentEditor" || role === "bureauAdmin",
    review: role === "reviewer" || role === "bureauAdmin",
  };
}
