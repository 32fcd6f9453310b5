/**
 * Test harness of @jixiao/store (import from "@jixiao/store/testing"): open a fresh store on
 * either dialect, and actors for every role. SQLite uses a temp file (removed after);
 * PostgreSQL a fresh schema (dropped after). When PostgreSQL is unreachable, opening fails with
 * a clear message — the tests fail, they are never skipped.
 */

import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { Actor, Call } from "../roles.ts";
import { openStore } from "../store.ts";
import type { Store, StoreOptions } from "../types.ts";

/** The dialects every store test runs on. */
export const DIALECTS = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof DIALECTS)[number];

/** The PostgreSQL the tests use: $JIXIAO_TEST_PG_URL or the local cluster's `test` database. */
export const TEST_PG_URL =
  process.env.JIXIAO_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A migrated store for one test file, and how to throw it away. */
export interface TestStore {
  store: Store;
  dialect: TestDialect;
  /** Close the store and remove its file / drop its schema. */
  cleanup(): Promise<void>;
}

/**
 * Throw a bilingual error naming the URL when PostgreSQL cannot be reached (the store tests
 * fail, never skip).
 */
export async function assertPostgresReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new Error(
      `PostgreSQL不可达（${url}），store 的 PostgreSQL 测试不能跳过，请先启动数据库 / PostgreSQL is unreachable at ${url}; the store's PostgreSQL tests cannot be skipped — start the cluster (e.g. pg_ctlcluster 15 main start) or set JIXIAO_TEST_PG_URL. Cause: ${String(error)}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Open and migrate a fresh store: a temp SQLite file, or a fresh PostgreSQL schema
 * `store_test_<random>`.
 * @throws Error with a bilingual message when PostgreSQL is unreachable.
 * @example const { store, cleanup } = await openTestStore("postgres"); … await cleanup();
 */
export async function openTestStore(
  dialect: TestDialect,
  options: StoreOptions = {},
): Promise<TestStore> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-store-"));
    const store = await openStore({ kind: "sqlite", file: join(dir, "store.db"), ...options });
    await store.migrate();
    return {
      store,
      dialect,
      async cleanup() {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  await assertPostgresReachable(TEST_PG_URL);
  const schema = `store_test_${randomBytes(6).toString("hex")}`;
  const store = await openStore({
    kind: "postgres",
    url: TEST_PG_URL,
    schema,
    poolSize: 4,
    ...options,
  });
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    await dropSchema(schema);
    throw error;
  }
  return {
    store,
    dialect,
    async cleanup() {
      await store.close();
      await dropSchema(schema);
    },
  };
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/** An actor of each role (editor of `departmentId`), for tests. */
export function testActors(departmentId: string, otherDepartmentId = "other-department") {
  const admin: Actor = { id: "u-admin", role: "bureauAdmin", departmentId: null };
  const editor: Actor = { id: "u-editor", role: "departmentEditor", departmentId };
  const otherEditor: Actor = {
    id: "u-other-editor",
    role: "departmentEditor",
    departmentId: otherDepartmentId,
  };
  const reviewer: Actor = { id: "u-reviewer", role: "reviewer", departmentId: null };
  const apiClient: Actor = { id: "token:t1", role: "apiClient", departmentId: null };
  return { admin, editor, otherEditor, reviewer, apiClient };
}

/** A Call for an actor with an optional action name. @example as(admin, "datasets.update") */
export function as(actor: Actor, action?: string): Call {
  return action === undefined ? { actor } : { actor, action };
}

/**
 * A fixed, settable clock for tests that need time to pass (survey limits) without waiting.
 * @example const clock = fixedClock("2021-04-25T02:00:00.000Z"); clock.advanceHours(25);
 */
export function fixedClock(start: string) {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    advanceHours(hours: number) {
      t += hours * 3_600_000;
    },
  };
}

export { cfbWithStream, tinyPdf, tinyPng } from "./files.ts";
export { minimalDataset, orgFixture, taojiang } from "./fixtures.ts";
