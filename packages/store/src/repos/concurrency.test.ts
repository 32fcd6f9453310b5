import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Conflict, RateLimited } from "../errors.ts";
import {
  as,
  DIALECTS,
  minimalDataset,
  openTestStore,
  orgFixture,
  type TestStore,
} from "../testing/index.ts";

describe.each(DIALECTS)("no lost updates under concurrent writers (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    fx = await orgFixture(t.store);
  });
  afterAll(async () => t?.cleanup());

  it("of two writers holding the same version, exactly one wins; the other gets Conflict with the winner's change", async () => {
    const ds = await t.store.datasets.create(as(fx.actors.editor), {
      departmentId: fx.department.id,
      content: minimalDataset(),
    });
    const a = minimalDataset();
    a.staffing.retiredStaff = 90;
    const b = minimalDataset();
    b.staffing.retiredStaff = 91;
    const results = await Promise.allSettled([
      t.store.datasets.update(as(fx.actors.editor), { id: ds.id, expectedVersion: 1, content: a }),
      t.store.datasets.update(as(fx.actors.admin), { id: ds.id, expectedVersion: 1, content: b }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(Conflict);
    const current = await t.store.datasets.get(as(fx.actors.admin), ds.id);
    expect(current.version).toBe(2);
    // the loser is told what the winner changed: 离退休人数 89 (seed) → the winner's value
    const conflict = lost[0]?.reason as Conflict;
    expect(conflict.changes).toEqual([
      {
        path: "content.staffing.retiredStaff",
        before: 89,
        after: current.content.staffing.retiredStaff,
      },
    ]);
    const audits = await t.store.audit.list(as(fx.actors.admin), { entityId: ds.id, limit: 10 });
    expect(audits.filter((e) => e.action === "datasets.update")).toHaveLength(1);
  });

  it("one device answering twice at once is counted once", async () => {
    const ds = await t.store.datasets.create(as(fx.actors.editor), {
      departmentId: fx.department.id,
      content: minimalDataset(2021),
    });
    const survey = await t.store.surveys.create(as(fx.actors.editor), {
      datasetId: ds.id,
      title: "问卷",
      questions: ["是否满意？"],
    });
    const answer = () =>
      t.store.surveys.respond({
        slug: survey.slug,
        deviceId: "same-device-1",
        answers: ["satisfied"],
      });
    const results = await Promise.allSettled([answer(), answer(), answer()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect(r.reason).toBeInstanceOf(RateLimited);
    expect((await t.store.surveys.aggregate(as(fx.actors.admin), survey.id)).questionnaires).toBe(
      1,
    );
  });
});
