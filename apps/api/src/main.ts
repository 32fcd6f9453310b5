import { loadEnv } from "./env.ts";
import { serverOptionsFromEnv, startServer } from "./start-server.ts";

/**
 * Start the jixiao bureau server from the environment (env.ts) and stop gracefully on SIGINT or
 * SIGTERM. `pnpm jixiao serve` does the same with flags.
 * @example PORT=8080 pnpm --filter @jixiao/api start
 */
async function main(): Promise<void> {
  const server = await startServer(serverOptionsFromEnv(loadEnv()));
  process.stdout.write(`jixiao: ${server.url} (${server.kind}; /trpc, /api, /healthz)\n`);
  if (server.firstAdmin) {
    process.stdout.write(
      `首次启动，已创建管理员 / first start, admin created: ${server.firstAdmin.email}  密码 / password: ${server.firstAdmin.password}\n（只显示这一次 / shown only this once）\n`,
    );
  }
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
