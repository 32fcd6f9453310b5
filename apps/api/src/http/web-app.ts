import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

/** Paths the API owns; the web app's fallback never answers them. */
const API_PREFIXES = ["/api/", "/trpc", "/files/", "/s/", "/healthz", "/openapi.json"];

/**
 * Serve the built web app (apps/web/dist) at `/`: its files as they are, and `index.html` for
 * any other GET that is not an API path (SPA fallback, so /datasets/42 opens the app).
 * Does nothing and returns false when `dist` has no index.html (development, or not built).
 * @example mountWebApp(app, "/work/main/apps/web/dist") === true // after `pnpm --filter @jixiao/web build`
 */
export function mountWebApp(app: Hono, dist: string): boolean {
  const indexFile = join(dist, "index.html");
  if (!existsSync(indexFile)) return false;
  const isApiPath = (path: string) => API_PREFIXES.some((p) => path === p || path.startsWith(p));
  app.use("*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    if (isApiPath(c.req.path)) return next();
    return serveStatic({ root: dist })(c, next);
  });
  app.get("*", (c, next) => {
    if (isApiPath(c.req.path)) return next();
    // Read per request: a rebuilt app is served without a restart.
    return c.html(readFileSync(indexFile, "utf8"));
  });
  return true;
}

/** How to build the web app, for the `/` page and the `serve` banner when it is not built. */
export const WEB_APP_BUILD_HINT =
  "网页端尚未构建：请运行 pnpm --filter @jixiao/web build 后重启服务器 / the web app is not built: run pnpm --filter @jixiao/web build, then restart the server";

/** The page at `/` when there is no built web app: what is missing, how to build it, the API. */
export const WEB_APP_MISSING_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>jixiao 绩效 — 网页端尚未构建 / web app not built</title></head>
<body>
<h1>jixiao 绩效服务器正在运行 / the jixiao server is running</h1>
<p>网页端尚未构建。请在仓库根目录运行：<br>The web app is not built. In the repository, run:</p>
<pre>pnpm --filter @jixiao/web build</pre>
<p>然后重启 <code>pnpm jixiao serve</code>（或设置 <code>JIXIAO_WEB_DIST</code> 指向已构建的目录）。<br>
Then restart <code>pnpm jixiao serve</code> (or point <code>JIXIAO_WEB_DIST</code> at a built app).</p>
<p>API：<a href="/healthz">/healthz</a> · <a href="/openapi.json">/openapi.json</a> · /trpc · /api</p>
</body>
</html>
`;

/**
 * The page at `/` when no web app is built ({@link WEB_APP_MISSING_PAGE}, 200), instead of a
 * bare JSON 404.
 */
export function mountWebAppMissing(app: Hono): void {
  app.get("/", (c) => c.html(WEB_APP_MISSING_PAGE));
}
