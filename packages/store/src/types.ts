import type { Framework } from "@jixiao/core/frameworks";
import type { Dataset } from "@jixiao/core/schema";
import type { ManualScoreKind } from "@jixiao/core/scoring";
import type { Kysely } from "kysely";
import type { Tables } from "./db/tables.ts";
import type { FieldChange } from "./errors.ts";
import type { Actor, Call, Role } from "./roles.ts";
import type { DatasetStatus } from "./workflow.ts";

/** ISO 8601 UTC time as text, e.g. "2026-12-04T15:00:00.000Z" (both dialects store it as text). */
export type IsoTime = string;
/** An amount in 元 as an exact decimal string with 2 places, e.g. "682237464.67". */
export type Money = string;

// ───────────────────────────── configuration ─────────────────────────────

/** Limits and knobs shared by both dialects. */
export interface StoreOptions {
  /** Largest evidence file accepted, bytes. Default 20 MB (20 × 1024 × 1024). */
  maxEvidenceBytes?: number;
  /** Survey answers per device per period. Default 1 per 24 h. */
  surveyLimit?: { perDevice: number; periodHours: number };
  /**
   * Survey answers per network key (the salted hash of client address + user agent a caller
   * passes to `surveys.respond`) per period, over every device. Default 20 per 24 h (an office
   * answers from one address).
   */
  surveyNetworkLimit?: { perNetwork: number; periodHours: number };
  /** The clock (tests pass a fixed one). Default `() => new Date()`. */
  now?: () => Date;
}

/**
 * Where the store lives. SQLite (better-sqlite3, one file, WAL, synchronous=FULL, foreign keys
 * on) is the zero-set-up default; PostgreSQL (pg Pool) for a bureau or province. `schema` sets
 * the PostgreSQL search_path (tests use a fresh one per run).
 * @example { kind: "sqlite", file: "./jixiao.db" }
 * @example { kind: "postgres", url: "postgres://postgres@127.0.0.1:5432/test", schema: "t_1" }
 */
export type StoreConfig =
  | ({ kind: "sqlite"; file: string } & StoreOptions)
  | ({ kind: "postgres"; url: string; schema?: string; poolSize?: number } & StoreOptions);

// ───────────────────────────── records ─────────────────────────────

/** Fields every mutable record has. `version` starts at 1 and goes up by one on each write. */
export interface Versioned {
  id: string;
  version: number;
  createdAt: IsoTime;
  updatedAt: IsoTime;
}

/** 财政局 → 部门 → 预算单位. */
export type OrganisationKind = "bureau" | "department" | "budgetUnit";
export const ORGANISATION_KIND_NAMES: Readonly<Record<OrganisationKind, string>> = {
  bureau: "财政局",
  department: "部门",
  budgetUnit: "预算单位",
};

/** A node of the organisation tree. A bureau has no parent; a department's parent is a bureau; a budget unit's parent is a department. */
export interface Organisation extends Versioned {
  kind: OrganisationKind;
  parentId: string | null;
  name: string;
  /** 统一社会信用代码, validated by core (GB 32100-2015 check character), or null. */
  unifiedSocialCreditCode: string | null;
}

/** A user's role, keyed by the auth user id. `departmentId` is set for department editors. */
export interface RoleAssignment extends Versioned {
  userId: string;
  role: Role;
  departmentId: string | null;
}

/** An API token for a third party. Only the SHA-256 hash of the token is stored. */
export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  departmentId: string | null;
  ownerUserId: string;
  createdAt: IsoTime;
  /**
   * When the token was last used, to within a minute: `verify` writes it on the first use and
   * then at most once a minute (not on every request); null until first used.
   */
  lastUsedAt: IsoTime | null;
  revokedAt: IsoTime | null;
}

/** Denormalised exact totals of a dataset, for listings (元, 2 places; null when the data has none). */
export interface DatasetTotals {
  /** 支出预算数 (core funds.expenditureBudgetTotal). */
  totalBudget: Money | null;
  /** 实际支出合计 (core funds.actualExpenditureTotal). */
  totalActual: Money | null;
  /** "三公"经费实际支出 Σ threePublicExpenses[].actual. */
  threePublicActual: Money | null;
}

/** A dataset revision's metadata (no content): one department-year, one revision. */
export interface DatasetSummary extends Versioned, DatasetTotals {
  departmentId: string;
  departmentName: string;
  fiscalYear: number;
  /** 1 for the first; createRevision makes n+1. */
  revision: number;
  status: DatasetStatus;
  /** The reason of the last 退回, until the next submit. */
  returnReason: string | null;
  createdBy: string;
  updatedBy: string;
}

/** A dataset with its validated content. */
export interface DatasetRecord extends DatasetSummary {
  content: Dataset;
}

