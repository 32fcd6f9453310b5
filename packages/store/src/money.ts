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

/** The most integer digits an amount may have to fit the store's numeric(20,2) columns. */
export const MAX_AMOUNT_INTEGER_DIGITS = 18;

/** The bilingual reason an amount is refused as too large to store. */
export const AMOUNT_RANGE_MESSAGE =
  "金额超出可存储范围（最多18位整数） / amount exceeds the storable range (at most 18 integer digits)";

const AMOUNT_SHAPE = /^-?(\d+)(\.\d{1,2})?$/;

/**
 * True when `text` has the shape of an amount (a decimal with at most 2 places) and more than
 * {@link MAX_AMOUNT_INTEGER_DIGITS} integer digits (leading zeros not counted), so
 * {@link canonicalMoney} would refuse it and numeric(20,2) would overflow.
 * @example isOversizedAmount("99999999999999999999999.99") === true
 * @example isOversizedAmount("999999999999999999.99") === false
 */
export function isOversizedAmount(text: string): boolean {
  const m = AMOUNT_SHAPE.exec(text.trim());
  if (!m?.[1]) return false;
  return m[1].replace(/^0+(?=\d)/, "").length > MAX_AMOUNT_INTEGER_DIGITS;
}

/**
 * Every amount-shaped string in `value` (walked recursively) with more integer digits than the
 * store can keep, with its path as core's validation writes paths ("content.projects[0].budget").
 * @example oversizedAmounts({ projects: [{ budget: "99999999999999999999999.99" }] }, "content")
 *   // [{ path: "content.projects[0].budget", value: "99999999999999999999999.99" }]
 */
export function oversizedAmounts(value: unknown, path = ""): { path: string; value: string }[] {
  // One walk with the path kept as segments and written out only for a hit (a dataset has
  // thousands of strings, hardly ever an oversized one); a string of 18 characters or fewer
  // cannot hold 19 integer digits.
  const found: { path: string; value: string }[] = [];
  const segments: (string | number)[] = [];
  const pathHere = () => {
    let p = path;
    for (const s of segments) p = typeof s === "number" ? `${p}[${s}]` : p ? `${p}.${s}` : s;
    return p;
  };
  const visit = (v: unknown): void => {
    if (typeof v === "string") {
      if (v.length > MAX_AMOUNT_INTEGER_DIGITS && isOversizedAmount(v))
        found.push({ path: pathHere(), value: v });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        segments.push(i);
        visit(v[i]);
        segments.pop();
      }
    } else if (v !== null && typeof v === "object") {
      for (const k of Object.keys(v)) {
        segments.push(k);
        visit((v as Record<string, unknown>)[k]);
        segments.pop();
      }
    }
  };
  visit(value);
  return found;
}
