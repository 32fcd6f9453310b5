import { Decimal } from "../decimal.ts";

/** 1 万元 = 10 000 元. */
export const YUAN_PER_WAN_YUAN = new Decimal(10_000);
/** 1 亿元 = 100 000 000 元. */
export const YUAN_PER_YI_YUAN = new Decimal(100_000_000);
/** 1 公顷 = 15 亩. */
export const MU_PER_HECTARE = new Decimal(15);

/** 元 → 万元, exact (no rounding). @example yuanToWanYuan(dec("820000")) → 82 */
export function yuanToWanYuan(yuan: Decimal): Decimal {
  return yuan.div(YUAN_PER_WAN_YUAN);
}

/** 万元 → 元, exact. */
export function wanYuanToYuan(wan: Decimal): Decimal {
  return wan.times(YUAN_PER_WAN_YUAN);
}

/** 公顷 → 亩, exact. @example hectareToMu(dec("159.1181")) → 2386.7715 */
export function hectareToMu(hectare: Decimal): Decimal {
  return hectare.times(MU_PER_HECTARE);
}

/** Scale factor from a money unit to 元. */
export function yuanPerUnit(unit: "元" | "万元" | "亿元"): Decimal {
  if (unit === "万元") return YUAN_PER_WAN_YUAN;
  if (unit === "亿元") return YUAN_PER_YI_YUAN;
  return new Decimal(1);
}
