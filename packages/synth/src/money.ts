import { Decimal, roundHalfUp } from "@jixiao/core";

/** An amount in 元 as the dataset stores it: a decimal string with 2 places ("682237464.67"). */
export function yuanText(value: Decimal): string {
  return roundHalfUp(value, 2);
}

/** Σ of amounts in 元 (exact). */
export function total(values: readonly Decimal[]): Decimal {
  return values.reduce<Decimal>((acc, v) => acc.plus(v), new Decimal(0));
}

/** `value × share`, rounded 四舍五入 to the 分 (share is a decimal string such as "0.85"). */
export function portion(value: Decimal, share: Decimal | string): Decimal {
  return value.times(share).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
