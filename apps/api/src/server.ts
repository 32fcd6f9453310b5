import { trpcServer } from "@hono/trpc-server";
import { Hono } from "hono";
import { createContext } from "./trpc/init.ts";
import { appRouter } from "./trpc/routers/_app.ts";

/**
 * The HTTP application: tRPC under `/trpc/*` (e.g. POST /trpc/evaluations.evaluate) and a
 * liveness probe at `/healthz`. Runs anywhere Hono runs; main.ts serves it on Node.
 * @example await createApp().request("/healthz") // 200 {"status":"ok"}
 */
export function createApp(): Hono {
  const app = new Hono();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.use(
    "/trpc/*",
    trpcServer({
      endpoint: "/trpc",
      router: appRouter,
      createContext: ({ req }) => ({ ...createContext({ req }) }),
    }),
  );
  return app;
}
