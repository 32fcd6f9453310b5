import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Conflict, Forbidden, ValidationFailed } from "../errors.ts";
import {
  as,
  DIALECTS,
  minimalDataset,
  openTestStore,
  orgFixture,
  type TestStore,
} from "../testing/index.ts";

describe.each(DIALECTS)("organisations, roles and API tokens (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    fx = await orgFixture(t.store);
  });
  afterAll(async () => t?.cleanup());

  it("builds the tree bureau → department → budget unit", async () => {
    const unit = await t.store.organisations.create(as(fx.actors.admin), {
      kind: "budgetUnit",
      parentId: fx.department.id,
      name: "桃江县不动产登记中心",
    });
    const all = await t.store.organisations.list(as(fx.actors.editor));
    expect(all.map((o) => [o.kind, o.name, o.parentId])).toEqual([
      ["bureau", "桃江县财政局", null],
      // departments by name in pinyin order: 林 (lín) before 自 (zì)
      ["department", "桃江县林业局", fx.bureau.id],
      ["department", "桃江县自然资源局", fx.bureau.id],
      ["budgetUnit", "桃江县不动产登记中心", fx.department.id],
    ]);
    expect(unit.version).toBe(1);
    // the seed's 统一社会信用代码 (examples dataset department.unifiedSocialCreditCode)
    expect(fx.department.unifiedSocialCreditCode).toBe("11430922MB1636254P");
  });

  it("refuses a wrong parent, a bad credit code and a non-admin writer", async () => {
    const wrongParent = await t.store.organisations
      .create(as(fx.actors.admin), { kind: "budgetUnit", parentId: fx.bureau.id, name: "x" })
      .catch((e: unknown) => e);
    expect((wrongParent as ValidationFailed).issues[0]?.path).toBe("parentId");
    const badCode = await t.store.organisations
      .create(as(fx.actors.admin), {
        kind: "department",
        parentId: fx.bureau.id,
        name: "y",
        unifiedSocialCreditCode: "11430922MB1636254Q",
      })
      .catch((e: unknown) => e);
    expect(badCode).toBeInstanceOf(ValidationFailed);
    expect((badCode as ValidationFailed).issues[0]).toEqual({
      path: "unifiedSocialCreditCode",
      message: "统一社会信用代码校验位应为“P”，实为“Q” / check character should be 'P', got 'Q'",
    });
    await expect(
      t.store.organisations.create(as(fx.actors.reviewer), {
        kind: "department",
        parentId: fx.bureau.id,
        name: "z",
      }),
    ).rejects.toThrow(Forbidden);
  });

  it("renames with a version check and audits the change", async () => {
    const renamed = await t.store.organisations.update(
      as(fx.actors.admin, "organisations.update"),
      {
        id: fx.other.id,
        expectedVersion: 1,
        name: "桃江县林业局（更名）",
      },
    );
    expect(renamed.version).toBe(2);
    // a department's datasets list under its new name
    const ds = await t.store.datasets.create(as(fx.actors.admin), {
      departmentId: fx.department.id,
      content: minimalDataset(),
    });
    await t.store.organisations.update(as(fx.actors.admin), {
      id: fx.department.id,
      expectedVersion: 1,
      name: "桃江县自然资源局（新）",
    });
    expect((await t.store.datasets.get(as(fx.actors.admin), ds.id)).departmentName).toBe(
      "桃江县自然资源局（新）",
    );
    const stale = await t.store.organisations
      .update(as(fx.actors.admin), { id: fx.other.id, expectedVersion: 1, name: "又一个名字" })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(Conflict);
    expect((stale as Conflict).changes).toEqual([
      { path: "name", before: "桃江县林业局", after: "桃江县林业局（更名）" },
    ]);
    const [entry] = await t.store.audit.list(as(fx.actors.admin), {
      entity: "organisation",
      entityId: fx.other.id,
      limit: 1,
    });
    expect(entry?.changes).toEqual([
      { path: "name", before: "桃江县林业局", after: "桃江县林业局（更名）" },
    ]);
  });

  it("keys roles by auth user id; an editor needs a department; changes need expectedVersion", async () => {
    const admin = as(fx.actors.admin);
    const role = await t.store.roles.set(admin, {
      userId: "auth-user-1",
      role: "departmentEditor",
      departmentId: fx.department.id,
    });
    expect(await t.store.roles.actorFor("auth-user-1")).toEqual({
      id: "auth-user-1",
      role: "departmentEditor",
      departmentId: fx.department.id,
    });
    expect(await t.store.roles.actorFor("nobody")).toBeNull();
    await expect(
      t.store.roles.set(admin, { userId: "auth-user-2", role: "departmentEditor" }),
    ).rejects.toThrow(ValidationFailed);
    await expect(
      t.store.roles.set(admin, { userId: "auth-user-1", role: "reviewer" }),
    ).rejects.toThrow(Conflict);
    const changed = await t.store.roles.set(admin, {
      userId: "auth-user-1",
      role: "reviewer",
      expectedVersion: role.version,
    });
    expect(changed).toMatchObject({ role: "reviewer", departmentId: null, version: 2 });
    await expect(t.store.roles.list(as(fx.actors.editor))).rejects.toThrow(Forbidden);
    await t.store.roles.remove(admin, { userId: "auth-user-1", expectedVersion: 2 });
    expect(await t.store.roles.actorFor("auth-user-1")).toBeNull();
  });

  it("issues API tokens shown once, stores only their SHA-256, verifies and revokes them", async () => {
    const { token, plain } = await t.store.apiTokens.create(as(fx.actors.admin), {
      name: "省厅数据对接",
    });
    expect(plain).toMatch(/^[0-9a-f]{64}$/);
    expect(token).toMatchObject({
      role: "apiClient",
      ownerUserId: "u-admin",
      revokedAt: null,
      lastUsedAt: null,
    });
    const stored = await t.store.db.selectFrom("api_tokens").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(plain);
    expect(await t.store.apiTokens.verify(plain)).toEqual({
      id: `token:${token.id}`,
      role: "apiClient",
      departmentId: null,
    });
    expect((await t.store.apiTokens.list(as(fx.actors.admin)))[0]?.lastUsedAt).not.toBeNull();
    expect(await t.store.apiTokens.verify("0".repeat(64))).toBeNull();
    expect(await t.store.apiTokens.verify("not a token")).toBeNull();
    await t.store.apiTokens.revoke(as(fx.actors.admin), token.id);
    expect(await t.store.apiTokens.verify(plain)).toBeNull();
    await expect(t.store.apiTokens.create(as(fx.actors.reviewer), { name: "x" })).rejects.toThrow(
      Forbidden,
    );
  });
});
