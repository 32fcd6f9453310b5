import type { Decimal } from "../decimal.ts";
import { yuanToWanYuan } from "./conversion.ts";
import { roundHalfUp } from "./rounding.ts";

/** Insert thousands separators into a fixed-point string: "-682237464.67" → "-682,237,464.67". */
export function groupThousands(fixed: string): string {
  const negative = fixed.startsWith("-");
  const body = negative ? fixed.slice(1) : fixed;
  const [int = "0", frac] = body.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${grouped}${frac === undefined ? "" : `.${frac}`}`;
}

/**
 * An amount in 元 as the seed prints it: thousands separators, 2 places, 四舍五入.
 * @example formatYuan(dec("682237464.67")) === "682,237,464.67"
 */
export function formatYuan(yuan: Decimal): string {
  return groupThousands(roundHalfUp(yuan, 2));
}

/**
 * An amount in 元 restated in 万元, 四舍五入 to `places` (the seed uses 2 and 4).
 * @example formatWanYuan(dec("820000"), 2) === "82.00"
 */
export function formatWanYuan(yuan: Decimal, places = 2, thousands = true): string {
  const fixed = roundHalfUp(yuanToWanYuan(yuan), places);
  return thousands ? groupThousands(fixed) : fixed;
}

/**
 * A percentage value (already ×100) with 2 places, 四舍五入, and a % sign.
 * @example formatPercent(dec("10.2786")) === "10.28%"
 */
export function formatPercent(percent: Decimal, places = 2): string {
  return `${roundHalfUp(percent, places)}%`;
}
