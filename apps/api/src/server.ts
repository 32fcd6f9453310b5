import { trpcServer } from "@hono/trpc-server";
import { Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { AUTH_BASE_PATH } from "./auth/auth.ts";
import { toTRPCError } from "./errors.ts";
import { authRoutes } from "./http/auth-routes.ts";
import { plainError } from "./http/error-response.ts";
import { filesRoutes } from "./http/files.ts";
import { surveyRoutes } from "./http/surveys.ts";
import { mountWebApp, mountWebAppMissing } from "./http/web-app.ts";
import { openApiDocument, REST_PREFIX } from "./openapi.ts";
import type { Services } from "./services.ts";
import { createContext } from "./trpc/init.ts";
import { appRouter } from "./trpc/routers/_app.ts";

/**
 * The HTTP application of the bureau server:
 * - `GET /healthz` → 200 `{ status: "ok", version, database: "sqlite" | "postgres" }`;
 * - `/api/auth/*` → better-auth (sign-in/email, sign-out, get-session), logins rate-limited;
 * - `/trpc/*` → every procedure (domain.verb), the actor from the session cookie or
 *   `Authorization: Bearer <token>`; no actor → 401 UNAUTHORIZED;
 * - `GET /openapi.json` and `/api/*` → the read and evaluate procedures as REST (OpenAPI 3.1);
 * - `/files/*` → report and evidence downloads, multipart uploads (files.ts);
 * - `GET/POST /s/:slug` → the public survey pages (surveys.ts);
 * - `/` → the built web app with SPA fallback, when `settings.webDist` holds one; otherwise a
 *   small bilingual page saying how to build it (`pnpm --filter @jixiao/web build`).
 * Cross-site form posts are refused (403) unless from a trusted origin. Request bodies are capped at `settings.maxBodyBytes` (uploads under /files at
 * `settings.maxUploadBytes`): 413 with a bilingual message. An unexpected error answers 500
 * with a generic message; it never stops the server.
 * @example const app = createApp(services); await app.request("/healthz") // 200
 */
export function createApp(services: Services): Hono {
  const app = new Hono();
  const { settings } = services;

  app.onError((error, c) => {
    // Hono's own refusals (HTTPException) keep their status.
    if (error instanceof HTTPException) {
      return plainError(
        c,
        error.status,
        error.status === 403 ? "FORBIDDEN" : "BAD_REQUEST",
        error.message || "请求被拒绝 / request refused",
      );
    }
    console.error(error);
    return plainError(c, 500, "INTERNAL_SERVER_ERROR", "服务器内部错误 / internal server error");
  });

  const bodyCap = bodyLimit({
    maxSize: settings.maxBodyBytes,
    onError: (c) => {
      // The rest of the body is not read: the client must not reuse this connection.
      c.header("Connection", "close");
      return plainError(
        c,
        413,
        "PAYLOAD_TOO_LARGE",
        `请求体超过 ${settings.maxBodyBytes} 字节上限 / request body exceeds the limit of ${settings.maxBodyBytes} bytes`,
      );
    },
  });
  // A browser's write from another site is refused (403) unless its origin is trusted: browsers
  // send Origin with every cross-origin POST. Requests without Origin (curl, other servers) are
  // not cross-site forgeries; hosts are compared, not schemes (behind a TLS proxy the page is
  // https, the request http).
  const sameOrTrusted: MiddlewareHandler = async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS")
      return next();
    const origin = c.req.header("origin");
    if (origin === undefined || settings.trustedOrigins.includes(origin)) return next();
    const host = c.req.header("x-forwarded-host") ?? new URL(c.req.url).host;
    if (URL.parse(origin)?.host === host) return next();
    return plainError(
      c,
      403,
      "FORBIDDEN",
      `跨站请求被拒绝：${origin} / cross-site request refused: ${origin}`,
    );
  };
  for (const path of ["/trpc/*", "/api/*", "/files/*", "/s/*"]) app.use(path, sameOrTrusted);
  app.use("/trpc/*", bodyCap);
  app.use("/api/*", bodyCap);
  app.use("/s/*", bodyCap);

  app.get("/healthz", (c) =>
    c.json({ status: "ok", version: services.version, database: services.store.kind }),
  );

  app.route(AUTH_BASE_PATH, authRoutes(services));

  app.use(
    "/trpc/*",
    trpcServer({
      endpoint: "/trpc",
      router: appRouter,
      createContext: ({ req }) => createContext({ req, services }),
      onError: ({ error }) => {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(error.cause ?? error);
      },
    }),
  );

  app.get("/openapi.json", (c) =>
    c.json(openApiDocument(new URL(c.req.url).origin, services.version)),
  );
  app.all(`${REST_PREFIX}/*`, (c) =>
    createOpenApiFetchHandler({
      endpoint: REST_PREFIX,
      router: appRouter,
      req: c.req.raw,
      createContext: ({ req }: { req: Request }) => createContext({ req, services }),
      onError: ({ error }: { error: unknown }) => {
        const mapped = toTRPCError(error);
        if (mapped.code === "INTERNAL_SERVER_ERROR") console.error(mapped.cause ?? mapped);
      },
    } as Parameters<typeof createOpenApiFetchHandler>[0]),
  );

  app.route("/files", filesRoutes(services));
  app.route("/s", surveyRoutes(services));

  // Without a built app, `/` says how to build it (not a bare 404).
  if (!settings.webDist || !mountWebApp(app, settings.webDist)) mountWebAppMissing(app);
  app.notFound((c) => plainError(c, 404, "NOT_FOUND", "无此地址 / not found"));
  return app;
}
