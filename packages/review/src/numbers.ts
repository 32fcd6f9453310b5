import { Decimal, roundHalfUp } from "@jixiao/core";

/** A number as printed in a report cell or sentence. */
export interface ParsedNumber {
  /** As written, trimmed ("-4,332,713.69", "100.00%", "-"). */
  text: string;
  /** The value as a plain decimal string ("-4332713.69", "100.00"); "0" for a lone dash. */
  value: string;
  /** Decimal places as written (2 for "0.00", 0 for "537%"). */
  places: number;
  percent: boolean;
  /** True for an accounting dash ("-", "—") that a difference column uses for zero. */
  dash: boolean;
}

const NUMBER = /^\(?(-|−|－)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\)?\s*(%|％)?$/;

/**
 * Read one table cell or written figure as a number: thousands separators, a leading minus
 * (also − and －), a trailing %, and an accounting dash ("-", " -   ") are understood; anything
 * else (text, blank) gives null. Exact: the value stays a decimal string, never a JS number.
 * @example parseNumber(" -4,332,713.69 ")?.value === "-4332713.69"
 * @example parseNumber("100.00%") // { value: "100.00", places: 2, percent: true, … }
 * @example parseNumber(" -   ") // { value: "0", dash: true, … }; parseNumber("") === null
 */
export function parseNumber(raw: string): ParsedNumber | null {
  const text = raw.trim();
  if (/^[-—－−]$/.test(text)) return { text, value: "0", places: 0, percent: false, dash: true };
  const m = NUMBER.exec(text);
  if (!m) return null;
  const sign = m[1] ? "-" : "";
  const whole = (m[2] ?? "").replace(/,/g, "");
  const fraction = m[3] ?? "";
  return {
    text,
    value: `${sign}${whole}${fraction}`,
    places: Math.max(0, fraction.length - 1),
    percent: m[4] !== undefined,
    dash: false,
  };
}

/**
 * A decimal string as an amount in 元 with exactly 2 places (the schema's Amount form), after
 * converting from `unit` exactly with Decimal (1 万元 = 10 000 元, 1 亿元 = 100 000 000 元).
 * Returns null when the converted amount has more than 2 decimal places (it cannot be 元 to the 分).
 * @example toYuan("65050.17", "万元") === "650501700.00"; toYuan("25507764.16", "元") === "25507764.16"
 */
export function toYuan(value: string, unit: "元" | "万元" | "亿元"): string | null {
  const factor = unit === "万元" ? 10_000 : unit === "亿元" ? 100_000_000 : 1;
  const yuan = new Decimal(value).times(factor);
  if (!yuan.times(100).isInteger()) return null;
  return roundHalfUp(yuan, 2);
}
