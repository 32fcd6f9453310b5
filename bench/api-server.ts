/**
 * Child process of the API benchmark (run with tsx by sections/api.ts): the real bureau server
 * (`startServer`: Hono + tRPC + better-auth, on a fresh SQLite file) and, in the same process,
 * a bare Hono JSON route served the same way (@hono/node-server) — the ceiling. Prints one JSON
 * line (urls, an API token, datasets to save into) on stdout, then serves until killed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { startServer } from "../apps/api/src/start-server.ts";

/** What the child tells the benchmark. */
export interface ApiServerInfo {
  url: string;
  bareUrl: string;
  token: string;
  /** Two 草稿 per connection to save into (warm-up, then measured run), with their versions. */
  datasets: { id: string; version: number }[];
}

const CONNECTIONS = Number(process.argv[2] ?? 50);
/** Two drafts per connection: one set for the warm-up run, one for the measured run. */
const DRAFTS = 2 * CONNECTIONS;

/**
 * A package's ES module entry as apps/api resolves it (the workspace root does not depend on
 * it). The ES entry, not the CommonJS one `require.resolve` gives: the server imports
 * @hono/node-server as ES, and a second (CJS) copy's `serve` replaces the global Response with
 * its own class, which the server's copy does not recognise — every tRPC answer then took
 * node-server's slow path (a real undici Response, its body re-read as a stream), a cost of
 * the benchmark's setup that production (one copy) does not pay.
 */
async function fromApi<T>(name: string): Promise<T> {
  const require = createRequire(new URL("../apps/api/package.json", import.meta.url));
  const cjs = require.resolve(name);
  const marker = `/node_modules/${name}/`;
  const root = cjs.slice(0, cjs.lastIndexOf(marker) + marker.length);
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    exports: { ".": { import: string | { default: string } } };
  };
  const entry = manifest.exports["."].import;
  const file = join(root, typeof entry === "string" ? entry : entry.default);
  return (await import(pathToFileURL(file).href)) as T;
}

const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-api-"));
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  database: { kind: "sqlite", file: join(dir, "jixiao.db") },
  authSecret: "jixiao-bench-secret-0123456789abcdef",
  maxBodyBytes: 5 * 1024 * 1024,
  maxUploadBytes: 20 * 1024 * 1024,
  secureCookies: "auto",
  webDist: null,
  log: () => {},
});
const { store } = server.services;
const admin = { id: "bench-admin", role: "bureauAdmin" as const, departmentId: null };
const call = { actor: admin, action: "bench" };
const { plain } = await store.apiTokens.create(call, { name: "bench", role: "bureauAdmin" });

const taojiang = JSON.parse(
  readFileSync(
    new URL("../examples/taojiang-natural-resources-2020/dataset.json", import.meta.url),
    "utf8",
  ),
) as { department: { name: string } };
const bureau = await store.organisations.create(call, {
  kind: "bureau",
  parentId: null,
  name: "基准测试财政局",
});
const datasets: { id: string; version: number }[] = [];
for (let i = 0; i < DRAFTS; i++) {
  const department = await store.organisations.create(call, {
    kind: "department",
    parentId: bureau.id,
    name: `基准测试部门${i + 1}`,
  });
  const record = await store.datasets.create(call, {
    departmentId: department.id,
    content: taojiang,
  });
  datasets.push({ id: record.id, version: record.version });
}

const { Hono } = await fromApi<typeof import("hono")>("hono");
const { serve } = await fromApi<typeof import("@hono/node-server")>("@hono/node-server");
const bare = new Hono();
bare.get("/bare", (c) => c.json({ status: "ok" }));
const bareUrl = await new Promise<string>((ready) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, (info) =>
    ready(`http://127.0.0.1:${info.port}`),
  );
  process.on("SIGTERM", () => {
    s.close();
    void server.close(1000).finally(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  });
});

const info: ApiServerInfo = { url: server.url, bareUrl, token: plain, datasets };
process.stdout.write(`${JSON.stringify(info)}\n`);
