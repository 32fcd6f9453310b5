import { Decimal } from "../decimal.ts";
import { formatYuan, roundHalfUp } from "../units/index.ts";

/**
 * A decimal as a reader writes it: no trailing zeros, no exponent ("0.5", "100", "-5").
 * @example plain(new Decimal("0.50")) === "0.5"
 */
export function plain(value: Decimal | string): string {
  return new Decimal(value).toString();
}

/**
 * Points (分) 四舍五入 (ROUND_HALF_UP) to the framework's `scorePlaces`, as a Decimal: the figure a
 * sheet shows, and the one its grade and its 扣分 are taken from. 89.995 → 90, 1.065 → 1.07.
 * @example roundPoints(new Decimal("89.995"), 2).toString() === "90"
 */
export function roundPoints(points: Decimal, places = 2): Decimal {
  return points.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/**
 * Points (分) 四舍五入 to `places` and written without trailing zeros: 1.065 → "1.07", 5 → "5".
 * @example formatPoints(new Decimal("1.065"), 2) === "1.07"
 */
export function formatPoints(points: Decimal, places = 2): string {
  return roundPoints(points, places).toString();
}

/**
 * An indicator value as the score sheet shows it: % → 2 places 四舍五入 with "%"
 * ("102.13%"); 元 → thousands separators ("1,029,077.76元"); other units → the value and its unit.
 * @example formatValue(new Decimal("102.12765957"), "%") === "102.13%"
 */
export function formatValue(value: Decimal, unit: string): string {
  if (unit === "%") return `${roundHalfUp(value, 2)}%`;
  if (unit === "元") return `${formatYuan(value)}元`;
  if (unit === "分") return `${roundHalfUp(value, 2)}分`;
  return `${value.toString()}${unit}`;
}

/**
 * What one point of an indicator's unit is called in a reason: "个百分点" for %, else the unit.
 * @example pointWord("%") === "个百分点"; pointWord("分") === "分"
 */
export function pointWord(unit: string): string {
  return unit === "%" ? "个百分点" : unit;
}

/**
 * A threshold written with its unit, no trailing zeros.
 * @example withUnit("100", "%") === "100%"
 */
export function withUnit(value: Decimal | string, unit: string): string {
  return `${plain(value)}${unit === "%" ? "%" : unit}`;
}

/**
 * A derived quantity in a reason (an excess, a shortfall): 四舍五入 to 4 places, no trailing
 * zeros — exact values stay readable. @example short(new Decimal("2.1276595744")) === "2.1277"
 */
export function short(value: Decimal): string {
  return value.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toString();
}
