/**
 * @jixiao/store — the persistence layer of the bureau server: organisation tree, roles, API
 * tokens, datasets with workflow and revisions, evaluations, frameworks, manual scores,
 * comments, report and evidence files, satisfaction surveys and the audit log, on SQLite or
 * PostgreSQL through one Kysely code path. Business rules (access, workflow, versions) live
 * here; the API only validates and delegates. See README.md.
 */
export {
  ACCESS,
  assertCan,
  can,
  type Grant,
  PERMISSIONS,
  type Permission,
  scopeOf,
} from "./access.ts";
export { bytesType, type DialectKind, migrationProvider, moneyType } from "./db/migrations.ts";
export type { Tables } from "./db/tables.ts";
export { diffPaths } from "./diff.ts";
export {
  Conflict,
  ENTITY_NAMES,
  type FieldChange,
  Forbidden,
  InvalidTransition,
  type Issue,
  NotFound,
  RateLimited,
  StoreError,
  ValidationFailed,
} from "./errors.ts";
export { canonicalMoney, canonicalMoneyOrNull } from "./money.ts";
export { hashToken } from "./repos/api-tokens.ts";
export { datasetTotals } from "./repos/datasets.ts";
export { aggregateAnswers, SURVEY_SCALE, surveyNetworkKey } from "./repos/surveys.ts";
export { type Actor, type Call, ROLE_NAMES, ROLES, type Role } from "./roles.ts";
export { SEED_IDS, type SeedResult, SYSTEM_ACTOR, seedInitial } from "./seed.ts";
export { ACCEPTED_TYPE_NAMES, type SniffedType, sniffEvidenceType } from "./sniff.ts";
export {
  DEFAULT_MAX_EVIDENCE_BYTES,
  DEFAULT_SURVEY_LIMIT,
  DEFAULT_SURVEY_NETWORK_LIMIT,
  openStore,
} from "./store.ts";
export * from "./types.ts";
export {
  assertEditable,
  DATASET_STATUS_LABELS,
  DATASET_STATUSES,
  type DatasetStatus,
  nextStatus,
  TRANSITIONS,
  WORKFLOW_STEP_LABELS,
  WORKFLOW_STEPS,
  type WorkflowStep,
} from "./workflow.ts";
