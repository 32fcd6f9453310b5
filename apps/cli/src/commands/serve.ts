import { isAbsolute, resolve } from "node:path";
import { loadEnv } from "@jixiao/api/env";
import {
  type RunningServer,
  serverOptionsFromEnv,
  startServer,
  WEB_APP_BUILD_HINT,
} from "@jixiao/api/server";
import { Command, InvalidArgumentError } from "commander";
import { CliError, ExitCode } from "../errors.ts";
import type { CliContext } from "./types.ts";

/** Options of `jixiao serve`. */
type ServeOptions = { port?: number; host?: string; db?: string; databaseUrl?: string };

/** Hooks for tests: when the server is up, and what stops it (default SIGINT or SIGTERM). */
export interface ServeHooks {
  onStarted?: (server: RunningServer) => void;
  /** Resolves when the server should stop; default the first SIGINT or SIGTERM. */
  stopSignal?: () => Promise<string>;
}

function parsePort(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) {
    throw new InvalidArgumentError("端口应为 0–65535 的整数 / port must be an integer 0–65535");
  }
  return Number(value);
}

/**
 * The first SIGINT or SIGTERM, by name. Later ones are ignored while the server stops (a
 * terminal's Ctrl+C reaches both tsx and the server, so the server sees it twice); the stop
 * itself is bounded by the server's grace period.
 */
function processSignal(): Promise<string> {
  return new Promise((stop) => {
    let stopping = false;
    const on = (name: string) => () => {
      if (stopping) return;
      stopping = true;
      stop(name);
    };
    process.on("SIGINT", on("SIGINT"));
    process.on("SIGTERM", on("SIGTERM"));
  });
}

/**
 * `jixiao serve [--port 4310] [--host 127.0.0.1] [--db FILE | --database-url URL]`: migrate the
 * database, start the bureau server (API, OpenAPI, file downloads, the web app when built), and
 * run until SIGINT or SIGTERM, then stop gracefully (requests in flight finish, then the
 * database closes). On the first start with an empty database it creates the bureau admin
 * admin@jixiao.local with a random password, printed once, and loads the Taojiang example.
 * Settings not given as flags come from the environment (apps/api/src/env.ts: PORT, HOST,
 * DATABASE_URL, JIXIAO_DB, BETTER_AUTH_SECRET, JIXIAO_MAX_BODY_BYTES …).
 */
export function serveCommand(context: CliContext, hooks: ServeHooks = {}): Command {
  return new Command("serve")
    .summary("启动财政局服务器 / start the bureau server")
    .description(
      "迁移数据库并启动服务器（API、OpenAPI、报告下载、网页端），Ctrl+C 平稳停止。首次启动创建管理员 admin@jixiao.local（随机密码只显示一次）并载入桃江示例。\n" +
        "Migrate the database and start the server (API, OpenAPI, report downloads, web app); Ctrl+C stops it gracefully. The first start creates admin@jixiao.local (random password shown once) and loads the Taojiang example.",
    )
    .option(
      "--port <port>",
      "端口，0 为任选 / port, 0 picks a free one (默认 / default 4310)",
      parsePort,
    )
    .option("--host <host>", "监听地址 / interface to listen on (默认 / default 127.0.0.1)")
    .option("--db <file>", "SQLite 数据库文件 / SQLite database file (默认 / default ./jixiao.db)")
    .option("--database-url <url>", "PostgreSQL 地址 / PostgreSQL URL (postgres://…)")
    .action(async (options: ServeOptions) => {
      if (options.db !== undefined && options.databaseUrl !== undefined) {
        throw new CliError(
          "--db 与 --database-url 只能给出其一 / give either --db or --database-url, not both",
          ExitCode.badInput,
        );
      }
      let env: ReturnType<typeof loadEnv>;
      try {
        env = loadEnv();
      } catch (error) {
        throw new CliError(
          error instanceof Error ? error.message : String(error),
          ExitCode.badInput,
        );
      }
      if (options.databaseUrl !== undefined) {
        if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
          throw new CliError(
            "--database-url 应为 postgres:// 开头的地址 / --database-url must be a postgres:// URL",
            ExitCode.badInput,
          );
        }
        env = { ...env, DATABASE_URL: options.databaseUrl };
      }
      if (options.db !== undefined) {
        const file = isAbsolute(options.db) ? options.db : resolve(context.io.cwd, options.db);
        env = { ...env, DATABASE_URL: undefined, JIXIAO_DB: file };
      } else if (env.DATABASE_URL === undefined && !isAbsolute(env.JIXIAO_DB)) {
        env = { ...env, JIXIAO_DB: resolve(context.io.cwd, env.JIXIAO_DB) };
      }
      const serverOptions = serverOptionsFromEnv(env, {
        ...(options.port !== undefined ? { port: options.port } : {}),
        ...(options.host !== undefined ? { host: options.host } : {}),
      });
      let server: RunningServer;
      try {
        server = await startServer(serverOptions);
      } catch (error) {
        throw new CliError(
          `服务器未能启动 / the server could not start: ${error instanceof Error ? error.message : String(error)}`,
          ExitCode.failed,
        );
      }
      const where =
        server.kind === "sqlite" && serverOptions.database.kind === "sqlite"
          ? `SQLite ${serverOptions.database.file}`
          : "PostgreSQL";
      context.io.stdout(
        `jixiao 服务器已启动 / server running: ${server.url}  (${where})\n` +
          `  API: ${server.url}/trpc   REST: ${server.url}/api   OpenAPI: ${server.url}/openapi.json\n` +
          (server.webApp
            ? `  网页端 / web app: ${server.url}/  (${server.webApp})\n`
            : `  ${WEB_APP_BUILD_HINT}\n`),
      );
      if (server.firstAdmin) {
        context.io.stdout(
          `\n首次启动：已创建财政局管理员并载入桃江示例 / first start: bureau admin created, Taojiang example loaded\n` +
            `  邮箱 / email:    ${server.firstAdmin.email}\n` +
            `  密码 / password: ${server.firstAdmin.password}\n` +
            `  （密码只显示这一次，请妥善保存 / shown only this once; keep it safe）\n`,
        );
      }
      context.io.stdout("按 Ctrl+C 停止 / press Ctrl+C to stop\n");
      hooks.onStarted?.(server);
      const signal = await (hooks.stopSignal ?? processSignal)();
      context.io.stdout(
        `\n${signal}：正在停止，等待进行中的请求完成 / stopping after requests in flight\n`,
      );
      await server.close();
      context.io.stdout("已停止 / stopped\n");
    });
}
