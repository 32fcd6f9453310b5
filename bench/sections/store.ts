import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { type BenchRow, show, unavailable } from "../rows.ts";
import { taojiangText } from "../workloads.ts";

const SECTION = "store";

type StoreTesting = typeof import("../../packages/store/src/testing/index.ts");
type Kysely = typeof import("kysely");

/** kysely as @jixiao/store resolves it (the root of the workspace does not depend on it). */
async function loadKysely(): Promise<Kysely> {
  const require = createRequire(new URL("../../packages/store/package.json", import.meta.url));
  return (await import(pathToFileURL(require.resolve("kysely")).href)) as Kysely;
}

/** Run `op` again and again for about `ms` milliseconds, one at a time; operations per second. */
async function perSecond(op: (i: number) => Promise<unknown>, ms: number): Promise<number> {
  for (let i = 0; i < 5; i++) await op(-1 - i);
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) await op(n++);
  return (n * 1000) / (performance.now() - start);
}

/**
 * Saves per second on one dialect: `datasets.update` of the Taojiang dataset (a 草稿, the
 * content alternating between two versions that differ in one amount: validated by core's
 * schema, versioned, diffed, audited), one after another, beside the ceiling of the same
 * database: a bare INSERT of the same JSON text into a one-table scratch table.
 */
async function saves(
  testing: StoreTesting,
  kysely: Kysely,
  dialect: "sqlite" | "postgres",
  ms: number,
): Promise<BenchRow> {
  const figure = `saves/s, ${dialect === "sqlite" ? "SQLite" : "PostgreSQL"}`;
  let opened: Awaited<ReturnType<StoreTesting["openTestStore"]>>;
  try {
    opened = await testing.openTestStore(dialect);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return unavailable(SECTION, figure, why.split("\n")[0]?.slice(0, 140) ?? "cannot open");
  }
  const { store, cleanup } = opened;
  try {
    const call = testing.as(testing.testActors("x").admin, "bench");
    const content = JSON.parse(taojiangText()) as {
      department: { name: string; unifiedSocialCreditCode: string };
      projects: { budget: string }[];
    };
    const bureau = await store.organisations.create(call, {
      kind: "bureau",
      parentId: null,
      name: "基准测试财政局",
    });
    const department = await store.organisations.create(call, {
      kind: "department",
      parentId: bureau.id,
      name: content.department.name,
      unifiedSocialCreditCode: content.department.unifiedSocialCreditCode,
    });
    let record = await store.datasets.create(call, { departmentId: department.id, content });
    const other = structuredClone(content);
    if (other.projects[0]) other.projects[0].budget = "593785100.01";
    const versions = [other, content];
    const saveRate = await perSecond(async (i) => {
      record = await store.datasets.update(call, {
        id: record.id,
        expectedVersion: record.version,
        content: versions[Math.abs(i) % 2],
      });
    }, ms);

    const { sql } = kysely;
    const db = store.db as never;
    await sql`create table bench_raw (id varchar(40) primary key, body text not null)`.execute(db);
    const body = JSON.stringify(content);
    const insertRate = await perSecond(async (i) => {
      await sql`insert into bench_raw (id, body) values (${`r${i}`}, ${body})`.execute(db);
    }, ms);
    return {
      section: SECTION,
      figure,
      value: saveRate,
      unit: "saves/s",
      baseline: { name: "bare INSERT of the JSON", value: insertRate, unit: "/s" },
      ratio: {
        value: saveRate / insertRate,
        text: `${show((100 * saveRate) / insertRate)}% of the bare INSERT`,
      },
      note: `datasets.update of Taojiang 2020 (${Math.round(body.length / 1024)} KiB JSON), one at a time`,
    };
  } finally {
    await cleanup();
  }
}

/** Saves per second of the store on SQLite and on PostgreSQL, each beside a bare INSERT. */
export async function storeSection(ms: number): Promise<BenchRow[]> {
  let testing: StoreTesting;
  let kysely: Kysely;
  try {
    testing = await import("../../packages/store/src/testing/index.ts");
    kysely = await loadKysely();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [
      unavailable(SECTION, "saves/s", `@jixiao/store cannot be loaded: ${why.slice(0, 120)}`),
    ];
  }
  return [await saves(testing, kysely, "sqlite", ms), await saves(testing, kysely, "postgres", ms)];
}
