import type { Generated } from "kysely";

/**
 * The tables of the store as Kysely sees them. Times are ISO 8601 UTC text on both dialects;
 * money is TEXT on SQLite and numeric(20,2) on PostgreSQL (read back as a string either way);
 * JSON is text; file contents are BLOB / bytea. Booleans are integers 0/1 on both dialects.
 * better-auth's own tables (user, session, account, verification) are not listed here.
 */
export interface Tables {
  organisations: {
    id: string;
    kind: string;
    parent_id: string | null;
    name: string;
    credit_code: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  user_roles: {
    user_id: string;
    role: string;
    department_id: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  api_tokens: {
    id: string;
    name: string;
    token_hash: string;
    role: string;
    department_id: string | null;
    owner_user_id: string;
    created_at: string;
    last_used_at: string | null;
    revoked_at: string | null;
  };
  datasets: {
    id: string;
    department_id: string;
    fiscal_year: number;
    revision: number;
    status: string;
    return_reason: string | null;
    content: string;
    department_name: string;
    total_budget: string | null;
    total_actual: string | null;
    three_public_actual: string | null;
    version: number;
    created_at: string;
    updated_at: string;
    created_by: string;
    updated_by: string;
  };
  /** Every version of every mutable record, as JSON (for Conflict diffs and history). */
  record_versions: {
    entity: string;
    entity_id: string;
    version: number;
    data: string;
    created_at: string;
  };
  frameworks: {
    framework_id: string;
    framework_version: string;
    name: string;
    builtin: number;
    content: string;
    created_at: string;
    created_by: string;
  };
  evaluations: {
    id: string;
    dataset_id: string;
    dataset_version: number;
    framework_id: string;
    framework_version: string;
    manual_kind: string | null;
    total_score: string | null;
    grade: string | null;
    provisional: number;
    errors: number;
    warnings: number;
    infos: number;
    score_sheet: string;
    indicators: string;
    created_at: string;
    created_by: string;
  };
  findings: {
    id: string;
    evaluation_id: string;
    seq: number;
    rule_id: string;
    severity: string;
    message: string;
    detail: string;
  };
  manual_scores: {
    id: string;
    dataset_id: string;
    framework_id: string;
    code: string;
    kind: string;
    score: string | null;
    answers: string | null;
    category: string | null;
    count: number | null;
    evidence: string;
    comment: string | null;
    evaluator: string;
    time: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  comments: {
    id: string;
    dataset_id: string;
    target: string | null;
    text: string;
    author_id: string;
    author_role: string;
    created_at: string;
  };
  report_files: {
    id: string;
    dataset_id: string;
    evaluation_id: string | null;
    format: string;
    file_name: string;
    size: number;
    sha256: string;
    content: Buffer;
    created_at: string;
    created_by: string;
  };
  evidence_files: {
    id: string;
    dataset_id: string;
    indicator_key: string | null;
    file_name: string;
    mime: string;
    ext: string;
    size: number;
    sha256: string;
    description: string | null;
    content: Buffer;
    created_at: string;
    created_by: string;
  };
  surveys: {
    id: string;
    dataset_id: string;
    title: string;
    questions: string;
    slug: string;
    status: string;
    per_device: number;
    period_hours: number;
    version: number;
    created_at: string;
    updated_at: string;
    created_by: string;
  };
  survey_responses: {
    id: string;
    survey_id: string;
    device_hash: string;
    /** Salted hash of the caller's network key (migration 0003); null for answers without one. */
    network_hash: string | null;
    answers: string;
    created_at: string;
  };
  audit_log: {
    id: string;
    at: string;
    actor_id: string;
    actor_role: string;
    action: string;
    entity: string;
    entity_id: string;
    changes: string;
    /** Write order (migration 0002): identity on PostgreSQL, max + 1 on SQLite. */
    seq: Generated<number>;
  };
  store_meta: {
    key: string;
    value: string;
  };
}
