import { Decimal } from "@jixiao/core";

const AMOUNT = /^-?\d{1,18}(\.\d{1,2})?$/;

/**
 * The canonical form of an amount of 元 as the store writes and reads it: an exact decimal
 * string with exactly 2 places ("100" → "100.00", "0.1" → "0.10"). PostgreSQL numeric(20,2)
 * returns this form; SQLite TEXT returns what was written, so both dialects go through here.
 * Exact (decimal.js), never a JS number.
 * @throws Error when `value` is not a decimal with at most 2 places and 18 integer digits.
 * @example canonicalMoney("682237464.67") === "682237464.67"
 * @example canonicalMoney("0.1") === "0.10"
 */
export function canonicalMoney(value: string): string {
  const text = value.trim();
  if (!AMOUNT.test(text)) {
    throw new Error(
      `“${value}”不是金额（元，最多两位小数） / '${value}' is not an amount in 元 (at most 2 decimals)`,
    );
  }
  return new Decimal(text).toFixed(2);
}

/** {@link canonicalMoney} that passes null through (blank is missing, never 0). */
export function canonicalMoneyOrNull(value: string | null | undefined): string | null {
  return value == null ? null : canonicalMoney(value);
}
