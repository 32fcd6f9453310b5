import { compareDecimals, type Decimal } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import type { CheckContext } from "./context.ts";
import {
  type IndexedQuantity,
  lowerBound,
  quantitiesBetween,
  quantitiesOfUnit,
} from "./quantity-index.ts";

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
  const sorted = quantitiesOfUnit(context, unit);
  const relativeOf = (e: IndexedQuantity) => e.value.minus(value).abs().div(value.abs());
  // Walk outward from where `value` would stand in the sorted values: each step takes the nearer
  // neighbour, so relative differences come in non-decreasing order. Stop once `limit` distinct
  // values are in hand and the next one is strictly farther: every quantity the full sort could
  // list is then among those walked.
  const walked: (Candidate & { position: number })[] = [];
  const values = new Set<string>();
  let below = lowerBound(sorted, value) - 1;
  let above = below + 1;
  let last: Decimal | undefined;
  while (below >= 0 || above < sorted.length) {
    const down = below >= 0 ? (sorted[below] as IndexedQuantity) : undefined;
    const up = above < sorted.length ? (sorted[above] as IndexedQuantity) : undefined;
    const rDown = down ? relativeOf(down) : undefined;
    const rUp = up ? relativeOf(up) : undefined;
    const takeUp = !rDown || rUp?.lessThan(rDown) === true;
    const entry = (takeUp ? up : down) as IndexedQuantity;
    const relative = (takeUp ? rUp : rDown) as Decimal;
    if (takeUp) above++;
    else below--;
    if (entry.value.isZero()) continue;
    if (values.size >= limit && last && relative.greaterThan(last)) break;
    walked.push({ quantity: entry.quantity, relative, position: entry.position });
    values.add(entry.value.toString());
    last = relative;
  }
  const seen = new Set<string>();
  return walked
    .sort((a, b) => compareDecimals(a.relative, b.relative) || a.position - b.position)
    .filter((c) => {
      const k = (c.quantity.value as Decimal).toString();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, limit)
    .map(({ quantity, relative }) => ({ quantity, relative }));
}

/**
 * Quantities of `unit` whose value equals `value` exactly (e.g. the 固定资产折旧费 that two
 * tables differ by), in catalogue order.
 * @example equalQuantities(context, dec("603018.01"), "元")[0]?.key // "expenditure.budget[depreciation]" (seed 表（一）折旧)
 */
export function equalQuantities(context: CheckContext, value: Decimal, unit: string): Indicator[] {
  return quantitiesBetween(context, unit, value, value)
    .map((e) => e.quantity)
    .filter((q) => q.unit === unit && q.value !== null && q.value.equals(value));
}
