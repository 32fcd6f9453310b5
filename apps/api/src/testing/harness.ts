import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Actor } from "@jixiao/store";
import { TEST_PG_URL } from "@jixiao/store/testing";
import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { expect } from "vitest";
import type { Services } from "../services.ts";
import {
  type FirstAdmin,
  prepareServices,
  type RunningServer,
  type ServerOptions,
  startServer,
} from "../start-server.ts";
import { createCallerFactory } from "../trpc/init.ts";
import { appRouter } from "../trpc/routers/_app.ts";

/** The dialects the server's tests run on. */
export const TEST_DIALECTS = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof TEST_DIALECTS)[number];

/** A fixed secret for tests (≥ 32 characters), so no secret table is needed. */
const TEST_SECRET = "jixiao-test-secret-0123456789abcdef";

/** Where a test database lives, and how to remove it afterwards. */
function testDatabase(dialect: TestDialect): {
  database: ServerOptions["database"];
  /** Before closing: drop the PostgreSQL schema (through the still-open pool). */
  beforeClose(services: Services): Promise<void>;
  /** After closing: remove the SQLite file's directory. */
  afterClose(): void;
} {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "jixiao-api-"));
    return {
      database: { kind: "sqlite", file: join(dir, "jixiao.db") },
      beforeClose: async () => {},
      afterClose: () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const schema = `api_test_${randomBytes(6).toString("hex")}`;
  return {
    database: { kind: "postgres", url: TEST_PG_URL, schema },
    async beforeClose(services) {
      await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(services.store.db);
    },
    afterClose: () => {},
  };
}

/** Server options for tests: port 0, fixed secret, no web app, better-auth's Origin check on. */
function testOptions(database: ServerOptions["database"]): ServerOptions {
  return {
    port: 0,
    host: "127.0.0.1",
    database,
    authSecret: TEST_SECRET,
    maxBodyBytes: 5 * 1024 * 1024,
    maxUploadBytes: 20 * 1024 * 1024,
    secureCookies: "auto",
    webDist: null,
    trustedOrigins: [],
    originCheck: true,
    log: () => {},
  };
}

/** A real server on a fresh database (temp SQLite file or fresh PostgreSQL schema). */
export interface TestServer extends RunningServer {
  firstAdmin: FirstAdmin;
  /** Stop the server and remove its database. */
  cleanup(): Promise<void>;
}

/**
 * Start the real server (HTTP on 127.0.0.1, port 0) on a fresh database; the first start
 * creates admin@jixiao.local and loads the Taojiang example (seedInitial).
 * @example const server = await startTestServer("sqlite"); … await server.cleanup();
 */
export async function startTestServer(
  dialect: TestDialect,
  overrides: Partial<ServerOptions> = {},
): Promise<TestServer> {
  const db = testDatabase(dialect);
  const server = await startServer({ ...testOptions(db.database), ...overrides });
  if (!server.firstAdmin) throw new Error("a fresh database must bootstrap an admin");
  return {
    ...server,
    firstAdmin: server.firstAdmin,
    async cleanup() {
      await db.beforeClose(server.services);
      await server.close();
      db.afterClose();
    },
  };
}

/** Services on a fresh, bootstrapped database, without HTTP: for in-process router tests. */
export async function openTestServices(dialect: TestDialect): Promise<{
  services: Services;
  firstAdmin: FirstAdmin;
  cleanup(): Promise<void>;
}> {
  const db = testDatabase(dialect);
  const { services, firstAdmin } = await prepareServices(testOptions(db.database));
  if (!firstAdmin) throw new Error("a fresh database must bootstrap an admin");
  return {
    services,
    firstAdmin,
    async cleanup() {
      await db.beforeClose(services);
      await services.store.close();
      db.afterClose();
    },
  };
}

const factory = createCallerFactory(appRouter);

/**
 * An in-process caller of the whole API as `actor` (null: anonymous), on `services`.
 * @example const admin = callerAs(services, { id: "u", role: "bureauAdmin", departmentId: null });
 */
export function callerAs(services: Services | null, actor: Actor | null) {
  return factory({ req: null, services, actor });
}

/** The TRPCError a call rejects with (the test fails when it resolves or throws anything else). */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}
