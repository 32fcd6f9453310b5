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
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}
