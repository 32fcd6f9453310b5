import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, DIALECTS, fixedClock, openTestStore, type TestStore } from "../testing/index.ts";

describe.each(DIALECTS)("API token lastUsedAt (%s)", (dialect) => {
  const clock = fixedClock("2021-04-25T02:00:00.000Z");
  const admin = { id: "u-admin", role: "bureauAdmin" as const, departmentId: null };
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect, { now: clock.now });
  });
  afterAll(async () => t?.cleanup());

  const lastUsed = async () => (await t.store.apiTokens.list(as(admin)))[0]?.lastUsedAt;

  it("is written on first use, then at most once a minute; a revocation counts at once", async () => {
    const { plain, token } = await t.store.apiTokens.create(as(admin), { name: "对接" });
    expect(await lastUsed()).toBeNull();
    await t.store.apiTokens.verify(plain);
    expect(await lastUsed()).toBe("2021-04-25T02:00:00.000Z");
    clock.advanceHours(59 / 3600); // 59 s later: not rewritten
    expect(await t.store.apiTokens.verify(plain)).not.toBeNull();
    expect(await lastUsed()).toBe("2021-04-25T02:00:00.000Z");
    clock.advanceHours(1 / 3600); // a minute after the write: rewritten
    await t.store.apiTokens.verify(plain);
    expect(await lastUsed()).toBe("2021-04-25T02:01:00.000Z");
    await t.store.apiTokens.revoke(as(admin), token.id);
    expect(await t.store.apiTokens.verify(plain)).toBeNull();
  });
});
