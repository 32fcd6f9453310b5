import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Forbidden } from "../errors.ts";
import {
  as,
  DIALECTS,
  fixedClock,
  openTestStore,
  type TestStore,
  testActors,
} from "../testing/index.ts";

describe.each(DIALECTS)("audit log (%s)", (dialect) => {
  let t: TestStore;
  // A clock that never moves: every write gets the same timestamp, so only audit_log.seq orders them.
  const clock = fixedClock("2021-04-25T02:00:00.000Z");
  const { admin, editor, reviewer } = testActors("d");
  beforeAll(async () => {
    t = await openTestStore(dialect, { now: clock.now });
  });
  afterAll(async () => t?.cleanup());

  it("lists entries newest first in write order, even within one millisecond", async () => {
    const bureau = await t.store.organisations.create(as(admin, "organisations.create"), {
      kind: "bureau",
      parentId: null,
      name: "甲",
    });
    let version = bureau.version;
    for (const name of ["乙", "丙", "丁"]) {
      version = (
        await t.store.organisations.update(as(admin, "organisations.update"), {
          id: bureau.id,
          expectedVersion: version,
          name,
        })
      ).version;
    }
    const entries = await t.store.audit.list(as(reviewer), { entityId: bureau.id });
    expect(entries.map((e) => [e.action, e.changes.find((c) => c.path === "name")?.after])).toEqual(
      [
        ["organisations.update", "丁"],
        ["organisations.update", "丙"],
        ["organisations.update", "乙"],
        ["organisations.create", "甲"],
      ],
    );
    expect(
      entries.every(
        (e) =>
          e.at === "2021-04-25T02:00:00.000Z" &&
          e.actorId === "u-admin" &&
          e.actorRole === "bureauAdmin",
      ),
    ).toBe(true);
  });

  it("is closed to department editors", async () => {
    await expect(t.store.audit.list(as(editor))).rejects.toThrow(Forbidden);
  });
});
