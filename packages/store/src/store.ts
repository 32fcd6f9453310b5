import type { StoreContext } from "./db/context.ts";
import { inTransaction } from "./db/context.ts";
import { connect } from "./db/open.ts";
import { apiTokensRepo } from "./repos/api-tokens.ts";
import { auditRepo } from "./repos/audit.ts";
import { commentsRepo } from "./repos/comments.ts";
import { datasetsRepo } from "./repos/datasets.ts";
import { evaluationsRepo } from "./repos/evaluations.ts";
import { evidenceRepo, reportsRepo } from "./repos/files.ts";
import { ensureBuiltinFrameworks, FrameworkCache, frameworksRepo } from "./repos/frameworks.ts";
import { manualScoresRepo } from "./repos/manual-scores.ts";
import { organisationsRepo } from "./repos/organisations.ts";
import { rolesRepo } from "./repos/roles.ts";
import { surveysRepo } from "./repos/surveys.ts";
import type { Store, StoreConfig } from "./types.ts";

/** Default evidence size cap: 20 MB. */
export const DEFAULT_MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
/** Default survey limit: 1 answer per device per 24 h. */
export const DEFAULT_SURVEY_LIMIT = { perDevice: 1, periodHours: 24 } as const;
/** Survey answers per network key (client address + user agent) by default: 20 per 24 h. */
export const DEFAULT_SURVEY_NETWORK_LIMIT = { perNetwork: 20, periodHours: 24 } as const;

/**
 * Open the store on SQLite (one file; the zero-set-up default) or PostgreSQL, through one code
 * path (Kysely). Call `migrate()` once after opening (creates the tables and the built-in
 * frameworks; idempotent) and `close()` at the end.
 * @throws Error when the database cannot be reached (PostgreSQL) or opened (SQLite).
 * @example const store = await openStore({ kind: "sqlite", file: "./jixiao.db" }); await store.migrate();
 * @example await openStore({ kind: "postgres", url: "postgres://postgres@127.0.0.1:5432/test", schema: "t1" })
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const conn = await connect(config);
  const ctx: StoreContext = {
    db: conn.db,
    kind: conn.kind,
    now: config.now ?? (() => new Date()),
    maxEvidenceBytes: config.maxEvidenceBytes ?? DEFAULT_MAX_EVIDENCE_BYTES,
    surveyLimit: config.surveyLimit ?? DEFAULT_SURVEY_LIMIT,
    surveyNetworkLimit: config.surveyNetworkLimit ?? DEFAULT_SURVEY_NETWORK_LIMIT,
    frameworks: new FrameworkCache(),
  };
  return {
    kind: conn.kind,
    db: conn.db,
    async migrate() {
      await conn.migrate();
      await inTransaction(ctx, (tx) => ensureBuiltinFrameworks(ctx, tx));
    },
    close: () => conn.close(),
    organisations: organisationsRepo(ctx),
    roles: rolesRepo(ctx),
    apiTokens: apiTokensRepo(ctx),
    datasets: datasetsRepo(ctx),
    evaluations: evaluationsRepo(ctx),
    frameworks: frameworksRepo(ctx),
    manualScores: manualScoresRepo(ctx),
    comments: commentsRepo(ctx),
    reports: reportsRepo(ctx),
    evidence: evidenceRepo(ctx),
    surveys: surveysRepo(ctx),
    audit: auditRepo(ctx),
  };
}
