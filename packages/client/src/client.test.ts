import { startTestServer, TEST_DIALECTS, type TestServer } from "@jixiao/api/testing";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJixiaoClient } from "./create-client.ts";
import { LoginError, login, logout, signIn } from "./login.ts";
import type { AppRouter } from "./types.ts";

const CONTROL_RATE = "threePublicExpenses.controlRate.total";

describe.each(TEST_DIALECTS)("the typed client against the real server on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  }, 60_000);
  afterAll(async () => {
    await server?.cleanup();
  }, 60_000);

  it("logs in, reads Taojiang, changes one 三公 amount with its version, gets the new 控制率, and a replay is CONFLICT", async () => {
    const client = await login(server.url, server.firstAdmin.email, server.firstAdmin.password);
    const me = await client.users.me.query();
    expect(me).toMatchObject({ email: "admin@jixiao.local", role: "bureauAdmin" });

    const departments = await client.departments.list.query();
    expect(departments.map((d) => d.name)).toEqual(["桃江县自然资源局"]);

    const list = await client.datasets.list.query({});
    const summary = list.find(
      (d) => d.departmentName === "桃江县自然资源局" && d.fiscalYear === 2020,
    );
    if (!summary) throw new Error("seedInitial loads the Taojiang 2020 dataset");
    const dataset = await client.datasets.get.query({ id: summary.id });
    // Seed 表（三）: “三公”经费 决算 62,769.85 + 21,514.87 + 0 + 0 = 84,284.72 元.
    expect(dataset.threePublicActual).toBe("84284.72");
    expect(dataset.status).toBe("draft");

    const before = await client.evaluations.run.mutate({ datasetId: dataset.id });
    const rateBefore = before.indicators.find((i) => i.key === CONTROL_RATE);
    // Seed 1.2.1: 84,284.72 ÷ 820,000.00 = 10.2786…% → 10.28%.
    expect(rateBefore?.display).toBe("10.28%");
    expect(before.evaluation?.datasetVersion).toBe(dataset.version);

    // 公务接待费 决算 62,769.85 → 72,769.85: 三公 决算 94,284.72 元.
    const content = structuredClone(dataset.content) as {
      threePublicExpenses: { item: string; actual: string }[];
    };
    const reception = content.threePublicExpenses.find((e) => e.item === "officialReception");
    if (!reception) throw new Error("the seed has 公务接待费");
    expect(reception.actual).toBe("62769.85");
    reception.actual = "72769.85";
    const updated = await client.datasets.update.mutate({
      id: dataset.id,
      expectedVersion: dataset.version,
      content,
    });
    expect(updated.version).toBe(dataset.version + 1);
    expect(updated.threePublicActual).toBe("94284.72");

    const after = await client.evaluations.run.mutate({ datasetId: dataset.id });
    const rateAfter = after.indicators.find((i) => i.key === CONTROL_RATE);
    // 94,284.72 ÷ 820,000.00 = 0.114981365853658536… → 11.4981365853…% → 11.50% (四舍五入).
    expect(rateAfter?.display).toBe("11.50%");
    expect(rateAfter?.value?.startsWith("11.49813658536585365853")).toBe(true);
    expect(after.evaluation?.datasetVersion).toBe(updated.version);

    // Replaying the same write with the old version: CONFLICT, naming what changed since.
    const replay = await client.datasets.update
      .mutate({ id: dataset.id, expectedVersion: dataset.version, content })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(replay).toBeInstanceOf(TRPCClientError);
    const error = replay as TRPCClientError<AppRouter>;
    expect(error.data?.code).toBe("CONFLICT");
    expect(error.data?.httpStatus).toBe(409);
    expect(error.data?.conflict).toMatchObject({
      expectedVersion: dataset.version,
      currentVersion: updated.version,
    });
    const changed = error.data?.conflict?.changes.find((c) =>
      c.path.endsWith("threePublicExpenses[0].actual"),
    );
    expect(changed).toMatchObject({ before: "62769.85", after: "72769.85" });
    // The stored dataset still has the one acknowledged write.
    expect((await client.datasets.get.query({ id: dataset.id })).version).toBe(updated.version);
  }, 60_000);

  it("binds an API token (Bearer): reads and evaluates, may not write, stops at revocation", async () => {
    const admin = await login(server.url, server.firstAdmin.email, server.firstAdmin.password);
    const created = await admin.tokens.create.mutate({ name: "会计师事务所" });
    expect(created.role).toBe("apiClient");
    expect(created.token).toMatch(/^[0-9a-f]{64}$/);
    const client = createJixiaoClient(server.url, created.token);
    expect(await client.users.me.query()).toMatchObject({
      id: `token:${created.id}`,
      role: "apiClient",
      email: null,
    });
    const [summary] = await client.datasets.list.query({ fiscalYear: 2020 });
    if (!summary) throw new Error("the seed dataset is listed");
    const dataset = await client.datasets.get.query({ id: summary.id });
    const preview = await client.evaluations.run.mutate({ dataset: dataset.content });
    expect(preview.evaluation).toBeNull();
    const write = await client.datasets.update
      .mutate({ id: dataset.id, expectedVersion: dataset.version, content: dataset.content })
      .then(
        () => null,
        (e: unknown) => e as TRPCClientError<AppRouter>,
      );
    expect(write?.data?.code).toBe("FORBIDDEN");
    await admin.tokens.revoke.mutate({ id: created.id });
    const revoked = await client.users.me.query().then(
      () => null,
      (e: unknown) => e as TRPCClientError<AppRouter>,
    );
    expect(revoked?.data?.code).toBe("UNAUTHORIZED");
  }, 60_000);

  it("logs in from Node with the global fetch while better-auth checks origins; another site's page is refused", async () => {
    // The harness turns better-auth's Origin check on (it skips it under NODE_ENV=test), as in
    // production: Node's fetch sends `sec-fetch-mode: cors` and no Origin of its own.
    const client = await login(server.url, server.firstAdmin.email, server.firstAdmin.password);
    expect((await client.users.me.query()).email).toBe("admin@jixiao.local");
    const bare = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: server.firstAdmin.email,
        password: server.firstAdmin.password,
      }),
    });
    expect(bare.status).toBe(403);
    const crossSite = await fetch(`${server.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://evil.example" },
      body: JSON.stringify({
        email: server.firstAdmin.email,
        password: server.firstAdmin.password,
      }),
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.headers.getSetCookie()).toEqual([]);
  }, 60_000);

  it("ends a session at sign-out: the old cookie is refused afterwards", async () => {
    const cookie = await signIn(server.url, server.firstAdmin.email, server.firstAdmin.password);
    expect(cookie).toMatch(/session_token=/);
    const client = createJixiaoClient(server.url, undefined, { cookie });
    expect((await client.users.me.query()).role).toBe("bureauAdmin");
    await logout(server.url, cookie);
    const after = await client.users.me.query().then(
      () => null,
      (e: unknown) => e as TRPCClientError<AppRouter>,
    );
    expect(after?.data?.code).toBe("UNAUTHORIZED");
  }, 60_000);

  it("refuses a wrong password with 401 and the 6th bad login within a minute with 429", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const status = await login(server.url, "admin@jixiao.local", "not-the-password").then(
        () => 200,
        (e: unknown) => (e instanceof LoginError ? e.status : -1),
      );
      statuses.push(status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  }, 60_000);
});
