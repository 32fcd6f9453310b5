import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, sum } from "../decimal.ts";
import { type DatasetInput, parseDataset } from "../schema/index.ts";
import { CATALOGUE } from "./catalogue.ts";
import { computeIndicators } from "./compute.ts";
import { cellValue } from "./derive.ts";
import { datasetArb, scaleMoney } from "./testing/generate.ts";
import { SEED_INPUT, seedDataset } from "./testing/seed-fixture.ts";
import type { Indicator } from "./types.ts";

/** Catalogue codes no dataset field can feed: 预算调整数 is not in the schema. */
const NOT_FED = ["budgetExecution.adjustmentRate"];

function wellFormed(indicators: readonly Indicator[]): void {
  const keys = new Set(indicators.map((i) => i.key));
  expect(keys.size).toBe(indicators.length);
  const codes = new Set(CATALOGUE.map((e) => e.code));
  for (const i of indicators) {
    expect(codes.has(i.code), i.code).toBe(true);
    if (i.value === null) {
      expect(i.nullReason, i.key).toBeDefined();
      expect(i.reason, i.key).toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(i.value.isFinite(), i.key).toBe(true);
      expect(i.nullReason, i.key).toBeUndefined();
    }
  }
}

describe("computeIndicators", () => {
  it("gives unique keys, catalogued codes, finite values and a reason for every null (seed fixture)", () => {
    wellFormed(computeIndicators(seedDataset()));
  });

  it("feeds every catalogue code but 预算调整率 from a dataset with every optional table", () => {
    const full = seedDataset({
      budgetStages: {
        priorYearCarryover: "2229464.67",
        initialBudget: "400000000",
        supplementaryAppropriation: "281037077.76",
        yearEndCarryover: "1029077.76",
      },
      procurement: { budget: "1000000", actual: "950000" },
      fixedAssets: { inUse: "900000", total: "1200000" },
      projects: (SEED_INPUT.projects ?? []).map((p) => ({ ...p, isKey: p.seq === 1 })),
    });
    const emitted = new Set(computeIndicators(full).map((i) => i.code));
    const missingCodes = CATALOGUE.map((e) => e.code).filter((c) => !emitted.has(c));
    expect(missingCodes).toEqual(NOT_FED);
  });

  it("returns the seed's required values (issue #2 Done when), exactly", () => {
    const all = computeIndicators(seedDataset());
    const v = (key: string) => all.find((i) => i.key === key)?.value?.toString();
    expect(v("threePublicExpenses.controlRate.total")).toBe(
      "10.27862439024390243902439024390243902439",
    );
    expect(v("carryover.amount")).toBe("1029077.76");
    expect(v("revenueTargets.completionRate[non-tax]")).toMatch(/^237\.95977097634821187685/);
  });

  it("property: every table total equals the exact sum of its non-blank rows", () => {
    const columns: [keyof DatasetInput, string, string][] = [
      ["threePublicExpenses", "budget", "threePublicExpenses.budget.total"],
      ["threePublicExpenses", "actual", "threePublicExpenses.actual.total"],
      ["threePublicExpenses", "priorYearActual", "threePublicExpenses.priorYearActual.total"],
      ["projects", "budget", "projects.budget.total"],
      ["projects", "actual", "projects.actual.total"],
      ["expenditure", "budget", "expenditure.budget.total"],
      ["expenditure", "actual", "expenditure.actual.total"],
      ["allocation", "received", "allocation.received.total"],
      ["allocation", "actual", "allocation.actual.total"],
    ];
    fc.assert(
      fc.property(datasetArb, (input) => {
        const all = computeIndicators(parseDataset(input));
        for (const [table, field, code] of columns) {
          const rows = (input[table] ?? []) as Record<string, string>[];
          const total = all.find((i) => i.key === code);
          if (rows.length === 0) {
            if (total) return false;
            continue;
          }
          const given = rows.flatMap((r) => {
            const d = cellValue(r[field]);
            return d === null ? [] : [d];
          });
          const ok = given.length === 0 ? total?.value === null : total?.value?.equals(sum(given));
          if (!ok) return false;
        }
        return true;
      }),
      { numRuns: 80 },
    );
  });

  it("property: rates are unchanged and amounts scale when every amount is ×10 000 (元 ↔ 万元)", () => {
    fc.assert(
      fc.property(datasetArb, (input) => {
        const base = computeIndicators(parseDataset(input));
        const scaled = new Map(
          computeIndicators(parseDataset(scaleMoney(input, 10_000))).map((i) => [i.key, i]),
        );
        if (scaled.size !== base.length) return false;
        const factor = new Decimal(10_000);
        for (const b of base) {
          const s = scaled.get(b.key);
          if (!s || s.nullReason !== b.nullReason) return false;
          if (b.value === null || s.value === null) {
            if (b.value !== s.value) return false;
            continue;
          }
          const expected = b.unit === "元" ? b.value.times(factor) : b.value;
          if (b.unit === "元" || b.unit === "%") {
            if (!s.value.equals(expected)) return false;
          }
        }
        return true;
      }),
      { numRuns: 80 },
    );
  });

  it("property: never throws, never NaN or Infinity, and a null always has a reason", () => {
    fc.assert(
      fc.property(datasetArb, (input) => {
        wellFormed(computeIndicators(parseDataset(input)));
      }),
      { numRuns: 60 },
    );
  });
});
