import { Decimal } from "../../decimal.ts";
import { plain } from "../format.ts";

/** An interval with explicit endpoint inclusiveness (bands, grade bands, conditions). */
export interface Interval {
  min?: string | undefined;
  minInclusive: boolean;
  max?: string | undefined;
  maxInclusive: boolean;
}

/**
 * Whether `value` lies in the interval: min ≤ / < value ≤ / < max as the flags say; an absent
 * end is unbounded. Exact Decimal comparison.
 * @example inInterval(new Decimal("10"), {min:"0",minInclusive:false,max:"10",maxInclusive:true}) === true
 */
export function inInterval(value: Decimal, interval: Interval): boolean {
  if (interval.min !== undefined) {
    const min = new Decimal(interval.min);
    if (interval.minInclusive ? value.lt(min) : value.lte(min)) return false;
  }
  if (interval.max !== undefined) {
    const max = new Decimal(interval.max);
    if (interval.maxInclusive ? value.gt(max) : value.gte(max)) return false;
  }
  return true;
}

/**
 * The interval in mathematical notation with the unit: "(0%, 10%]", "≥ 90", "< 60", "= 0%".
 * @example describeInterval({min:"0",minInclusive:false,max:"10",maxInclusive:true}, "%") === "(0%, 10%]"
 */
export function describeInterval(interval: Interval, unit = ""): string {
  const u = unit === "%" ? "%" : unit;
  const { min, max } = interval;
  if (min !== undefined && max !== undefined) {
    if (new Decimal(min).eq(max) && interval.minInclusive && interval.maxInclusive)
      return `= ${plain(min)}${u}`;
    return `${interval.minInclusive ? "[" : "("}${plain(min)}${u}, ${plain(max)}${u}${interval.maxInclusive ? "]" : ")"}`;
  }
  if (min !== undefined) return `${interval.minInclusive ? "≥" : ">"} ${plain(min)}${u}`;
  if (max !== undefined) return `${interval.maxInclusive ? "≤" : "<"} ${plain(max)}${u}`;
  return "任意值";
}
