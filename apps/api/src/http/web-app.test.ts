import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../server.ts";
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
    expect(server.webApp).toBe(dist);
    // The same services (no second database), with a web app directory that has no build.
    const bare = createApp({
      ...server.services,
      settings: { ...server.services.settings, webDist: join(dist, "not-built") },
    });
    const page = await bare.request("/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    const html = await page.text();
    expect(html).toContain("网页端尚未构建");
    expect(html).toContain("The web app is not built");
    expect(html).toContain("pnpm --filter @jixiao/web build");
    expect((await bare.request("/healthz")).headers.get("content-type")).toContain("json");
    expect((await bare.request("/nowhere")).status).toBe(404);
  });
});
