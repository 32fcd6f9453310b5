import { InvalidTransition } from "./errors.ts";

/**
 * The dataset workflow: 草稿 → 已提交 → 审核中 → 已定稿, with 退回 (back to 草稿, reason
 * required) from 已提交 or 审核中. A 已定稿 dataset is read-only; a change makes a new revision.
 *
 * ```
 *   草稿 draft ──submit──▶ 已提交 submitted ──startReview──▶ 审核中 inReview ──finalise──▶ 已定稿 finalised
 *      ▲                        │                              │                          │
 *      └────────return(退回，理由必填)─┴──────────────────────────────┘                          │
 *   草稿 (revision n+1) ◀──────────────────────────createRevision──────────────────────────────┘
 * ```
 */
export const DATASET_STATUSES = ["draft", "submitted", "inReview", "finalised"] as const;
export type DatasetStatus = (typeof DATASET_STATUSES)[number];

/** The Chinese labels of the statuses, as the workflow screens show them. */
export const DATASET_STATUS_LABELS: Readonly<Record<DatasetStatus, string>> = {
  draft: "草稿",
  submitted: "已提交",
  inReview: "审核中",
  finalised: "已定稿",
};

/** The workflow steps. */
export const WORKFLOW_STEPS = ["submit", "startReview", "return", "finalise"] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** Chinese names of the steps. */
export const WORKFLOW_STEP_LABELS: Readonly<Record<WorkflowStep, string>> = {
  submit: "提交",
  startReview: "开始审核",
  return: "退回",
  finalise: "定稿",
};

/** Each step: the statuses it starts from and the status it leads to. */
export const TRANSITIONS: Readonly<
  Record<WorkflowStep, { from: readonly DatasetStatus[]; to: DatasetStatus }>
> = {
  submit: { from: ["draft"], to: "submitted" },
  startReview: { from: ["submitted"], to: "inReview" },
  return: { from: ["submitted", "inReview"], to: "draft" },
  finalise: { from: ["inReview"], to: "finalised" },
};

/**
 * The status a step leads to from `from`.
 * @throws InvalidTransition when the step is not allowed from `from`, e.g. finalise from 草稿:
 *   "不能从“草稿”定稿 / cannot finalise from draft".
 * @example nextStatus("draft", "submit") === "submitted"
 */
export function nextStatus(from: DatasetStatus, step: WorkflowStep): DatasetStatus {
  const t = TRANSITIONS[step];
  if (!t.from.includes(from)) {
    throw new InvalidTransition(
      from,
      t.to,
      `不能从“${DATASET_STATUS_LABELS[from]}”${WORKFLOW_STEP_LABELS[step]}`,
      `cannot ${step} from ${from}`,
    );
  }
  return t.to;
}

/**
 * Throw unless the dataset's content may be edited: only a 草稿 is editable. A 已定稿 dataset
 * needs `createRevision`; a 已提交 or 审核中 one must first be 退回.
 * @throws InvalidTransition naming the status and the way forward.
 */
export function assertEditable(status: DatasetStatus): void {
  if (status === "draft") return;
  if (status === "finalised") {
    throw new InvalidTransition(
      status,
      status,
      "数据集已定稿，只读；如需修改请新建修订版（createRevision）",
      "the dataset is finalised and read-only; create a new revision (createRevision) to change it",
    );
  }
  throw new InvalidTransition(
    status,
    status,
    `数据集处于“${DATASET_STATUS_LABELS[status]}”状态，不能修改；需先退回为草稿`,
    `the dataset is ${status} and cannot be edited; it must be returned to draft first`,
  );
}
