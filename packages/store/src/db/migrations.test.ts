import fc from "fast-check";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS, openTestStore, type TestStore } from "../testing/index.ts";
import { moneyType } from "./migrations.ts";

const TABLES = [
  "api_tokens",
  "audit_log",
  "comments",
  "datasets",
  "evaluations",
  "evidence_files",
  "findings",
  "frameworks",
  "manual_scores",
  "organisations",
  "record_versions",
  "report_files",
  "store_meta",
  "survey_responses",
  "surveys",
  "user_roles",
];

/** An amount of 元 with 2 places from a count of 分 (exact, no JS number of money). */
const amountFromCents = (cents: bigint) =>
  `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;

describe.each(DIALECTS)("migrations and money (%s)", (dialect) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(dialect);
  });
  afterAll(async () => t?.cleanup());

  it("creates every table from empty, and a second migrate changes nothing", async () => {
    const names = (await t.store.db.introspection.getTables()).map((x) => x.name);
    for (const table of TABLES) expect(names).toContain(table);
    await t.store.migrate();
    const again = (await t.store.db.introspection.getTables()).map((x) => x.name);
    expect(again.sort()).toEqual(names.sort());
  });

  it("opens SQLite with WAL, synchronous=FULL and foreign keys on; PostgreSQL in its own schema", async () => {
    const first = async (query: string) => {
      const { rows } = await sql.raw(query).execute(t.store.db);
      return Object.values(rows[0] as Record<string, unknown>)[0];
    };
    if (dialect === "sqlite") {
      expect(await first("PRAGMA journal_mode")).toBe("wal");
      expect(await first("PRAGMA synchronous")).toBe(2); // 2 = FULL
      expect(await first("PRAGMA foreign_keys")).toBe(1);
    } else {
      expect(await first("SHOW search_path")).toMatch(/^"?store_test_[0-9a-f]{12}"?$/);
    }
  });

  it("enforces foreign keys: a dataset row for a department that does not exist is refused", async () => {
    await expect(
      t.store.db
        .insertInto("datasets")
        .values({
          id: "fk-probe",
          department_id: "no-such-department",
          fiscal_year: 2020,
          revision: 1,
          status: "draft",
          return_reason: null,
          content: "{}",
          department_name: "x",
          total_budget: null,
          total_actual: null,
          three_public_actual: null,
          version: 1,
          created_at: "2021-01-01T00:00:00.000Z",
          updated_at: "2021-01-01T00:00:00.000Z",
          created_by: "t",
          updated_by: "t",
        })
        .execute(),
    ).rejects.toThrow(/FOREIGN KEY|foreign key/);
  });

  it("stores the built-in frameworks on migrate", async () => {
    const rows = await t.store.db
      .selectFrom("frameworks")
      .select("framework_id")
      .where("builtin", "=", 1)
      .execute();
    expect(rows.map((r) => r.framework_id)).toContain("hunan-county-2020");
  });

  it("declares money as exact decimal: TEXT on SQLite, numeric(20,2) on PostgreSQL, never float", async () => {
    const col = (await t.store.db.introspection.getTables())
      .find((x) => x.name === "datasets")
      ?.columns.find((c) => c.name === "total_budget");
    expect(col?.dataType.toLowerCase()).toBe(dialect === "sqlite" ? "text" : "numeric");
  });

  it("round-trips amounts of 元 exactly (seed values and a property over 0.01 … 99,999,999,999,999.99)", async () => {
    await t.store.db.schema
      .createTable("money_roundtrip")
      .addColumn("id", "integer", (c) => c.primaryKey())
      .addColumn("amount", moneyType(dialect))
      .execute();
    const db = t.store.db.withTables<{ money_roundtrip: { id: number; amount: string } }>();
    let id = 0;
    const roundTrip = async (amount: string) => {
      id++;
      await db.insertInto("money_roundtrip").values({ id, amount }).execute();
      const row = await db
        .selectFrom("money_roundtrip")
        .select("amount")
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      return row.amount;
    };
    // 682,237,464.67: the seed's 支出合计; 0.01 the smallest; 99,999,999,999,999.99 the largest numeric(20,2) 元 in 14 digits.
    for (const amount of ["682237464.67", "0.01", "99999999999999.99", "84284.72"]) {
      expect(await roundTrip(amount)).toBe(amount);
      expect(typeof (await roundTrip(amount))).toBe("string");
    }
    await fc.assert(
      fc.asyncProperty(fc.bigInt({ min: 1n, max: 9_999_999_999_999_999n }), async (cents) => {
        const amount = amountFromCents(cents);
        expect(await roundTrip(amount)).toBe(amount);
      }),
      { numRuns: 60 },
    );
    await sql`drop table money_roundtrip`.execute(t.store.db);
  });
});
