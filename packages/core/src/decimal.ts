import DecimalBase from "decimal.js";

/**
 * The one Decimal constructor of jixiao. 40 significant digits is far beyond any 元 amount
 * (trillions with 分) and keeps ratios exact enough that the single display rounding
 * (四舍五入, ROUND_HALF_UP) is the only rounding that ever changes a figure.
 * Exponent notation is pushed out of range so `toString()` always gives plain digits.
 */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Build a Decimal from a validated decimal string (never from a JS number of money). */
export function dec(value: string | Decimal): Decimal {
  return new Decimal(value);
}

/** Sum of Decimals; an empty list sums to 0. */
export function sum(values: readonly Decimal[]): Decimal {
  // 0 + v₁ + v₂ …, as always; the 0 is shared (Decimals are immutable, plus returns a new one).
  let acc = ZERO;
  for (const v of values) acc = acc.plus(v);
  return acc;
}

const ZERO = new Decimal(0);

/** decimal.js's internal fields: digits in base 10⁷ (null when not finite), exponent, sign. */
interface DecimalFields {
  d: number[] | null;
  e: number;
  s: number;
}

/**
 * `x.comparedTo(y)` (−1, 0 or 1) without its cost: decimal.js copies `y` into a new Decimal on
 * every comparison (and `equals`, `lessThan` … call it), which sorts and binary searches pay per
 * step. Same digit-by-digit rule as decimal.js 10 for finite values; anything else goes to
 * `comparedTo` itself.
 * @example compareDecimals(dec("99.84"), dec("99.849")) === -1
 */
export function compareDecimals(x: Decimal, y: Decimal): number {
  const a = x as unknown as DecimalFields;
  const b = y as unknown as DecimalFields;
  const xd = a.d;
  const yd = b.d;
  if (!xd || !yd) return x.comparedTo(y);
  const xs = a.s;
  const ys = b.s;
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  if (a.e !== b.e) return a.e > b.e !== xs < 0 ? 1 : -1;
  const xl = xd.length;
  const yl = yd.length;
  const n = Math.min(xl, yl);
  for (let i = 0; i < n; i++) {
    const p = xd[i] as number;
    const q = yd[i] as number;
    if (p !== q) return p > q !== xs < 0 ? 1 : -1;
  }
  return xl === yl ? 0 : xl > yl !== xs < 0 ? 1 : -1;
}
