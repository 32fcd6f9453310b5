import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";

/** The table that keeps the generated secret: one row, id "betterAuthSecret". */
const TABLE = "jixiao_server_secret";
const ID = "betterAuthSecret";

interface SecretTable {
  [TABLE]: { id: string; value: string; created_at: string };
}

/**
 * The session-signing secret: `given` (BETTER_AUTH_SECRET) when set; otherwise the one kept in
 * the database, generated on the first start (32 random bytes, base64url, 43 characters) and
 * read back on every later start, so sessions survive restarts and every API process behind one
 * PostgreSQL signs alike. Two processes starting at once agree: the insert keeps the first row.
 *
 * The table is the server's own (not the store's): created here if missing.
 * @example await authSecret(db, undefined) // "q3J…" (43 characters), the same on the next call
 */
export async function authSecret(db: Kysely<unknown>, given: string | undefined): Promise<string> {
  if (given !== undefined) return given;
  const k = db as unknown as Kysely<SecretTable>;
  await k.schema
    .createTable(TABLE)
    .ifNotExists()
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await k
    .insertInto(TABLE)
    .values({
      id: ID,
      value: randomBytes(32).toString("base64url"),
      created_at: new Date().toISOString(),
    })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
  const row = await k
    .selectFrom(TABLE)
    .select("value")
    .where("id", "=", ID)
    .executeTakeFirstOrThrow();
  return row.value;
}
