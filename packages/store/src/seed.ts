import { type Dataset, parseDataset } from "@jixiao/core/schema";
import { taojiang2020 } from "@jixiao/examples";
import { inTransaction, isUniqueViolation, type StoreContext } from "./db/context.ts";
import { createDataset } from "./repos/datasets.ts";
import { ensureBuiltinFrameworks, FrameworkCache } from "./repos/frameworks.ts";
import { insertOrganisation } from "./repos/organisations.ts";
import { setRole } from "./repos/roles.ts";
import type { Actor } from "./roles.ts";
import {
  DEFAULT_MAX_EVIDENCE_BYTES,
  DEFAULT_SURVEY_LIMIT,
  DEFAULT_SURVEY_NETWORK_LIMIT,
} from "./store.ts";
import type { Store } from "./types.ts";

/** The fixed ids seedInitial gives what it creates, so a second run finds them. */
export const SEED_IDS = {
  bureau: "org-taojiang-finance-bureau",
  department: "org-taojiang-natural-resources",
  dataset: "taojiang-natural-resources-2020",
} as const;

/** The actor seedInitial writes as (recorded in the audit log as "system"). */
export const SYSTEM_ACTOR: Actor = { id: "system", role: "bureauAdmin", departmentId: null };

/** What seedInitial did: the ids it created this time (empty on a second run). */
export interface SeedResult {
  created: string[];
}

/**
 * First start of an empty database, in one transaction: the built-in frameworks, a bureau
 * (桃江县财政局), its department 桃江县自然资源局 (统一社会信用代码 from the seed dataset), the
 * Taojiang 2020 dataset from @jixiao/examples as revision 1 (草稿), and the bureauAdmin role of
 * `adminUserId`. Idempotent: what exists is left as it is (an existing role is not changed).
 * @throws DatasetValidationError if the embedded example no longer parses (a programming error).
 * @example await seedInitial(store, { adminUserId: "u_admin" }) // { created: ["org-taojiang-finance-bureau", …] }
 */
export async function seedInitial(
  store: Store,
  options: { adminUserId: string },
): Promise<SeedResult> {
  const ctx: StoreContext = {
    db: store.db,
    kind: store.kind,
    now: () => new Date(),
    maxEvidenceBytes: DEFAULT_MAX_EVIDENCE_BYTES,
    surveyLimit: DEFAULT_SURVEY_LIMIT,
    surveyNetworkLimit: DEFAULT_SURVEY_NETWORK_LIMIT,
    // seeding reads no framework through the cache: a cache of its own
    frameworks: new FrameworkCache(),
  };
  const dataset = parseDataset(taojiang2020, "examples/taojiang-natural-resources-2020");
  const call = { actor: SYSTEM_ACTOR, action: "seedInitial" };
  try {
    return await seedOnce(ctx, call, dataset, options.adminUserId);
  } catch (error) {
    // Two servers starting on one empty database: the other one seeded first. Run again — it
    // now finds everything and creates nothing.
    if (isUniqueViolation(error)) return seedOnce(ctx, call, dataset, options.adminUserId);
    throw error;
  }
}

function seedOnce(
  ctx: StoreContext,
  call: { actor: Actor; action: string },
  dataset: Dataset,
  adminUserId: string,
): Promise<SeedResult> {
  const options = { adminUserId };
  return inTransaction(ctx, async (tx) => {
    const created: string[] = [];
    if ((await ensureBuiltinFrameworks(ctx, tx)) > 0) created.push("frameworks");
    const has = async (id: string) =>
      (await tx
        .selectFrom("organisations")
        .select("id")
        .where("id", "=", id)
        .executeTakeFirst()) !== undefined;
    if (!(await has(SEED_IDS.bureau))) {
      await insertOrganisation(ctx, tx, call, {
        id: SEED_IDS.bureau,
        kind: "bureau",
        parentId: null,
        name: "桃江县财政局",
        unifiedSocialCreditCode: null,
      });
      created.push(SEED_IDS.bureau);
    }
    if (!(await has(SEED_IDS.department))) {
      await insertOrganisation(ctx, tx, call, {
        id: SEED_IDS.department,
        kind: "department",
        parentId: SEED_IDS.bureau,
        name: dataset.department.name,
        unifiedSocialCreditCode: dataset.department.unifiedSocialCreditCode,
      });
      created.push(SEED_IDS.department);
    }
    const existing = await tx
      .selectFrom("datasets")
      .select("id")
      .where("department_id", "=", SEED_IDS.department)
      .where("fiscal_year", "=", dataset.department.fiscalYear)
      .executeTakeFirst();
    if (!existing) {
      await createDataset(ctx, tx, call, {
        id: SEED_IDS.dataset,
        departmentId: SEED_IDS.department,
        content: dataset,
      });
      created.push(SEED_IDS.dataset);
    }
    const role = await tx
      .selectFrom("user_roles")
      .select("user_id")
      .where("user_id", "=", options.adminUserId)
      .executeTakeFirst();
    if (!role) {
      await setRole(ctx, tx, call, {
        userId: options.adminUserId,
        role: "bureauAdmin",
        departmentId: null,
      });
      created.push(`role:${options.adminUserId}`);
    }
    return { created };
  });
}
