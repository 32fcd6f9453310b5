/**
 * Domain errors of the store. Each carries a bilingual message (中文 / English) and a stable
 * `code`; the API maps them to tRPC codes in one place (NotFound → NOT_FOUND, Forbidden →
 * FORBIDDEN, Conflict → CONFLICT, ValidationFailed → BAD_REQUEST, InvalidTransition →
 * PRECONDITION_FAILED, RateLimited → TOO_MANY_REQUESTS).
 */

/** One input problem: a JSON path ("projects[3].budget", "" for the root) and a bilingual message. */
export interface Issue {
  path: string;
  message: string;
}

/** One field that changed since the version a writer had (Conflict) or in a write (audit). */
export interface FieldChange {
  /** JSON path into the record, e.g. "content.projects[3].budget" or "name". */
  path: string;
  /** The value at the caller's `expectedVersion` (Conflict) / before the write (audit). */
  before: unknown;
  /** The current value (Conflict) / after the write (audit). `undefined` means removed. */
  after: unknown;
}

/** Base of every store error: a stable `code` and a message "中文 / English". */
export abstract class StoreError extends Error {
  abstract readonly code:
    | "NOT_FOUND"
    | "FORBIDDEN"
    | "CONFLICT"
    | "VALIDATION_FAILED"
    | "INVALID_TRANSITION"
    | "RATE_LIMITED";
  constructor(zh: string, en: string) {
    super(`${zh} / ${en}`);
    this.name = new.target.name;
  }
}

/**
 * A record does not exist (or the actor may not know it exists).
 * @example throw new NotFound("dataset", "9b1f…") // "数据集不存在：9b1f… / dataset not found: 9b1f…"
 */
export class NotFound extends StoreError {
  readonly code = "NOT_FOUND" as const;
  readonly entity: string;
  readonly id: string;
  constructor(entity: string, id: string) {
    super(`${ENTITY_NAMES[entity] ?? entity}不存在：${id}`, `${entity} not found: ${id}`);
    this.entity = entity;
    this.id = id;
  }
}

/**
 * The actor may not do this. The message names the action and the role, never the content of a
 * record the actor may not see.
 * @example new Forbidden("dataset.write", "reviewer").message
 *   // "无权执行“dataset.write”（角色：复核人员） / role reviewer may not dataset.write"
 */
export class Forbidden extends StoreError {
  readonly code = "FORBIDDEN" as const;
  readonly permission: string;
  constructor(permission: string, role: string) {
    super(
      `无权执行“${permission}”（角色：${ROLE_NAMES_ZH[role] ?? role}）`,
      `role ${role} may not ${permission}`,
    );
    this.permission = permission;
  }
}

/**
 * A write carried a stale `expectedVersion` (someone else wrote in between), or would create a
 * duplicate. `changes` lists what changed since the caller's version: each field path with the
 * value the caller had (`before`) and the current value (`after`).
 * @example err.changes[0] // { path: "content.satisfaction.score", before: "95.2", after: "96" }
 */
export class Conflict extends StoreError {
  readonly code = "CONFLICT" as const;
  readonly entity: string;
  readonly id: string;
  readonly expectedVersion: number | null;
  readonly currentVersion: number | null;
  readonly changes: FieldChange[];
  constructor(args: {
    entity: string;
    id: string;
    expectedVersion: number | null;
    currentVersion: number | null;
    changes?: FieldChange[];
    zh?: string;
    en?: string;
  }) {
    const name = ENTITY_NAMES[args.entity] ?? args.entity;
    super(
      args.zh ??
        `${name}已被他人修改（你的版本 ${args.expectedVersion}，当前版本 ${args.currentVersion}），请刷新后重试`,
      args.en ??
        `${args.entity} ${args.id} was changed by someone else (you had version ${args.expectedVersion}, current is ${args.currentVersion}); reload and retry`,
    );
    this.entity = args.entity;
    this.id = args.id;
    this.expectedVersion = args.expectedVersion;
    this.currentVersion = args.currentVersion;
    this.changes = args.changes ?? [];
  }
}

/**
 * Input failed validation. `issues` carry a JSON path and a bilingual message each (the same
 * shape as core's InputIssue).
 * @example new ValidationFailed([{ path: "name", message: "不能为空 / must not be empty" }])
 */
export class ValidationFailed extends StoreError {
  readonly code = "VALIDATION_FAILED" as const;
  readonly issues: Issue[];
  constructor(issues: Issue[], zh = "输入无效", en = "invalid input") {
    super(
      `${zh}：${issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("；")}`,
      `${en} (${issues.length} issue${issues.length === 1 ? "" : "s"})`,
    );
    this.issues = issues;
  }
}

/**
 * A workflow step that is not allowed from the record's current status (e.g. finalising a
 * 草稿, or editing a 已定稿 dataset — which needs `createRevision`).
 */
export class InvalidTransition extends StoreError {
  readonly code = "INVALID_TRANSITION" as const;
  readonly from: string;
  readonly to: string;
  constructor(from: string, to: string, zh: string, en: string) {
    super(zh, en);
    this.from = from;
    this.to = to;
  }
}

/**
 * Too many attempts in a period: a device answering a survey more often than allowed.
 * `retryAfter` is the ISO time from which the next attempt is accepted.
 */
export class RateLimited extends StoreError {
  readonly code = "RATE_LIMITED" as const;
  readonly retryAfter: string;
  constructor(zh: string, en: string, retryAfter: string) {
    super(zh, en);
    this.retryAfter = retryAfter;
  }
}

/** Chinese names of the entities, for messages. */
export const ENTITY_NAMES: Readonly<Record<string, string>> = {
  organisation: "组织机构",
  role: "用户角色",
  apiToken: "API令牌",
  dataset: "数据集",
  evaluation: "评价结果",
  framework: "指标体系",
  manualScore: "人工评分",
  reportFile: "报告文件",
  evidenceFile: "佐证资料",
  survey: "满意度问卷",
  comment: "评审意见",
};

const ROLE_NAMES_ZH: Readonly<Record<string, string>> = {
  bureauAdmin: "财政局管理员",
  departmentEditor: "部门填报人员",
  reviewer: "复核人员",
  apiClient: "API客户端",
  public: "公众",
};
