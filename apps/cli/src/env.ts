import { isAbsolute } from "node:path";
import { z } from "zod";
import { CliError, ExitCode } from "./errors.ts";

/**
 * The CLI's settings from the environment. This module is the only place in apps/cli that reads
 * `process.env` (STYLE.md).
 * - INIT_CWD: the directory the user ran `pnpm jixiao` from. pnpm runs the `jixiao` script in
 *   the repository root but sets INIT_CWD to where it was invoked, so relative FILE and --out
 *   paths resolve against it. Absent when the CLI is run directly (`tsx apps/cli/src/main.ts`).
 * - DATABASE_URL: the PostgreSQL of the report queue (`report --queue`, `worker`), when
 *   --database-url is not given.
 * - PGUSER, USER: the PostgreSQL user when the queue's URL names none (as psql does).
 */
export const Env = z.object({
  INIT_CWD: z
    .string()
    .refine(isAbsolute, {
      error: "INIT_CWD 应为绝对路径 / INIT_CWD must be an absolute path",
    })
    .optional(),
  DATABASE_URL: z.string().optional(),
  PGUSER: z.string().optional(),
  USER: z.string().optional(),
});
export type Env = z.infer<typeof Env>;

/**
 * Validate the environment (by default `process.env`) into {@link Env}. An empty INIT_CWD counts
 * as absent.
 * @throws CliError (exit 2) listing every bad variable, in Chinese and English.
 * @example loadEnv({ INIT_CWD: "/home/user/reports" }).INIT_CWD === "/home/user/reports"
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = Env.safeParse({
    INIT_CWD: source.INIT_CWD || undefined,
    DATABASE_URL: source.DATABASE_URL || undefined,
    PGUSER: source.PGUSER || undefined,
    USER: source.USER || undefined,
  });
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (issue) => `  ${issue.path.join(".")}=${JSON.stringify(source.INIT_CWD)}: ${issue.message}`,
  );
  throw new CliError(`环境变量无效 / invalid environment:\n${lines.join("\n")}`, ExitCode.badInput);
}

/**
 * The directory relative paths resolve against: INIT_CWD when pnpm set it, else `fallback`
 * (the process's working directory).
 * @example userCwd({ INIT_CWD: "/data" }, "/repo") === "/data"
 */
export function userCwd(env: Env, fallback: string): string {
  return env.INIT_CWD ?? fallback;
}