/** Findings of an evaluation by severity. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** A stored evaluation (immutable): computed with core's `evaluate` under one framework version. */
export interface EvaluationRecord {
  id: string;
  datasetId: string;
  /** The dataset version evaluated. */
  datasetVersion: number;
  frameworkId: string;
  frameworkVersion: string;
  /** Which manual scores were used (自评 / 复核), null for none. */
  manualKind: ManualScoreKind | null;
  /** 总得分, exact decimal string, null on PEFA. */
  totalScore: string | null;
  grade: string | null;
  provisional: boolean;
  findingCounts: FindingCounts;
  createdAt: IsoTime;
  createdBy: string;
}

/** An evaluation with its score sheet and indicators, as JSON (Decimals as strings). */
export interface EvaluationDetail extends EvaluationRecord {
  scoreSheet: unknown;
  indicators: unknown;
}

/** One stored finding of an evaluation. */
export interface FindingRecord {
  id: string;
  evaluationId: string;
  seq: number;
  ruleId: string;
  severity: "error" | "warning" | "info";
  message: string;
  /** The whole core Finding as JSON. */
  detail: unknown;
}

/** A framework (指标体系) version: built-in (from core) or custom (validated by core). */
export interface FrameworkRecord {
  frameworkId: string;
  frameworkVersion: string;
  name: string;
  builtin: boolean;
  content: Framework;
  createdAt: IsoTime;
  createdBy: string;
}

/** A manual score (自评 or 复核) of one framework node for one dataset. */
export interface ManualScoreRecord extends Versioned {
  datasetId: string;
  frameworkId: string;
  /** Framework node code, e.g. "1.1.1". */
  code: string;
  kind: ManualScoreKind;
  /** 得分, exact decimal string within [0, 分值] (core validates). */
  score: string | null;
  answers: Record<string, boolean> | null;
  category: string | null;
  count: number | null;
  evidence: string[];
  comment: string | null;
  evaluator: string;
  /** When scored, ISO 8601 with offset. */
  time: string;
}

/** A rendered report file. */
export interface ReportFile {
  id: string;
  datasetId: string;
  evaluationId: string | null;
  format: "md" | "html" | "docx" | "xlsx" | "pdf";
  fileName: string;
  size: number;
  sha256: string;
  createdAt: IsoTime;
  createdBy: string;
}

/** A 佐证资料 file attached to a dataset or to one indicator key of it. */
export interface EvidenceFile {
  id: string;
  datasetId: string;
  /** An indicator key ("threePublicExpenses.controlRate.total") or a framework node code; null = the whole dataset. */
  indicatorKey: string | null;
  fileName: string;
  /** From sniffing the content, never the name: e.g. "application/pdf". */
  mime: string;
  ext: string;
  size: number;
  sha256: string;
  description: string | null;
  createdAt: IsoTime;
  createdBy: string;
}

/**
 * The answer scale of every survey question (see SURVEY_SCALE in surveys.ts): 满意 100,
 * 较满意 80, 基本满意 60, 不满意 40, 很不满意 0.
 */
export type SurveyAnswer =
  | "satisfied"
  | "fairlySatisfied"
  | "basicallySatisfied"
  | "dissatisfied"
  | "veryDissatisfied";

/** A 满意度问卷 for a dataset. */
export interface Survey extends Versioned {
  datasetId: string;
  title: string;
  questions: string[];
  /** Random public slug for the answer page. */
  slug: string;
  status: "open" | "closed";
  limit: { perDevice: number; periodHours: number };
  createdBy: string;
}

/** The aggregate of a survey: 问卷份数 and 满意度得分 (exact, 四舍五入 to 2 places, trailing zeros dropped). */
export interface SurveyAggregate {
  surveyId: string;
  questionnaires: number;
  /** Mean points of all answers, "95.2"; null when nobody has answered. */
  score: string | null;
  fullScore: "100";
  /** Answers per scale level. */
  counts: Record<SurveyAnswer, number>;
}

/** A reviewer's comment on a dataset (optionally on one path or node code). */
export interface CommentRecord {
  id: string;
  datasetId: string;
  target: string | null;
  text: string;
  authorId: string;
  authorRole: Role;
  createdAt: IsoTime;
}

/** One audit row: who, when, which action, which entity, and the changed fields only. */
export interface AuditEntry {
  id: string;
  at: IsoTime;
  actorId: string;
  actorRole: Role | "public";
  action: string;
  entity: string;
  entityId: string;
  changes: FieldChange[];
}

/** A page of a listing. */
export interface Page {
  limit?: number;
  offset?: number;
}

// ───────────────────────────── the store ─────────────────────────────

