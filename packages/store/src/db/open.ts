import Database from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, type SqliteDatabase, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { StoreConfig } from "../types.ts";
import { type DialectKind, migrationProvider } from "./migrations.ts";
import type { Tables } from "./tables.ts";

/** A connected database: the Kysely instance, its dialect, and how to migrate and close it. */
export interface Connection {
  kind: DialectKind;
  db: Kysely<Tables>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** How many prepared SQLite statements {@link withStatementCache} keeps. */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * The database as Kysely's SqliteDialect sees it, with its prepared statements kept by SQL text:
 * the dialect prepares every query it runs, and the store runs the same few dozen statements
 * over and over (SQLite re-prepares a kept statement by itself after a schema change). The
 * oldest is dropped past {@link STATEMENT_CACHE_SIZE} (IN lists make a text per list length).
 * Safe on the one connection: better-sqlite3 runs `all`/`run` to the end synchronously, and
 * Kysely holds the connection for a streamed query (the store streams none).
 */
function withStatementCache(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement === undefined) {
        statement = database.prepare(text);
        if (statements.size >= STATEMENT_CACHE_SIZE) {
          const oldest = statements.keys().next().value;
          if (oldest !== undefined) statements.delete(oldest);
        }
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * Open a database for the store: SQLite through better-sqlite3 (WAL, synchronous=FULL,
 * foreign_keys=ON, busy_timeout 5 s) or PostgreSQL through a pg Pool (search_path = `schema`
 * when given; the schema is created if missing).
 * @throws Error when the PostgreSQL schema name is not a plain lower-case identifier.
 */
export async function connect(config: StoreConfig): Promise<Connection> {
  if (config.kind === "sqlite") {
    const database = new Database(config.file);
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
    database.pragma("busy_timeout = 5000");
    const db = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: withStatementCache(database) }),
    });
    return {
      kind: "sqlite",
      db,
      migrate: () => migrate(db, "sqlite"),
      close: () => db.destroy(),
    };
  }
  const schema = config.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(
      `PostgreSQL模式名无效：“${schema}” / invalid PostgreSQL schema name '${schema}' (use [a-z_][a-z0-9_]*)`,
    );
  }
  if (schema !== undefined) {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    } finally {
      await client.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    ...(schema !== undefined ? { options: `-c search_path="${schema}"` } : {}),
  });
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: "postgres",
    db,
    migrate: () => migrate(db, "postgres", schema),
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Tables>, kind: DialectKind, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(kind),
    ...(schema !== undefined ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`数据库迁移失败（${failed}） / migration ${failed} failed: ${String(error)}`, {
      cause: error,
    });
  }
  if (kind === "sqlite") await sql`PRAGMA optimize`.execute(db);
}
