import { serve } from "@hono/node-server";
import { loadEnv } from "./env.ts";
import { createApp } from "./server.ts";

/**
 * Start the jixiao API on Node at HOST:PORT (env.ts) and stop cleanly on SIGINT or SIGTERM.
 * @example PORT=8080 pnpm --filter @jixiao/api start
 */
function main(): void {
  const env = loadEnv();
  const server = serve({ fetch: createApp().fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    process.stdout.write(`jixiao API: http://${info.address}:${info.port} (/trpc, /healthz)\n`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
