import { compareDecimals, Decimal } from "../decimal.ts";

/** A closed interval [lo, hi] of exact values. */
export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

/**
 * One unit in the last written place: 10^−places (places 2 → 0.01).
 * @example unitInLastPlace(2).toString() === "0.01"
 */
export function unitInLastPlace(places: number): Decimal {
  let unit = ULPS[places];
  if (unit === undefined) {
    unit = new Decimal(10).pow(-places);
    if (Number.isInteger(places) && places >= 0 && places < 64) ULPS[places] = unit;
  }
  return unit;
}

/** 10^−places by places, computed once (Decimals are immutable, so sharing them is safe). */
const ULPS: Decimal[] = [];

/**
 * Whether a stated value equals the exact value 四舍五入 (ROUND_HALF_UP) to the stated places —
 * the one test of DESIGN.md §7 for "matches". 99.84 against 99.8494 does not match.
 * @example roundsTo(dec("99.85"), dec("99.84939"), 2) === true
 */
export function roundsTo(stated: Decimal, exact: Decimal, places: number): boolean {
  // The rule of units/roundHalfUp, compared as a number: no string round trip (hot path).
  return compareDecimals(exact.toDecimalPlaces(places, Decimal.ROUND_HALF_UP), stated) === 0;
}

/**
 * Whether a stated value equals the exact value cut (截尾, toward zero) at the stated places.
 * @example truncatesTo(dec("99.84"), dec("99.84939"), 2) === true
 */
export function truncatesTo(stated: Decimal, exact: Decimal, places: number): boolean {
  // The rule of units/truncate, compared as a number: no string round trip (hot path).
  return compareDecimals(exact.toDecimalPlaces(places, Decimal.ROUND_DOWN), stated) === 0;
}

/**
 * Whether some value in `range` 四舍五入 to `stated` at `places`: the interval test for rates
 * computed from rounded inputs (DESIGN.md §7). A value x rounds to s when |x| lies in
 * [|s| − ½u, |s| + ½u), u = 10^−places; the test treats both ends as closed.
 * @example reachesByRounding(dec("322"), { lo: dec("317.28"), hi: dec("327.85") }, 0) === true
 */
export function reachesByRounding(stated: Decimal, range: Interval, places: number): boolean {
  const half = unitInLastPlace(places).div(2);
  return !(range.hi.lessThan(stated.minus(half)) || range.lo.greaterThan(stated.plus(half)));
}

/**
 * Whether some value in `range` is cut (截尾) to `stated` at `places`: x ∈ [s, s + u) for s ≥ 0,
 * x ∈ (s − u, s] for s < 0.
 * @example reachesByTruncation(dec("101"), { lo: dec("101.66"), hi: dec("101.73") }, 0) === true
 */
export function reachesByTruncation(stated: Decimal, range: Interval, places: number): boolean {
  const u = unitInLastPlace(places);
  if (stated.isNegative()) {
    return range.hi.greaterThan(stated.minus(u)) && range.lo.lessThanOrEqualTo(stated);
  }
  return range.hi.greaterThanOrEqualTo(stated) && range.lo.lessThan(stated.plus(u));
}

/**
 * The interval of a quotient a ÷ b × 100 (%) when a and b each lie in an interval with b > 0 and
 * a ≥ 0; null when b's interval touches 0 (the quotient is unbounded).
 * @example ratioInterval({lo: dec("1285000"), hi: dec("1295000")}, {lo: dec("395000"), hi: dec("405000")})
 *   // [317.28…, 327.84…] (seed 4(6): 不动产登记收费 129万元 ÷ 40万元)
 */
export function ratioInterval(numerator: Interval, denominator: Interval): Interval | null {
  if (denominator.lo.lessThanOrEqualTo(0) || numerator.lo.isNegative()) return null;
  const hundred = new Decimal(100);
  return {
    lo: numerator.lo.div(denominator.hi).times(hundred),
    hi: numerator.hi.div(denominator.lo).times(hundred),
  };
}
