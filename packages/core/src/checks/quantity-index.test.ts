import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, dec } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import { type Candidate, closestQuantities, equalQuantities } from "./candidates.ts";
import { contextFor } from "./context.ts";
import { roundsTo } from "./precision.ts";
import {
  possibleDenominators,
  possibleRoundings,
  quantitiesBetween,
  quantitiesOfCode,
} from "./quantity-index.ts";
import { makeDataset } from "./testing/fixture.ts";
import { conversionFactor } from "./units.ts";

const dataset = makeDataset();

/** Amounts of 分 from a small pool, so that equal values, near ties and zeros are common. */
const amount = fc.oneof(
  fc.constantFrom("0", "0.00", "-0.01", "100", "100.00", "99.99", "682237464.67", "683266542.43"),
  fc
    .bigInt({ min: -10_000_000_000n, max: 100_000_000_000n })
    .map((cents) => new Decimal(cents.toString()).div(100).toFixed(2)),
  fc.bigInt({ min: 1n, max: 999_999n }).map((n) => `${n}.5`),
);

const quantity = fc.record({
  unit: fc.constantFrom("元", "%", "人"),
  value: fc.option(amount, { nil: null, freq: 8 }),
  code: fc.constantFrom("a.total", "b.budget", "c.actual"),
});

/** Indicators with unique keys (some sharing a code), as computeIndicators gives them. */
const indicators = fc.array(quantity, { maxLength: 60 }).map((rows) =>
  rows.map(
    (r, i): Indicator => ({
      key: `${r.code}[q${i}]`,
      code: r.code,
      param: `q${i}`,
      name: `量${i}`,
      unit: r.unit,
      value: r.value === null ? null : dec(r.value),
      formula: "",
      inputs: [],
    }),
  ),
);

/** The scan the index replaced: every quantity of the context, in `byKey` order. */
function scan(list: readonly Indicator[]): Indicator[] {
  return [...contextFor(dataset, list).byKey.values()];
}

/** closestQuantities before the index: sort every quantity of the unit by relative difference. */
function closestByScan(
  list: readonly Indicator[],
  value: Decimal,
  unit: string,
  limit: number,
): Candidate[] {
  if (value.isZero()) return [];
  const seen = new Set<string>();
  return scan(list)
    .filter((q) => q.unit === unit && q.value !== null && !q.value.isZero())
    .map((q) => ({
      quantity: q,
      relative: (q.value as Decimal).minus(value).abs().div(value.abs()),
    }))
    .sort((a, b) => a.relative.comparedTo(b.relative))
    .filter((c) => {
      const k = (c.quantity.value as Decimal).toString();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, limit);
}

const keys = (qs: readonly Indicator[]) => qs.map((q) => q.key);

describe("quantity index (lookups by value instead of scans of every quantity)", () => {
  it("closestQuantities lists what sorting every quantity listed", () => {
    fc.assert(
      fc.property(indicators, amount, fc.integer({ min: 1, max: 4 }), (list, v, limit) => {
        const context = contextFor(dataset, list);
        const value = dec(v);
        const got = closestQuantities(context, value, "元", limit);
        const want = closestByScan(list, value, "元", limit);
        expect(got.map((c) => [c.quantity.key, c.relative.toString()])).toEqual(
          want.map((c) => [c.quantity.key, c.relative.toString()]),
        );
      }),
      { numRuns: 400 },
    );
  });

  it("equalQuantities and quantitiesBetween list what a scan listed, in the same order", () => {
    fc.assert(
      fc.property(indicators, amount, amount, (list, x, y) => {
        const context = contextFor(dataset, list);
        const [lo, hi] = [dec(x), dec(y)].sort((a, b) => a.comparedTo(b)) as [Decimal, Decimal];
        expect(keys(equalQuantities(context, lo, "元"))).toEqual(
          keys(scan(list).filter((q) => q.unit === "元" && q.value?.equals(lo))),
        );
        expect(keys(quantitiesBetween(context, "%", lo, hi).map((e) => e.quantity))).toEqual(
          keys(
            scan(list).filter(
              (q) =>
                q.unit === "%" &&
                q.value !== null &&
                q.value.greaterThanOrEqualTo(lo) &&
                q.value.lessThanOrEqualTo(hi),
            ),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("possibleDenominators keeps every quantity that gives the stated rate", () => {
    const rate = fc.oneof(
      fc.constantFrom("0", "0.00", "0.004", "100", "99.84", "-12.5", "537"),
      fc.bigInt({ min: -100_000n, max: 100_000n }).map((n) => new Decimal(n.toString()).div(100)),
    );
    fc.assert(
      fc.property(
        indicators,
        amount,
        rate,
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        (list, n, s, pick, places) => {
          const context = contextFor(dataset, list);
          const numerator = dec(n);
          // Mostly the rate some quantity of the list gives (so that matches are common).
          const d = list.length > 0 ? list[pick % list.length]?.value : null;
          const exact =
            d && !d.isZero() && pick % 4 !== 0 ? numerator.div(d).times(100) : dec(s.toString());
          const stated = exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
          const gives = (q: Indicator) =>
            q.value !== null &&
            !q.value.isZero() &&
            roundsTo(stated, numerator.div(q.value).times(100), places);
          const got = possibleDenominators(context, "元", numerator, stated, places).filter(gives);
          expect(keys(got)).toEqual(keys(scan(list).filter((q) => q.unit === "元" && gives(q))));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("possibleRoundings keeps every quantity that rounds to the target in the stated unit", () => {
    fc.assert(
      fc.property(
        indicators,
        amount,
        fc.nat(),
        fc.constantFrom("元", "万元", "亿元"),
        fc.integer({ min: 0, max: 4 }),
        (list, t, pick, to, places) => {
          const context = contextFor(dataset, list);
          const factor = conversionFactor("元", to) as Decimal;
          // Mostly a value of the list, restated (so that matches are common).
          const own = list.length > 0 ? list[pick % list.length]?.value : null;
          const value = own && pick % 4 !== 0 ? own : dec(t);
          const target = value.times(factor).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
          const rounds = (q: Indicator) =>
            q.value !== null && roundsTo(target, q.value.times(factor), places);
          const got = possibleRoundings(context, "元", target, to, places).filter(rounds);
          expect(keys(got)).toEqual(keys(scan(list).filter((q) => q.unit === "元" && rounds(q))));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("quantitiesOfCode groups by catalogue code in byKey order", () => {
    fc.assert(
      fc.property(indicators, (list) => {
        const context = contextFor(dataset, list);
        expect(keys(quantitiesOfCode(context, "b.budget"))).toEqual(
          keys(scan(list).filter((q) => q.code === "b.budget")),
        );
      }),
    );
  });
});
