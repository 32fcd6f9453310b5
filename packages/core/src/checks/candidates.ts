import type { Decimal } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import type { CheckContext } from "./context.ts";

/** A quantity near a value, with the relative difference |q − v| ÷ |v|. */
export interface Candidate {
  quantity: Indicator;
  relative: Decimal;
}

/**
 * The quantities of `unit` closest to `value` by relative difference |q − v| ÷ |v|, nearest
 * first, at most `limit`; quantities without a value, and duplicates of a value already listed,
 * are left out. Used to suggest what an unmatched amount may have meant.
 * @example closestQuantities(context, dec("760792028.10"), "元", 3)[0].quantity.key // a 预算 total
 */
export function closestQuantities(
  context: CheckContext,
  value: Decimal,
  unit: string,
  limit = 3,
): Candidate[] {
  if (value.isZero()) return [];
  const seen = new Set<string>();
  return [...context.byKey.values()]
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

/**
 * Quantities of `unit` whose value equals `value` exactly (e.g. the 固定资产折旧费 that two
 * tables differ by), in catalogue order.
 * @example equalQuantities(context, dec("603018.01"), "元")[0]?.key // "expenditure.budget[depreciation]" (seed 表（一）折旧)
 */
export function equalQuantities(context: CheckContext, value: Decimal, unit: string): Indicator[] {
  return [...context.byKey.values()].filter(
    (q) => q.unit === unit && q.value !== null && q.value.equals(value),
  );
}
