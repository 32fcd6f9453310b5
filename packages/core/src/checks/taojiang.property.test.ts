import fc from "fast-check";
import { describe, expect, it } from "vitest";
// Tests may read the example by relative path; production code in core never does.
import taojiang from "../../../../examples/taojiang-natural-resources-2020/dataset.json" with {
  type: "json",
};
import { Decimal } from "../decimal.ts";
import { evaluate } from "../evaluation.ts";
import { parseDataset } from "../schema/parse.ts";
import type { Finding } from "./types.ts";

/** The totalled tables of the dataset and their amount columns. */
const TABLES: Record<string, readonly string[]> = {
  budgetSummary: ["budgetExpenditure", "budgetRevenue"],
  expenditure: ["budget", "actual"],
  allocation: ["received", "actual"],
  basicExpenditure: ["budget", "actual"],
  threePublicExpenses: ["budget", "actual", "priorYearActual"],
  projects: ["budget", "actual"],
};

type Raw = Record<string, Record<string, string | null>[]> & {
  statedFigures: { refersTo: string | null; location: { table?: string | null } }[];
};
const raw = taojiang as unknown as Raw;

/** Every amount cell present in a totalled table: [table, row, column]. */
const CELLS: [string, number, string][] = Object.entries(TABLES).flatMap(([table, columns]) =>
  (raw[table] ?? []).flatMap((row, i) =>
    columns.flatMap((column): [string, number, string][] =>
      row[column] === null || row[column] === undefined ? [] : [[table, i, column]],
    ),
  ),
);

/** The printed titles of a dataset table: the tables its stated figures stand in. */
function titlesOf(table: string): Set<string> {
  return new Set(
    raw.statedFigures.flatMap((f) =>
      f.location.table && f.refersTo?.startsWith(`${table}.`) ? [f.location.table] : [],
    ),
  );
}

const key = (f: Finding) => `${f.ruleId}|${f.message}`;
const baseline = new Set(evaluate(parseDataset(taojiang)).findings.map(key));

describe("勾稽校验 property on the Taojiang dataset", () => {
  it("every totalled table has printed titles and amounts to change", () => {
    for (const table of Object.keys(TABLES)) expect(titlesOf(table).size, table).toBeGreaterThan(0);
    expect(CELLS.length).toBeGreaterThan(60);
  });

  it("one 分 more in every amount cell, one at a time, gives a new finding naming its table", () => {
    for (const [table, row, column] of CELLS) {
      const copy = JSON.parse(JSON.stringify(raw)) as Raw;
      const cell = copy[table]?.[row] as Record<string, string | null>;
      cell[column] = new Decimal(cell[column] as string).plus("0.01").toFixed(2);
      const titles = titlesOf(table);
      const named = evaluate(parseDataset(copy)).findings.filter(
        (f) => !baseline.has(key(f)) && f.locations.some((l) => l.table && titles.has(l.table)),
      );
      expect(named.length, `${table}[${row}].${column}`).toBeGreaterThan(0);
    }
  }, 120_000);

  it("changing any one amount of a totalled table by ≥ 0.01元 gives a new finding naming that table", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CELLS),
        fc.bigInt({ min: 1n, max: 10_000_000_000n }),
        fc.boolean(),
        ([table, row, column], cents, down) => {
          const copy = JSON.parse(JSON.stringify(raw)) as Raw;
          const cell = copy[table]?.[row];
          if (!cell) throw new Error(`no row ${table}[${row}]`);
          const old = new Decimal(cell[column] as string);
          const delta = new Decimal(cents.toString()).div(100);
          const changed =
            down && old.greaterThanOrEqualTo(delta) ? old.minus(delta) : old.plus(delta);
          cell[column] = changed.toFixed(2);
          const { findings } = evaluate(parseDataset(copy));
          const titles = titlesOf(table);
          const fresh = findings.filter((f) => !baseline.has(key(f)));
          const named = fresh.filter((f) =>
            f.locations.some((l) => l.table && titles.has(l.table)),
          );
          expect(named.length, `${table}[${row}].${column} ${old} → ${changed}`).toBeGreaterThan(0);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
