import { userInfo } from "node:os";
import { describe, expect, it } from "vitest";
import { CliError } from "../errors.ts";
import { queueDatabaseUrl } from "./queue-url.ts";

describe("queueDatabaseUrl", () => {
  it("keeps a URL that names its user", () => {
    expect(queueDatabaseUrl("postgres://alice@127.0.0.1:5432/test", {})).toBe(
      "postgres://alice@127.0.0.1:5432/test",
    );
    expect(queueDatabaseUrl(undefined, { DATABASE_URL: "postgres://h/db?user=bob" })).toBe(
      "postgres://h/db?user=bob",
    );
  });

  it("defaults the user as psql does: PGUSER, else USER, else the current account", () => {
    const url = "postgres://127.0.0.1:5432/test";
    expect(queueDatabaseUrl(url, { PGUSER: "pg", USER: "u" })).toBe(
      "postgres://pg@127.0.0.1:5432/test",
    );
    expect(queueDatabaseUrl(undefined, { DATABASE_URL: url, USER: "u" })).toBe(
      "postgres://u@127.0.0.1:5432/test",
    );
    // $USER unset (cron, containers): the account running the command.
    expect(queueDatabaseUrl(url, {})).toBe(
      `postgres://${encodeURIComponent(userInfo().username)}@127.0.0.1:5432/test`,
    );
  });

  it("is bad usage (exit 2, bilingual) when unset or not a URL", () => {
    expect(() => queueDatabaseUrl(undefined, {})).toThrow(
      "队列需要数据库：设置 DATABASE_URL 或 --database-url / the queue needs PostgreSQL",
    );
    const error = (() => {
      try {
        queueDatabaseUrl("not a url", {});
      } catch (e) {
        return e as CliError;
      }
    })();
    expect(error).toBeInstanceOf(CliError);
    expect(error?.exitCode).toBe(2);
    expect(error?.message).toContain('数据库地址无效 / invalid database URL: "not a url"');
  });
});
