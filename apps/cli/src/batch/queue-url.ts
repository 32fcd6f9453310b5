import { userInfo } from "node:os";
import { type Env, loadEnv } from "../env.ts";
import { CliError, ExitCode } from "../errors.ts";

/**
 * The PostgreSQL of the report queue: --database-url when given, else DATABASE_URL (env.ts).
 * A URL that names no user (postgres://127.0.0.1:5432/test) gets the one psql would use:
 * PGUSER, else USER, else the account running the command (os.userInfo()).
 * @throws CliError (exit 2) when neither is set, when it is not a URL, or when it names no user
 *   and none can be found, in Chinese and English.
 * @example queueDatabaseUrl("postgres://postgres@127.0.0.1:5432/test")
 */
export function queueDatabaseUrl(given: string | undefined, env: Env = loadEnv()): string {
  const url = given ?? env.DATABASE_URL;
  if (!url) {
    throw new CliError(
      "队列需要数据库：设置 DATABASE_URL 或 --database-url / the queue needs PostgreSQL: set DATABASE_URL or --database-url",
      ExitCode.badInput,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CliError(
      `数据库地址无效 / invalid database URL: ${JSON.stringify(url)}（应如 / expected like postgres://user@host:5432/db）`,
      ExitCode.badInput,
    );
  }
  // A user in the URL, in ?user=, or no host (a socket path in ?host=): leave it to pg.
  if (parsed.username || parsed.searchParams.has("user") || !parsed.hostname) return url;
  const user = env.PGUSER ?? env.USER ?? accountName();
  if (!user) {
    throw new CliError(
      `数据库地址未指定用户，且无法确定默认用户 / the database URL names no user and there is no default (set PGUSER or write postgres://USER@…): ${url}`,
      ExitCode.badInput,
    );
  }
  parsed.username = encodeURIComponent(user);
  return parsed.toString();
}

/** The name of the account running the command, or undefined (no passwd entry, e.g. in some containers). */
function accountName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
