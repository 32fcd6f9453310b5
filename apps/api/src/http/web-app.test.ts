import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/harness.ts";

const dist = mkdtempSync(join(tmpdir(), "jixiao-web-dist-"));
const INDEX = '<!doctype html><html lang="zh-CN"><body><div id="root"></div></body></html>';
let server: TestServer;

beforeAll(async () => {
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), INDEX);
  writeFileSync(join(dist, "assets", "app.js"), "console.log('绩效');");
  server = await startTestServer("sqlite", { webDist: dist });
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
  rmSync(dist, { recursive: true, force: true });
});

describe("the built web app at /", () => {
  it("serves index.html at / and for app routes (SPA fallback), and the assets as files", async () => {
    for (const path of ["/", "/datasets/taojiang-natural-resources-2020"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(await response.text()).toBe(INDEX);
    }
    const script = await fetch(`${server.url}/assets/app.js`);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(await script.text()).toBe("console.log('绩效');");
  });

  it("never answers API paths with the app", async () => {
    expect((await fetch(`${server.url}/healthz`)).headers.get("content-type")).toContain("json");
    expect((await fetch(`${server.url}/trpc/users.me`)).status).toBe(401);
    expect((await fetch(`${server.url}/files/reports/x`)).status).toBe(401);
  });
});

describe("/ without a built web app", () => {
  it("answers a bilingual page saying how to build it, and API paths stay JSON", async () => {
    const bare = await startTestServer("sqlite", { webDist: join(dist, "not-built") });
    try {
      expect(bare.webApp).toBeNull();
      expect(server.webApp).toBe(dist);
      const page = await fetch(`${bare.url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      const html = await page.text();
      expect(html).toContain("网页端尚未构建");
      expect(html).toContain("The web app is not built");
      expect(html).toContain("pnpm --filter @jixiao/web build");
      expect((await fetch(`${bare.url}/healthz`)).headers.get("content-type")).toContain("json");
      expect((await fetch(`${bare.url}/nowhere`)).status).toBe(404);
    } finally {
      await bare.cleanup();
    }
  }, 60_000);
});
