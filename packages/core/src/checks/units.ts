import { Decimal } from "../decimal.ts";
import { MU_PER_HECTARE, yuanPerUnit } from "../units/conversion.ts";

const MONEY = new Set(["元", "万元", "亿元"]);
const SAME = [new Set(["人", "名"]), new Set(["个", "家", "项"])];

/**
 * Whether a unit is a money unit (元, 万元, 亿元).
 * @example isMoneyUnit("万元") === true; isMoneyUnit("%") === false
 */
export function isMoneyUnit(unit: string): unit is "元" | "万元" | "亿元" {
  return MONEY.has(unit);
}

/**
 * The factor f with (value in `from`) × f = (value in `to`), or null when the units measure
 * different things. Money: 1 元 = 10⁻⁴ 万元 = 10⁻⁸ 亿元; area: 1 公顷 = 15 亩; 人 = 名.
 * Exact (Decimal), no rounding.
 * @example conversionFactor("元", "万元")?.toString() === "0.0001"
 * @example conversionFactor("公顷", "亩")?.toString() === "15"
 */
export function conversionFactor(from: string, to: string): Decimal | null {
  // Every stated figure asks for one; the answer depends on the two units only, and Decimals
  // are immutable, so each pair is worked out once.
  let row = factors.get(from);
  if (row === undefined) {
    row = new Map();
    if (factors.size < 256) factors.set(from, row);
  }
  let factor = row.get(to);
  if (factor === undefined) {
    factor = computeFactor(from, to);
    if (row.size < 256) row.set(to, factor);
  }
  return factor;
}

/** from → to → factor (no key string built per lookup). */
const factors = new Map<string, Map<string, Decimal | null>>();

function computeFactor(from: string, to: string): Decimal | null {
  if (from === to) return new Decimal(1);
  if (isMoneyUnit(from) && isMoneyUnit(to)) return yuanPerUnit(from).div(yuanPerUnit(to));
  if (from === "公顷" && to === "亩") return MU_PER_HECTARE;
  if (from === "亩" && to === "公顷") return new Decimal(1).div(MU_PER_HECTARE);
  if (SAME.some((s) => s.has(from) && s.has(to))) return new Decimal(1);
  return null;
}

/**
 * The money units a number could have been meant in when it is labelled `unit`: the other two
 * of 元, 万元 and 亿元, with the factor from `unit` to each (for 元/万元/亿元 slips).
 * @example slipUnits("万元") // [{ unit: "元", factor: 10000 }, { unit: "亿元", factor: 0.01 }]
 */
export function slipUnits(
  unit: string,
): readonly { unit: "元" | "万元" | "亿元"; factor: Decimal }[] {
  if (!isMoneyUnit(unit)) return [];
  // Three money units, so three lists, each worked out once (Decimals are immutable).
  let slips = SLIPS.get(unit);
  if (!slips) {
    slips = (["元", "万元", "亿元"] as const)
      .filter((u) => u !== unit)
      .map((u) => ({ unit: u, factor: yuanPerUnit(unit).div(yuanPerUnit(u)) }));
    SLIPS.set(unit, slips);
  }
  return slips;
}

const SLIPS = new Map<string, readonly { unit: "元" | "万元" | "亿元"; factor: Decimal }[]>();
