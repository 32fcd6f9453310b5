import { SEED_IDS } from "@jixiao/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./testing/harness.ts";
import { signInCookie } from "./testing/http.ts";

let server: TestServer;
let cookie = "";

beforeAll(async () => {
  server = await startTestServer("sqlite", { maxBodyBytes: 64 * 1024 });
  cookie = await signInCookie(server.url, server.firstAdmin.email, server.firstAdmin.password);
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
});

/** POST a tRPC mutation as JSON. */
const mutate = (path: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(input),
  });

describe("the bureau server over HTTP", () => {
  it("answers /healthz with the version and the database kind", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", version: "0.1.0", database: "sqlite" });
  });

  it("answers a call without session or token with 401 UNAUTHORIZED, and a wrong token too", async () => {
    const anonymous = await fetch(`${server.url}/trpc/datasets.list?input=%7B%7D`);
    expect(anonymous.status).toBe(401);
    const text = await anonymous.text();
    const body = JSON.parse(text) as { error: { data: { code: string; stack?: string } } };
    expect(body.error.data.code).toBe("UNAUTHORIZED");
    // No stack trace (nor the server's file paths) outside NODE_ENV=development.
    expect(body.error.data.stack).toBeUndefined();
    expect(text).not.toContain(import.meta.dirname);
    expect(text).not.toContain("at ");
    const wrongToken = await fetch(`${server.url}/trpc/datasets.list?input=%7B%7D`, {
      headers: { authorization: `Bearer ${"0".repeat(64)}`, cookie },
    });
    expect(wrongToken.status).toBe(401);
    const files = await fetch(`${server.url}/files/reports/x`);
    expect(files.status).toBe(401);
  });

  it("keeps the stack out of tRPC errors unless NODE_ENV=development", async () => {
    const badInput = await fetch(
      `${server.url}/trpc/datasets.get?input=${encodeURIComponent(JSON.stringify({ id: "" }))}`,
      { headers: { cookie } },
    );
    expect(badInput.status).toBe(400);
    const hidden = (await badInput.json()) as { error: { data: { code: string; stack?: string } } };
    expect(hidden.error.data.code).toBe("BAD_REQUEST");
    expect(hidden.error.data.stack).toBeUndefined();
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = "development";
    try {
      const anonymous = await fetch(`${server.url}/trpc/datasets.list?input=%7B%7D`);
      const shown = (await anonymous.json()) as { error: { data: { stack?: string } } };
      expect(shown.error.data.stack).toContain("TRPCError");
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it("gives the session cookie httpOnly and SameSite=Lax, and Secure behind a TLS proxy", async () => {
    const sign = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: server.url, ...headers },
        body: JSON.stringify({
          email: server.firstAdmin.email,
          password: server.firstAdmin.password,
        }),
      });
    const plain = (await sign({})).headers.getSetCookie().join("\n");
    expect(plain).toMatch(/session_token=[^;]+;.*HttpOnly/);
    expect(plain).toContain("SameSite=Lax");
    expect(plain).not.toContain("Secure");
    const proxied = (await sign({ "x-forwarded-proto": "https" })).headers
      .getSetCookie()
      .join("\n");
    expect(proxied).toMatch(/session_token=[^\n]*; Secure/);
  });

  it("answers bad input with 400 and the path of each problem", async () => {
    const response = await mutate(
      "datasets.update",
      { id: SEED_IDS.dataset, expectedVersion: "one", content: {} },
      { cookie },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { data: { code: string; issues: { path: string; message: string }[] } };
    };
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(body.error.data.issues).toContainEqual({
      path: "expectedVersion",
      message: "版本号应为整数 / version must be an integer",
    });
  });

  it("caps request bodies: 413 with a bilingual message, nothing written", async () => {
    const big = {
      id: SEED_IDS.dataset,
      expectedVersion: 1,
      content: { pad: "x".repeat(70 * 1024) },
    };
    const response = await mutate("datasets.update", big, { cookie });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(body.error.message).toBe(
      "请求体超过 65536 字节上限 / request body exceeds the limit of 65536 bytes",
    );
    const got = await fetch(
      `${server.url}/trpc/datasets.get?input=${encodeURIComponent(JSON.stringify({ id: SEED_IDS.dataset }))}`,
      { headers: { cookie } },
    );
    const dataset = (await got.json()) as { result: { data: { version: number } } };
    expect(dataset.result.data.version).toBe(1);
  });

  it("renders a DOCX report and serves it with its content type and the Chinese name (RFC 5987)", async () => {
    const rendered = await mutate(
      "reports.render",
      { datasetId: SEED_IDS.dataset, format: "docx" },
      { cookie },
    );
    expect(rendered.status).toBe(200);
    const file = ((await rendered.json()) as { result: { data: { url: string; size: number } } })
      .result.data;
    const download = await fetch(`${server.url}${file.url}`, { headers: { cookie } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    // 桃江县自然资源局-2020-绩效评价报告.docx: 桃 = E6 A1 83 … 告 = E5 91 8A.
    const disposition = download.headers.get("content-disposition") ?? "";
    expect(disposition.startsWith('attachment; filename="________-2020-______.docx"; ')).toBe(true);
    expect(disposition).toContain("filename*=UTF-8''%E6%A1%83%E6%B1%9F");
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect(bytes.byteLength).toBe(file.size);
    // A DOCX is a ZIP: "PK\x03\x04".
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  }, 60_000);

  it("answers an unknown path with 404 JSON", async () => {
    const response = await fetch(`${server.url}/nowhere`);
    expect(response.status).toBe(404);
  });
});

describe("cross-site requests", () => {
  it("refuses a cross-site form post (403) and lets a same-origin one through", async () => {
    const form = new FormData();
    form.set("datasetId", SEED_IDS.dataset);
    form.set("file", new Blob(["%PDF-1.4\n%%EOF\n"]), "x.pdf");
    const crossSite = await fetch(`${server.url}/files/evidence`, {
      method: "POST",
      headers: { cookie, origin: "http://evil.example" },
      body: form,
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await fetch(`${server.url}/trpc/users.me`, {
      headers: { cookie, origin: server.url },
    });
    expect(sameOrigin.status).toBe(200);
  });
});
