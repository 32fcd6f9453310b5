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
