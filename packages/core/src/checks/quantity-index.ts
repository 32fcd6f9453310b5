import { compareDecimals, Decimal } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import type { CheckContext } from "./context.ts";
import { unitInLastPlace } from "./precision.ts";
import { conversionFactor } from "./units.ts";

/** A quantity with a value, and its place in `context.byKey` (the order every scan reports in). */
export interface IndexedQuantity {
  quantity: Indicator;
  value: Decimal;
  position: number;
}

/** The quantities of one unit that have a value; sorted by value (then position) on first use. */
interface UnitIndex {
  entries: IndexedQuantity[];
  sorted: boolean;
}

const indexes = new WeakMap<CheckContext, Map<string, UnitIndex>>();
const byCode = new WeakMap<CheckContext, Map<string, Indicator[]>>();

function unitIndexes(context: CheckContext): Map<string, UnitIndex> {
  let units = indexes.get(context);
  if (units) return units;
  units = new Map();
  let position = 0;
  for (const quantity of context.byKey.values()) {
    const at = position++;
    if (quantity.value === null) continue;
    const unit = String(quantity.unit);
    let index = units.get(unit);
    if (!index) {
      index = { entries: [], sorted: false };
      units.set(unit, index);
    }
    index.entries.push({ quantity, value: quantity.value, position: at });
  }
  indexes.set(context, units);
  return units;
}

/**
 * Every quantity of `unit` with a value, sorted by value (ties in `byKey` order). Built once per
 * check run, so that a lookup by value costs a binary search instead of a scan of every quantity.
 * @example quantitiesOfUnit(context, "%")[0]?.value // the smallest rate of the run
 */
export function quantitiesOfUnit(context: CheckContext, unit: string): readonly IndexedQuantity[] {
  const index = unitIndexes(context).get(unit);
  if (!index) return [];
  if (!index.sorted) {
    index.entries.sort((a, b) => compareDecimals(a.value, b.value) || a.position - b.position);
    index.sorted = true;
  }
  return index.entries;
}

/** The first index in `sorted` whose value is ≥ `value` (binary search). */
export function lowerBound(sorted: readonly IndexedQuantity[], value: Decimal): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareDecimals((sorted[mid] as IndexedQuantity).value, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The quantities of `unit` whose value lies in the closed interval [lo, hi], in `byKey` order
 * (the order a scan of every quantity would list them in).
 * @example quantitiesBetween(context, "元", dec("603018.01"), dec("603018.01")) // the 折旧 lines
 */
export function quantitiesBetween(
  context: CheckContext,
  unit: string,
  lo: Decimal,
  hi: Decimal,
): IndexedQuantity[] {
  const sorted = quantitiesOfUnit(context, unit);
  const out: IndexedQuantity[] = [];
  for (let i = lowerBound(sorted, lo); i < sorted.length; i++) {
    const entry = sorted[i] as IndexedQuantity;
    if (compareDecimals(entry.value, hi) > 0) break;
    out.push(entry);
  }
  return out.sort((a, b) => a.position - b.position);
}

/** Every quantity of `unit` with a value, in `byKey` order. */
function inKeyOrder(context: CheckContext, unit: string): Indicator[] {
  return [...quantitiesOfUnit(context, unit)]
    .sort((a, b) => a.position - b.position)
    .map((e) => e.quantity);
}

/**
 * The quantities of `unit` that could be the denominator d of a stated rate s (%) at `places`
 * with numerator n: n ÷ d × 100 四舍五入 to s needs n ÷ d × 100 ∈ [s − ½u, s + ½u] (u = 10^−places),
 * so d lies between 100n ÷ (s + ½u) and 100n ÷ (s − ½u) when that interval of rates keeps one
 * sign; a binary search finds them. When it does not (a stated rate of about 0), or n = 0, every
 * quantity of the unit with a value. In `byKey` order; a superset of the matches, so the caller
 * still applies the exact test (roundsTo).
 * @example possibleDenominators(context, "元", dec("682237464.67"), dec("99.84"), 2) // 到位金额合计 among them
 */
export function possibleDenominators(
  context: CheckContext,
  unit: string,
  numerator: Decimal,
  stated: Decimal,
  places: number,
): Indicator[] {
  const half = unitInLastPlace(places).div(2);
  const low = stated.minus(half);
  const high = stated.plus(half);
  const oneSign = (low.isPositive() && !low.isZero()) || high.isNegative();
  if (!oneSign || numerator.isZero()) return inKeyOrder(context, unit);
  const a = numerator.times(100).div(low);
  const b = numerator.times(100).div(high);
  const { lo, hi } = widened(Decimal.min(a, b), Decimal.max(a, b));
  return quantitiesBetween(context, unit, lo, hi).map((e) => e.quantity);
}

/**
 * The quantities of `unit` whose value, converted to `to` (× f), may 四舍五入 to `target` at
 * `places`: those in [(target − ½u) ÷ f, (target + ½u) ÷ f], found by a binary search. In
 * `byKey` order; a superset of the matches (the caller applies roundsTo). None when the units
 * do not convert.
 * @example possibleRoundings(context, "元", dec("3383.90"), "万元", 2) // 基本支出预算收入 33,839,013.69元
 */
export function possibleRoundings(
  context: CheckContext,
  unit: string,
  target: Decimal,
  to: string,
  places: number,
): Indicator[] {
  const factor = conversionFactor(unit, to);
  if (!factor || factor.isZero()) return [];
  const half = unitInLastPlace(places).div(2);
  const a = target.minus(half).div(factor);
  const b = target.plus(half).div(factor);
  const { lo, hi } = widened(Decimal.min(a, b), Decimal.max(a, b));
  return quantitiesBetween(context, unit, lo, hi).map((e) => e.quantity);
}

/**
 * The interval [lo, hi] widened by a relative 10⁻³⁰ of each end's magnitude: room for the
 * rounding of 40-digit division when an interval of values is derived from an interval of
 * results, so that a prefilter by value never drops a quantity the exact test would keep.
 */
export function widened(lo: Decimal, hi: Decimal): { lo: Decimal; hi: Decimal } {
  const slack = new Decimal("1e-30");
  return { lo: lo.minus(lo.abs().times(slack)), hi: hi.plus(hi.abs().times(slack)) };
}

/**
 * The quantities of one catalogue code (e.g. every `expenditure.budget[item]`), in `byKey` order.
 * @example quantitiesOfCode(context, "expenditure.budget").map(q => q.param) // ["wagesAndBenefits", …]
 */
export function quantitiesOfCode(context: CheckContext, code: string): readonly Indicator[] {
  let codes = byCode.get(context);
  if (!codes) {
    codes = new Map();
    for (const q of context.byKey.values()) {
      const list = codes.get(q.code);
      if (list) list.push(q);
      else codes.set(q.code, [q]);
    }
    byCode.set(context, codes);
  }
  return codes.get(code) ?? [];
}
