import { Decimal } from "../decimal.ts";

/**
 * 四舍五入 (ROUND_HALF_UP) to `places` decimal places, returned as a fixed-point string.
 * This is the one display rounding rule of jixiao (DESIGN.md §7): rates are computed exactly
 * and rounded once, here, at the edge.
 * @example roundHalfUp(new Decimal("99.84939"), 2) === "99.85"
 */
export function roundHalfUp(value: Decimal, places = 2): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/**
 * Truncation (截尾, ROUND_DOWN) to `places` decimal places. Not a display rule: checks use it to
 * recognise a stated figure that was cut instead of rounded.
 * @example truncate(new Decimal("99.84939"), 2) === "99.84"
 */
export function truncate(value: Decimal, places = 2): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_DOWN).toFixed(places);
}

/** Number of decimal places written in a decimal string ("205" → 0, "10.28" → 2). */
export function decimalPlaces(written: string): number {
  const dot = written.indexOf(".");
  return dot === -1 ? 0 : written.length - dot - 1;
}
