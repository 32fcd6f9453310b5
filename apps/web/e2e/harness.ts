import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type RunningServer, startServer } from "@jixiao/api/server";
import { type Browser, chromium } from "playwright-core";

/** apps/web. */
export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the tests save their screenshots (git-ignored). */
export const SCREENSHOTS = join(WEB_DIR, "e2e", "screenshots");

/** The newest modification time (ms) of the files under `path`, node_modules and dist left out. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist" || entry === "e2e") continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** What the built app is made of: the web app's sources and the workspace packages it bundles. */
const SOURCES = [
  WEB_DIR,
  join(WEB_DIR, "../../packages/core/src"),
  join(WEB_DIR, "../../packages/report/src/xlsx/sheet-specs.ts"),
  join(WEB_DIR, "../../examples"),
];

/**
 * Build the production web app (apps/web/dist) exactly as `pnpm --filter @jixiao/web build` does,
 * unless dist is already newer than every source (as after `turbo run build` in `pnpm test`).
 */
export async function buildWebApp(): Promise<string> {
  const dist = join(WEB_DIR, "dist");
  const built = existsSync(join(dist, "index.html"))
    ? statSync(join(dist, "index.html")).mtimeMs
    : 0;
  if (built === 0 || SOURCES.some((source) => newest(source) > built))
    // A child process, as `pnpm --filter @jixiao/web build` runs it: under vitest NODE_ENV is
    // "test", which would bundle React's development build.
    execFileSync(
      process.execPath,
      [join(WEB_DIR, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "error"],
      {
        cwd: WEB_DIR,
        env: { ...process.env, NODE_ENV: "production" },
        stdio: "inherit",
      },
    );
  return dist;
}

/** The real bureau server on a temp SQLite database and a free port, serving the built app. */
export interface E2eServer {
  url: string;
  admin: { email: string; password: string };
  server: RunningServer;
  close(): Promise<void>;
}

/**
 * Start the real server (the api's startServer, as `pnpm jixiao serve` does) on port 0 with a
 * fresh SQLite file; its first start creates admin@jixiao.local and loads Taojiang 2020.
 */
export async function startE2eServer(webDist: string): Promise<E2eServer> {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-web-e2e-"));
  const server = await startServer({
    port: 0,
    host: "127.0.0.1",
    database: { kind: "sqlite", file: join(dir, "jixiao.db") },
    authSecret: "jixiao-web-e2e-secret-0123456789abcdef",
    maxBodyBytes: 5 * 1024 * 1024,
    maxUploadBytes: 20 * 1024 * 1024,
    secureCookies: "auto",
    webDist,
    log: () => {},
  });
  if (!server.firstAdmin) throw new Error("the first start did not create the admin");
  return {
    url: server.url,
    admin: server.firstAdmin,
    server,
    async close() {
      await server.close(2_000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, driven by playwright-core (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A session cookie for API calls made by the test itself (setting up users), via better-auth. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status}`);
  await response.body?.cancel();
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .join("; ");
}

/** Call one tRPC procedure over HTTP (no transformer: JSON in, `result.data` out). */
export async function callTrpc<T>(
  url: string,
  cookie: string,
  procedure: string,
  input: unknown,
  kind: "query" | "mutation",
): Promise<T> {
  const response =
    kind === "query"
      ? await fetch(`${url}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, {
          headers: { cookie },
        })
      : await fetch(`${url}/trpc/${procedure}`, {
          method: "POST",
          headers: { cookie, "content-type": "application/json" },
          body: JSON.stringify(input),
        });
  const body = (await response.json()) as { result?: { data: T }; error?: unknown };
  if (!response.ok || !body.result) throw new Error(`${procedure}: ${JSON.stringify(body.error)}`);
  return body.result.data;
}
