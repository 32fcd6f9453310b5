import { loadEnv } from "../env.ts";
import { CliError, ExitCode } from "../errors.ts";

/**
 * The PostgreSQL of the report queue: --database-url when given, else DATABASE_URL (env.ts).
 * @throws CliError (exit 2) when neither is set, in Chinese and English.
 * @example queueDatabaseUrl("postgres://postgres@127.0.0.1:5432/test")
 */
export function queueDatabaseUrl(given: string | undefined): string {
  const url = given ?? loadEnv().DATABASE_URL;
  if (!url) {
    throw new CliError(
      "队列需要数据库：设置 DATABASE_URL 或 --database-url / the queue needs PostgreSQL: set DATABASE_URL or --database-url",
      ExitCode.badInput,
    );
  }
  return url;
}
