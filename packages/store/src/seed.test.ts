import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_IDS, SYSTEM_ACTOR, seedInitial } from "./seed.ts";
import { as, DIALECTS, openTestStore, type TestStore } from "./testing/index.ts";

describe.each(DIALECTS)("seedInitial (%s)", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
  });
  afterAll(async () => t?.cleanup());

  it("fills an empty database with the bureau, the department, the Taojiang 2020 dataset and the admin", async () => {
    const first = await seedInitial(t.store, { adminUserId: "first-admin" });
    expect(first.created).toEqual([
      SEED_IDS.bureau,
      SEED_IDS.department,
      SEED_IDS.dataset,
      "role:first-admin",
    ]);
    const admin = await t.store.roles.actorFor("first-admin");
    expect(admin).toEqual({ id: "first-admin", role: "bureauAdmin", departmentId: null });
    if (!admin) return;
    const orgs = await t.store.organisations.list(as(SYSTEM_ACTOR));
    expect(orgs.map((o) => o.name)).toEqual(["桃江县财政局", "桃江县自然资源局"]);
    const ds = await t.store.datasets.get(as(admin), SEED_IDS.dataset);
    expect(ds).toMatchObject({
      fiscalYear: 2020,
      revision: 1,
      status: "draft",
      totalActual: "682237464.67",
    });
    const frameworks = await t.store.frameworks.list(as(admin));
    expect(frameworks.filter((f) => f.builtin).map((f) => f.frameworkId)).toContain(
      "hunan-county-2020",
    );
  });

  it("is idempotent: a second run creates nothing and changes nothing", async () => {
    const auditBefore = await t.store.audit.list(as(SYSTEM_ACTOR), { limit: 1000 });
    const second = await seedInitial(t.store, { adminUserId: "first-admin" });
    expect(second.created).toEqual([]);
    expect(await t.store.audit.list(as(SYSTEM_ACTOR), { limit: 1000 })).toEqual(auditBefore);
    expect(await t.store.datasets.list(as(SYSTEM_ACTOR))).toHaveLength(1);
  });
});

describe.each(DIALECTS)("seedInitial from two servers at once (%s)", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
  });
  afterAll(async () => t?.cleanup());

  it("seeds once: between them the two runs create each thing exactly once", async () => {
    const [a, b] = await Promise.all([
      seedInitial(t.store, { adminUserId: "admin-a" }),
      seedInitial(t.store, { adminUserId: "admin-a" }),
    ]);
    const created = [...a.created, ...b.created].sort();
    expect(created).toEqual(
      [SEED_IDS.bureau, SEED_IDS.department, SEED_IDS.dataset, "role:admin-a"].sort(),
    );
    expect(await t.store.datasets.list(as(SYSTEM_ACTOR))).toHaveLength(1);
  });
});
