import { compileErrors, validate } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/harness.ts";
import { signInCookie } from "./testing/http.ts";

let server: TestServer;
let token = "";

beforeAll(async () => {
  server = await startTestServer("sqlite");
  // A third party's token, created by the admin (read-only apiClient role by default).
  const cookie = await signInCookie(
    server.url,
    server.firstAdmin.email,
    server.firstAdmin.password,
  );
  const created = await fetch(`${server.url}/trpc/tokens.create`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name: "会计师事务所" }),
  });
  token = ((await created.json()) as { result: { data: { token: string } } }).result.data.token;
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
});

describe("OpenAPI and REST", () => {
  it("publishes /openapi.json that validates as OpenAPI 3, with the read and evaluate operations", async () => {
    const response = await fetch(`${server.url}/openapi.json`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, Record<string, unknown>>;
    };
    const result = await validate(structuredClone(document) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.valid).toBe(true);
    expect(document.openapi.startsWith("3.")).toBe(true);
    expect(document.servers[0]?.url).toBe(`${server.url}/api`);
    expect(
      Object.entries(document.paths)
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
        .sort(),
    ).toEqual([
      "GET /datasets",
      "GET /datasets/{id}",
      "GET /evaluations/{id}",
      "GET /frameworks",
      "GET /frameworks/{id}",
      "POST /evaluations/run",
    ]);
  });

  it("a plain fetch with a bearer token (as curl would) reads the Taojiang dataset and evaluates it: 10.28", async () => {
    const auth = { authorization: `Bearer ${token}` };
    const list = await fetch(`${server.url}/api/datasets?fiscalYear=2020`, { headers: auth });
    expect(list.status).toBe(200);
    const [summary] = (await list.json()) as { id: string; departmentName: string }[];
    expect(summary?.departmentName).toBe("桃江县自然资源局");
    const got = await fetch(`${server.url}/api/datasets/${summary?.id}`, { headers: auth });
    const dataset = (await got.json()) as { content: unknown };

    // curl -X POST -H "Authorization: Bearer $T" -H "Content-Type: application/json" \
    //   -d '{"dataset": …}' http://…/api/evaluations/run
    const response = await fetch(`${server.url}/api/evaluations/run`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ dataset: dataset.content }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      evaluation: unknown;
      indicators: { key: string; value: string | null; display: string }[];
    };
    expect(body.evaluation).toBeNull();
    const rate = body.indicators.find((i) => i.key === "threePublicExpenses.controlRate.total");
    // Seed 1.2.1: 84,284.72 ÷ 820,000.00 = 10.2786…% → 10.28.
    expect(rate?.display).toBe("10.28%");
    expect(rate?.value?.startsWith("10.2786243902439")).toBe(true);
  });

  it("refuses REST without a token (401) and a read-only token's stored run (403)", async () => {
    const anonymous = await fetch(`${server.url}/api/datasets`);
    expect(anonymous.status).toBe(401);
    const run = await fetch(`${server.url}/api/evaluations/run`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ datasetId: "taojiang-natural-resources-2020" }),
    });
    expect(run.status).toBe(403);
  });

  it("stops accepting a revoked token", async () => {
    const cookie = await signInCookie(
      server.url,
      server.firstAdmin.email,
      server.firstAdmin.password,
    );
    const created = await fetch(`${server.url}/trpc/tokens.create`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ name: "临时" }),
    });
    const { id, token: plain } = (
      (await created.json()) as { result: { data: { id: string; token: string } } }
    ).result.data;
    const auth = { authorization: `Bearer ${plain}` };
    expect((await fetch(`${server.url}/api/frameworks`, { headers: auth })).status).toBe(200);
    await fetch(`${server.url}/trpc/tokens.revoke`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ id }),
    });
    expect((await fetch(`${server.url}/api/frameworks`, { headers: auth })).status).toBe(401);
  });
});
