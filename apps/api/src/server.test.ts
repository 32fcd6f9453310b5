import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./server.ts";

let server: ReturnType<typeof serve>;
let base = "";

beforeAll(async () => {
  await new Promise<void>((ready) => {
    server = serve(
      { fetch: createApp().fetch, port: 0, hostname: "127.0.0.1" },
      (info: AddressInfo) => {
        base = `http://127.0.0.1:${info.port}`;
        ready();
      },
    );
  });
});

afterAll(async () => {
  await new Promise<void>((closed) => server.close(() => closed()));
});

describe("HTTP on an ephemeral port", () => {
  it("answers /healthz", async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("evaluates the Taojiang example over tRPC: “三公经费”控制率 10.28%", async () => {
    const input = encodeURIComponent(JSON.stringify({ id: "taojiang-natural-resources-2020" }));
    const got = await fetch(`${base}/trpc/examples.get?input=${input}`);
    expect(got.status).toBe(200);
    const dataset = ((await got.json()) as { result: { data: unknown } }).result.data;
    const response = await fetch(`${base}/trpc/evaluations.evaluate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(dataset),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { data: { indicators: { key: string; value: string | null; display: string }[] } };
    };
    const rate = body.result.data.indicators.find(
      (i) => i.key === "threePublicExpenses.controlRate.total",
    );
    // Seed 1.2.1: 84,284.72 ÷ 820,000.00 → 10.28%; the exact value travels as a string.
    expect(rate?.display).toBe("10.28%");
    expect(typeof rate?.value).toBe("string");
  });

  it("answers a malformed dataset with 400 and the path of each problem", async () => {
    const response = await fetch(`${base}/trpc/evaluations.evaluate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        schemaVersion: 1,
        projects: [{ seq: 1, name: "土地成本", budget: 593785100, actual: "-1" }],
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: number; data: { code: string; issues: { path: string; message: string }[] } };
    };
    expect(body.error.data.code).toBe("BAD_REQUEST");
    const byPath = new Map(body.error.data.issues.map((i) => [i.path, i.message]));
    expect(byPath.get("department")).toBe("缺少必填字段 / required field is missing");
    expect(byPath.get("projects[0].budget")).toContain("不能是JSON数字");
    expect(byPath.get("projects[0].actual")).toContain("“-1”不是金额");
  });
});
