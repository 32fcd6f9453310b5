import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Conflict, Forbidden, InvalidTransition, ValidationFailed } from "../errors.ts";
import {
  as,
  DIALECTS,
  openTestStore,
  orgFixture,
  type TestStore,
  taojiang,
} from "../testing/index.ts";
import type { DatasetRecord } from "../types.ts";

describe.each(DIALECTS)("datasets (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    fx = await orgFixture(t.store);
  });
  afterAll(async () => t?.cleanup());

  const create = () =>
    t.store.datasets.create(as(fx.actors.editor, "datasets.create"), {
      departmentId: fx.department.id,
      content: taojiang(),
    });

  let ds: DatasetRecord;

  it("creates revision 1 as 草稿 with exact denormalised totals (seed 表（一）合计 and 三公 实际)", async () => {
    ds = await create();
    expect(ds).toMatchObject({
      revision: 1,
      status: "draft",
      version: 1,
      fiscalYear: 2020,
      departmentName: "桃江县自然资源局",
      // 682,237,464.67 元: seed 表（一） 预算支出/实际支出 合计; 84,284.72 元: 三公经费 2020 实际 (seed 一、（三）).
      totalBudget: "682237464.67",
      totalActual: "682237464.67",
      threePublicActual: "84284.72",
      createdBy: "u-editor",
    });
    expect(ds.content.satisfaction?.score).toBe("95.2");
    const listed = await t.store.datasets.list(as(fx.actors.reviewer));
    expect(listed.map((d) => [d.id, d.totalActual])).toEqual([[ds.id, "682237464.67"]]);
  });

  it("refuses a second dataset for the same department-year with Conflict", async () => {
    await expect(create()).rejects.toThrow(Conflict);
    await expect(create()).rejects.toThrow(/已有数据集/);
  });

  it("validates content with core's schema and names the path", async () => {
    const bad = taojiang() as unknown as { projects: { budget: unknown }[] };
    (bad.projects[0] as { budget: unknown }).budget = 12.5;
    const error = await t.store.datasets
      .update(as(fx.actors.editor), { id: ds.id, expectedVersion: 1, content: bad })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).issues[0]?.path).toBe("content.projects[0].budget");
    expect((error as ValidationFailed).issues[0]?.message).toMatch(
      /不能是JSON数字.*floats lose precision/,
    );
  });

  it("updates a 草稿 and audits only the changed field, before and after", async () => {
    const content = taojiang();
    // the seed's block (20份, 95.2) with another score
    content.satisfaction = {
      questionnaires: 20,
      fullScore: "100",
      method: content.satisfaction?.method,
      score: "96",
    };
    ds = await t.store.datasets.update(as(fx.actors.editor, "datasets.update"), {
      id: ds.id,
      expectedVersion: 1,
      content,
    });
    expect(ds.version).toBe(2);
    const [entry] = await t.store.audit.list(as(fx.actors.admin), {
      entity: "dataset",
      entityId: ds.id,
      limit: 1,
    });
    expect(entry).toMatchObject({
      actorId: "u-editor",
      actorRole: "departmentEditor",
      action: "datasets.update",
      entity: "dataset",
      entityId: ds.id,
      changes: [{ path: "content.satisfaction.score", before: "95.2", after: "96" }],
    });
  });

  it("a stale expectedVersion throws Conflict listing what changed since the caller's version", async () => {
    const content = taojiang();
    content.staffing.retiredStaff = 1;
    const error = await t.store.datasets
      .update(as(fx.actors.editor), { id: ds.id, expectedVersion: 1, content })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Conflict);
    const conflict = error as Conflict;
    expect(conflict.expectedVersion).toBe(1);
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.changes).toEqual([
      { path: "content.satisfaction.score", before: "95.2", after: "96" },
    ]);
    expect(conflict.message).toMatch(/已被他人修改.*reload and retry/);
    expect(
      (await t.store.datasets.get(as(fx.actors.admin), ds.id)).content.staffing.retiredStaff,
    ).not.toBe(1);
  });

  it("keeps per-version snapshots", async () => {
    const v1 = await t.store.datasets.getVersion(as(fx.actors.reviewer), { id: ds.id, version: 1 });
    expect(v1.content.satisfaction?.score).toBe("95.2");
    expect(v1.version).toBe(1);
    // version 2's snapshot (written around the content's JSON text) is what JSON.stringify of
    // the snapshot gives, and holds the content the update answered
    const row = await t.store.db
      .selectFrom("record_versions")
      .select("data")
      .where("entity", "=", "dataset")
      .where("entity_id", "=", ds.id)
      .where("version", "=", 2)
      .executeTakeFirstOrThrow();
    const v2 = JSON.parse(row.data);
    expect(JSON.stringify(v2)).toBe(row.data);
    expect(Object.keys(v2)).toEqual(["status", "returnReason", "content"]);
    expect(v2.content).toEqual(
      (await t.store.datasets.getVersion(as(fx.actors.reviewer), { id: ds.id, version: 2 }))
        .content,
    );
    expect(v2.content.satisfaction.score).toBe("96");
  });

  it("walks 草稿 → 已提交 → 审核中, 退回 needs a reason, then → 已定稿", async () => {
    const editor = as(fx.actors.editor);
    const reviewer = as(fx.actors.reviewer);
    // an editor cannot finalise or start review
    await expect(
      t.store.datasets.startReview(editor, { id: ds.id, expectedVersion: 2 }),
    ).rejects.toThrow(Forbidden);
    // illegal: finalise a 草稿
    await expect(
      t.store.datasets.finalise(reviewer, { id: ds.id, expectedVersion: 2 }),
    ).rejects.toThrow(InvalidTransition);
    ds = await t.store.datasets.submit(editor, { id: ds.id, expectedVersion: 2 });
    expect(ds.status).toBe("submitted");
    // content is locked once submitted
    await expect(
      t.store.datasets.update(editor, { id: ds.id, expectedVersion: 3, content: taojiang() }),
    ).rejects.toThrow(InvalidTransition);
    ds = await t.store.datasets.startReview(reviewer, { id: ds.id, expectedVersion: 3 });
    expect(ds.status).toBe("inReview");
    // an editor may not 退回; a reviewer must give a reason
    await expect(
      t.store.datasets.return(editor, { id: ds.id, expectedVersion: 4, reason: "x" }),
    ).rejects.toThrow(Forbidden);
    const noReason = await t.store.datasets
      .return(reviewer, { id: ds.id, expectedVersion: 4, reason: "  " })
      .catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(ValidationFailed);
    expect((noReason as ValidationFailed).issues).toEqual([
      { path: "reason", message: "退回须说明理由（不能为空） / a return needs a non-empty reason" },
    ]);
    ds = await t.store.datasets.return(as(fx.actors.reviewer, "datasets.return"), {
      id: ds.id,
      expectedVersion: 4,
      reason: "三公经费控制率与表（五）不符",
    });
    expect(ds).toMatchObject({
      status: "draft",
      returnReason: "三公经费控制率与表（五）不符",
      version: 5,
    });
    const [returned] = await t.store.audit.list(as(fx.actors.admin), { entityId: ds.id, limit: 1 });
    expect(returned?.action).toBe("datasets.return");
    expect(returned?.changes).toEqual([
      { path: "status", before: "inReview", after: "draft" },
      { path: "returnReason", before: null, after: "三公经费控制率与表（五）不符" },
    ]);
    ds = await t.store.datasets.submit(editor, { id: ds.id, expectedVersion: 5 });
    expect(ds.returnReason).toBeNull();
    ds = await t.store.datasets.startReview(reviewer, { id: ds.id, expectedVersion: 6 });
    ds = await t.store.datasets.finalise(reviewer, { id: ds.id, expectedVersion: 7 });
    expect(ds).toMatchObject({ status: "finalised", version: 8 });
  });

  it("a 已定稿 dataset is read-only; createRevision makes revision 2 as 草稿 and leaves revision 1 untouched", async () => {
    const editor = as(fx.actors.editor);
    const error = await t.store.datasets
      .update(editor, { id: ds.id, expectedVersion: 8, content: taojiang() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTransition);
    expect((error as Error).message).toMatch(/已定稿，只读.*createRevision/);
    await expect(
      t.store.datasets.createRevision(as(fx.actors.reviewer), { id: ds.id }),
    ).rejects.toThrow(Forbidden);
    const rev2 = await t.store.datasets.createRevision(editor, { id: ds.id });
    expect(rev2).toMatchObject({ revision: 2, status: "draft", version: 1 });
    expect(rev2.id).not.toBe(ds.id);
    expect(rev2.content.satisfaction?.score).toBe("96");
    const edited = taojiang();
    edited.satisfaction = {
      questionnaires: 21,
      fullScore: "100",
      method: edited.satisfaction?.method,
      score: "96",
    };
    await t.store.datasets.update(editor, { id: rev2.id, expectedVersion: 1, content: edited });
    const old = await t.store.datasets.get(editor, ds.id);
    expect(old).toMatchObject({ status: "finalised", version: 8, revision: 1 });
    expect(old.content.satisfaction?.questionnaires).toBe(20);
    // revising an old revision when a newer one exists is a Conflict
    await expect(t.store.datasets.createRevision(editor, { id: ds.id })).rejects.toThrow(Conflict);
    const revisions = await t.store.datasets.listRevisions(editor, ds.id);
    expect(revisions.map((r) => [r.revision, r.status])).toEqual([
      [1, "finalised"],
      [2, "draft"],
    ]);
    // the listing shows the latest revision of each department-year
    const listed = await t.store.datasets.list(editor);
    expect(listed.map((d) => d.revision)).toEqual([2]);
  });

  it("a failure mid-transaction leaves nothing half-written", async () => {
    // Plant the version-1 snapshot of the id the next create will use: the dataset row is
    // inserted, then the snapshot insert fails (primary key) — the whole create must roll back.
    const id = "planted-snapshot-clash";
    await t.store.db
      .insertInto("record_versions")
      .values({
        entity: "dataset",
        entity_id: id,
        version: 1,
        data: "{}",
        created_at: "2021-01-01T00:00:00.000Z",
      })
      .execute();
    const content = taojiang();
    content.department.fiscalYear = 2019;
    const auditBefore = (await t.store.audit.list(as(fx.actors.admin), { limit: 1000 })).length;
    await expect(
      t.store.datasets.create(as(fx.actors.admin), {
        id,
        departmentId: fx.department.id,
        content,
      } as never),
    ).rejects.toThrow();
    const rows = await t.store.db
      .selectFrom("datasets")
      .select("id")
      .where("id", "=", id)
      .execute();
    expect(rows).toEqual([]);
    expect((await t.store.audit.list(as(fx.actors.admin), { limit: 1000 })).length).toBe(
      auditBefore,
    );
    expect(await t.store.datasets.list(as(fx.actors.admin), { fiscalYear: 2019 })).toEqual([]);
  });
});