/**
 * The persistence layer of the bureau server. Every method takes a {@link Call} (the actor and
 * the procedure name for the audit log), checks access (access.ts), validates its input with
 * zod, and runs each write as one transaction with a version check.
 * Errors: NotFound, Forbidden, Conflict, ValidationFailed, InvalidTransition, RateLimited.
 */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  /** The Kysely instance (better-auth runs on the same database through it; it owns its own tables). */
  readonly db: Kysely<Tables>;
  /** Create or upgrade the tables (Kysely Migrator, in-code migrations). Idempotent. */
  migrate(): Promise<void>;
  /** Close the database (SQLite file / pg Pool). */
  close(): Promise<void>;

  organisations: {
    list(call: Call): Promise<Organisation[]>;
    get(call: Call, id: string): Promise<Organisation>;
    create(
      call: Call,
      input: {
        kind: OrganisationKind;
        parentId: string | null;
        name: string;
        unifiedSocialCreditCode?: string | null;
      },
    ): Promise<Organisation>;
    update(
      call: Call,
      input: {
        id: string;
        expectedVersion: number;
        name?: string;
        unifiedSocialCreditCode?: string | null;
      },
    ): Promise<Organisation>;
  };

  roles: {
    /** The role of a user, or null when none (does not need users.manage when asking about oneself). */
    get(call: Call, userId: string): Promise<RoleAssignment | null>;
    /** The actor of an auth user id, or null when the user has no role. Used by the API's auth middleware; no access check. */
    actorFor(userId: string): Promise<Actor | null>;
    list(call: Call): Promise<RoleAssignment[]>;
    /** Give or change a user's role. `expectedVersion` is required when the user already has one. */
    set(
      call: Call,
      input: { userId: string; role: Role; departmentId?: string | null; expectedVersion?: number },
    ): Promise<RoleAssignment>;
    remove(call: Call, input: { userId: string; expectedVersion: number }): Promise<void>;
  };

  apiTokens: {
    /** Create a token; `plain` (64 hex chars = 32 random bytes) is returned once and never stored. */
    create(
      call: Call,
      input: { name: string; role?: Role; departmentId?: string | null },
    ): Promise<{ token: ApiToken; plain: string }>;
    list(call: Call): Promise<ApiToken[]>;
    revoke(call: Call, id: string): Promise<ApiToken>;
    /**
     * The actor of a plain token, or null when unknown or revoked (checked in the database on
     * every call). Writes lastUsedAt when it is null or at least a minute old.
     */
    verify(plain: string): Promise<Actor | null>;
  };

  datasets: {
    /** Latest revision per department-year the actor may read (editors: their department only). */
    list(
      call: Call,
      filter?: { departmentId?: string; fiscalYear?: number; status?: DatasetStatus } & Page,
    ): Promise<DatasetSummary[]>;
    get(call: Call, id: string): Promise<DatasetRecord>;
    /** Every revision of the dataset's department-year, oldest first. */
    listRevisions(call: Call, id: string): Promise<DatasetSummary[]>;
    /** Create revision 1 (草稿) of a department-year; the content is validated by core's parseDataset. */
    create(call: Call, input: { departmentId: string; content: unknown }): Promise<DatasetRecord>;
    /** Replace the content of a 草稿. @throws InvalidTransition when not 草稿 (已定稿 → createRevision). */
    update(
      call: Call,
      input: { id: string; expectedVersion: number; content: unknown },
    ): Promise<DatasetRecord>;
    submit(call: Call, input: { id: string; expectedVersion: number }): Promise<DatasetRecord>;
    startReview(call: Call, input: { id: string; expectedVersion: number }): Promise<DatasetRecord>;
    /** 退回 to 草稿 with a non-empty reason (stored and audited). */
    return(
      call: Call,
      input: { id: string; expectedVersion: number; reason: string },
    ): Promise<DatasetRecord>;
    finalise(call: Call, input: { id: string; expectedVersion: number }): Promise<DatasetRecord>;
    /** From a 已定稿 revision n: revision n+1 as 草稿 with the content copied; n stays untouched. */
    createRevision(call: Call, input: { id: string }): Promise<DatasetRecord>;
    /** The stored snapshot of a dataset at a version (for diffs and Conflict). */
    getVersion(call: Call, input: { id: string; version: number }): Promise<DatasetRecord>;
  };

  evaluations: {
    /** Evaluate a stored dataset under a framework version (with 自评 or 复核 manual scores) and store the result. */
    run(
      call: Call,
      input: {
        datasetId: string;
        frameworkId: string;
        frameworkVersion?: string;
        manualKind?: ManualScoreKind | null;
      },
    ): Promise<EvaluationRecord>;
    /** Evaluate a posted dataset without storing anything (apiClient may). Returns core's Evaluation. */
    preview(
      call: Call,
      input: { dataset: unknown; frameworkId?: string; frameworkVersion?: string },
    ): Promise<import("@jixiao/core").Evaluation>;
    list(call: Call, filter: { datasetId: string }): Promise<EvaluationRecord[]>;
    get(call: Call, id: string): Promise<EvaluationDetail>;
    findings(call: Call, evaluationId: string): Promise<FindingRecord[]>;
  };

  frameworks: {
    /** Latest version of every framework (built-in and custom). */
    list(call: Call): Promise<FrameworkRecord[]>;
    /** One version, or the latest when `frameworkVersion` is omitted. */
    get(
      call: Call,
      input: { frameworkId: string; frameworkVersion?: string },
    ): Promise<FrameworkRecord>;
    versions(call: Call, frameworkId: string): Promise<FrameworkRecord[]>;
    /** Save a custom framework version (validated by core's parseFramework). A (id, version) pair is immutable. */
    save(call: Call, input: { framework: unknown }): Promise<FrameworkRecord>;
  };

  manualScores: {
    list(
      call: Call,
      filter: { datasetId: string; frameworkId?: string; kind?: ManualScoreKind },
    ): Promise<ManualScoreRecord[]>;
    /**
     * Create or update one node's 自评 (editor of the department, admin) or 复核 (reviewer,
     * admin) score. The score is checked against the framework by core. `expectedVersion` is
     * required when the (dataset, framework, code, kind) score exists.
     */
    upsert(
      call: Call,
      input: {
        datasetId: string;
        frameworkId: string;
        frameworkVersion?: string;
        code: string;
        kind: ManualScoreKind;
        score?: string | null;
        answers?: Record<string, boolean> | null;
        category?: string | null;
        count?: number | null;
        evidence?: string[];
        comment?: string | null;
        expectedVersion?: number;
      },
    ): Promise<ManualScoreRecord>;
    remove(call: Call, input: { id: string; expectedVersion: number }): Promise<void>;
  };

  comments: {
    list(call: Call, datasetId: string): Promise<CommentRecord[]>;
    add(
      call: Call,
      input: { datasetId: string; target?: string | null; text: string },
    ): Promise<CommentRecord>;
  };

  reports: {
    save(
      call: Call,
      input: {
        datasetId: string;
        evaluationId?: string | null;
        format: ReportFile["format"];
        fileName: string;
        content: Uint8Array;
      },
    ): Promise<ReportFile>;
    list(call: Call, datasetId: string): Promise<ReportFile[]>;
    get(call: Call, id: string): Promise<{ file: ReportFile; content: Buffer }>;
  };

  evidence: {
    /** Attach a file; its type is sniffed from the content (pdf, png, jpeg, gif, webp, docx, xlsx, doc/xls). */
    attach(
      call: Call,
      input: {
        datasetId: string;
        indicatorKey?: string | null;
        fileName: string;
        description?: string | null;
        content: Uint8Array;
      },
    ): Promise<EvidenceFile>;
    /** Every evidence file of a dataset, by indicator key then name (the report annex 目录及相关佐证资料). */
    list(call: Call, datasetId: string): Promise<EvidenceFile[]>;
    get(call: Call, id: string): Promise<{ file: EvidenceFile; content: Buffer }>;
    remove(call: Call, id: string): Promise<void>;
  };

  surveys: {
    create(
      call: Call,
      input: {
        datasetId: string;
        title: string;
        questions: string[];
        limit?: { perDevice: number; periodHours: number };
      },
    ): Promise<Survey>;
    list(call: Call, datasetId: string): Promise<Survey[]>;
    get(call: Call, id: string): Promise<Survey>;
    /** The public view of an open survey by slug (title and questions only). No actor. */
    publicBySlug(slug: string): Promise<{
      slug: string;
      title: string;
      questions: string[];
      scale: readonly { answer: SurveyAnswer; label: string; points: number }[];
    }>;
    /**
     * Record one anonymous response (public, no actor). `deviceId` is the device key the caller
     * derives (its device cookie); `networkKey`, when given, is the caller's key of the client's
     * network (see `surveyNetworkKey`: client address + user agent), limited separately
     * (StoreOptions.surveyNetworkLimit) so ever-new devices of one network cannot answer without
     * end. Both are stored only as salted hashes.
     * @throws RateLimited when the device, or the network, answered too often.
     */
    respond(input: {
      slug: string;
      deviceId: string;
      networkKey?: string | undefined;
      answers: SurveyAnswer[];
    }): Promise<{ accepted: true }>;
    close(call: Call, input: { id: string; expectedVersion: number }): Promise<Survey>;
    aggregate(call: Call, surveyId: string): Promise<SurveyAggregate>;
    /** Write the aggregate into the dataset's satisfaction block (a versioned, audited dataset write). */
    applyToDataset(
      call: Call,
      input: { surveyId: string; expectedDatasetVersion: number; method?: string },
    ): Promise<DatasetRecord>;
  };

  audit: {
    list(
      call: Call,
      filter?: { entity?: string; entityId?: string; actorId?: string } & Page,
    ): Promise<AuditEntry[]>;
  };
}
