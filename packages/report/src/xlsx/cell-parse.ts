import { Decimal } from "@jixiao/core";
import type { CellRead } from "./workbook.ts";

/** A bilingual problem with one cell: Chinese first, then English. */
export interface CellProblem {
  zh: string;
  en: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (zh: string, en: string): Parsed<never> => ({ ok: false, problem: { zh, en } });

const FULL_WIDTH: Record<string, string> = {
  "，": ",",
  "．": ".",
  "－": "-",
  "＋": "+",
  "。": ".",
};

/**
 * Normalise typed text before reading a number: full-width digits ０-９ and ，．－ become
 * ASCII, and surrounding spaces (including the ideographic space U+3000) are trimmed.
 * @example normaliseDigits(" １，２３４．５６ ") === "1,234.56"
 */
export function normaliseDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[，．－＋。]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/**
 * Blank is missing (DESIGN.md §7): empty, whitespace, "-", "—" or "－" mean "not given".
 * @example isBlankText(" - ") === true; isBlankText("0") === false
 */
export function isBlankText(text: string): boolean {
  return /^[\s\u3000]*(-|—|－)?[\s\u3000]*$/.test(text);
}

/**
 * True when the cell holds nothing (blank, or a blank-like text such as "-").
 * @example isBlankCell({ address: "C7", value: "—", numberFormat: "General" }) === true
 */
export function isBlankCell(cell: CellRead): boolean {
  if (cell.error) return false;
  if (cell.value === null) return true;
  return typeof cell.value === "string" && isBlankText(cell.value);
}

/**
 * The cell as the user sees it, for error messages.
 * @example shownText({ address: "D2", value: 25507764.16, numberFormat: "#,##0.00" }) === "25507764.16"
 */
export function shownText(cell: CellRead): string {
  if (cell.error) return cell.error;
  const v = cell.value;
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Decimal places a number format shows, e.g. "#,##0.00" → 2, "General" → null.
 * @example formatPlaces("#,##0.00") === 2; formatPlaces("0.00%") === null
 */
export function formatPlaces(numberFormat: string): number | null {
  const first = numberFormat.split(";")[0] ?? "";
  if (first === "" || /general/i.test(first) || first.includes("%")) return null;
  const m = /0\.(0+)/.exec(first);
  if (m?.[1]) return m[1].length;
  return /0/.test(first) ? 0 : null;
}

/**
 * Convert a JS number read from an Excel cell to an exact decimal string, without float error.
 *
 * The number's shortest round-trip form (`Decimal(n)` uses `n.toString()`) is the decimal the
 * user typed for any value of at most 15 significant digits. When `maxPlaces` is given and
 * that form has more places (a float artefact such as 0.1+0.2 = 0.30000000000000004), it is
 * taken as Excel shows it (15 significant digits) when that has at most `maxPlaces` places, or
 * rounded to `maxPlaces` when it lies within 1e-9 of the rounded value; otherwise it is an
 * error (e.g. 12.345 in an amount cell). Trailing zeros are then restored from the cell's number format, so a cell showing
 * "650,501,700.00" reads back as "650501700.00" exactly as it was exported.
 * @example numberToDecimalString(682237464.67, "#,##0.00", 2) → { ok: true, value: "682237464.67" }
 */
export function numberToDecimalString(
  n: number,
  numberFormat: string,
  maxPlaces: number | null,
): Parsed<string> {
  if (!Number.isFinite(n)) return bad("不是有限数值", "is not a finite number");
  let d = new Decimal(n);
  if (maxPlaces !== null && d.decimalPlaces() > maxPlaces) {
    // Excel shows 15 significant digits: a sum such as 593785100.1 + 0.2 = 593785100.3000001
    // is shown, and meant, as 593785100.3.
    const shown = d.toSignificantDigits(EXCEL_DIGITS);
    const r = d.toDecimalPlaces(maxPlaces);
    if (shown.decimalPlaces() <= maxPlaces) d = shown;
    else if (d.minus(r).abs().lte("1e-9")) d = r;
    else return bad(`超过${maxPlaces}位小数`, `has more than ${maxPlaces} decimal places`);
  }
  const places = formatPlaces(numberFormat);
  const limit = maxPlaces ?? 15;
  if (places !== null && places > d.decimalPlaces() && places <= limit)
    return ok(d.toFixed(places));
  return ok(d.toFixed());
}

/** Significant digits Excel displays. */
const EXCEL_DIGITS = 15;

const NOT_A_NUMBER: CellProblem = { zh: "不是数值", en: "is not a number" };
const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Read a decimal number from a cell: a number cell (see {@link numberToDecimalString}) or text
 * with optional thousands separators and full-width digits. Returns the decimal string as typed,
 * without separators and without zeros beyond `maxPlaces` places (see {@link dropExtraZeros}).
 * Blank → null.
 * @example readDecimal({ value: "１，２３４．５０", … }, { maxPlaces: 2 }) → "1234.50"
 */
export function readDecimal(
  cell: CellRead,
  options: { maxPlaces: number | null },
): Parsed<string | null> {
  if (cell.error) return bad(`单元格含错误值 ${cell.error}`, `cell holds the error ${cell.error}`);
  if (isBlankCell(cell)) return ok(null);
  const v = cell.value;
  if (typeof v === "number") return numberToDecimalString(v, cell.numberFormat, options.maxPlaces);
  if (typeof v !== "string") return bad(NOT_A_NUMBER.zh, NOT_A_NUMBER.en);
  const t = normaliseDigits(v);
  if (PLAIN.test(t)) return ok(dropExtraZeros(t, options.maxPlaces));
  if (GROUPED.test(t)) return ok(dropExtraZeros(t.replace(/,/g, ""), options.maxPlaces));
  return bad(NOT_A_NUMBER.zh, NOT_A_NUMBER.en);
}

/**
 * Drop trailing zeros beyond `maxPlaces` decimal places from a decimal text: "25507764.160" is
 * unambiguously 25,507,764.16 元. Places up to `maxPlaces` are kept as typed ("100.000" →
 * "100.00"); a non-zero digit beyond them is left for the caller to reject ("820000.555").
 * @example dropExtraZeros("25507764.160", 2) === "25507764.16" // seed 表（一） row 1
 */
export function dropExtraZeros(text: string, maxPlaces: number | null): string {
  if (maxPlaces === null) return text;
  const dot = text.indexOf(".");
  if (dot < 0) return text;
  const keep = dot + 1 + maxPlaces;
  if (text.length <= keep || !/^0+$/.test(text.slice(keep))) return text;
  return maxPlaces === 0 ? text.slice(0, dot) : text.slice(0, keep);
}

/**
 * Read an amount in 元 (≥ 0, at most 2 decimals) as a decimal string; blank → null.
 * Text is taken exactly (no rounding); a number cell follows {@link numberToDecimalString}.
 * @example readAmount(cell "12万") → problem "'12万' 不是以元为单位的金额 / is not an amount in 元"
 */
export function readAmount(cell: CellRead): Parsed<string | null> {
  const shown = shownText(cell);
  const r = readDecimal(cell, { maxPlaces: 2 });
  if (!r.ok)
    return r.problem.zh === NOT_A_NUMBER.zh
      ? bad(`'${shown}' 不是以元为单位的金额`, "is not an amount in 元")
      : bad(
          `'${shown}' 不是以元为单位的金额（${r.problem.zh}）`,
          `is not an amount in 元 (${r.problem.en})`,
        );
  if (r.value === null) return r;
  if (r.value.startsWith("-"))
    return bad(`'${shown}' 金额不能为负数`, "an amount in 元 must not be negative");
  if (!/^\d+(\.\d{1,2})?$/.test(r.value))
    return bad(`'${shown}' 金额最多两位小数`, "an amount in 元 has at most 2 decimal places");
  return r;
}

/**
 * Read a non-negative (or, with `signed`, any) decimal of any precision; blank → null.
 * @example readQuantity(cell "159.1181", false) → { ok: true, value: "159.1181" } // 公顷
 */
export function readQuantity(cell: CellRead, signed: boolean): Parsed<string | null> {
  const shown = shownText(cell);
  const r = readDecimal(cell, { maxPlaces: null });
  if (!r.ok) return bad(`'${shown}' 不是数值`, "is not a number");
  if (r.value !== null && !signed && r.value.startsWith("-"))
    return bad(`'${shown}' 不能为负数`, "must not be negative");
  return r;
}

/**
 * Read a whole non-negative count (人, 个); blank → null.
 * @example readCount(cell "２８２") → { ok: true, value: 282 } // seed 一、（2）编制数 282人
 */
export function readCount(cell: CellRead): Parsed<number | null> {
  const shown = shownText(cell);
  const r = readDecimal(cell, { maxPlaces: null });
  if (!r.ok || (r.value !== null && !/^\d+(\.0+)?$/.test(r.value)))
    return bad(`'${shown}' 不是非负整数`, "is not a whole non-negative number");
  if (r.value === null) return ok(null);
  const n = Number(new Decimal(r.value).toFixed(0));
  if (!Number.isSafeInteger(n)) return bad(`'${shown}' 数值过大`, "is too large");
  return ok(n);
}

/**
 * Read a YYYY-MM-DD date from a date cell or text (YYYY-MM-DD, YYYY/M/D, YYYY年M月D日).
 * @example readDate(cell "2020/12/31") → { ok: true, value: "2020-12-31" }
 */
export function readDate(cell: CellRead): Parsed<string | null> {
  if (isBlankCell(cell)) return ok(null);
  const v = cell.value;
  if (v instanceof Date) return ok(v.toISOString().slice(0, 10));
  if (typeof v === "string") {
    const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(normaliseDigits(v));
    if (m?.[1] && m[2] && m[3])
      return ok(`${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`);
  }
  return bad(`'${shownText(cell)}' 不是日期（YYYY-MM-DD）`, "is not a date (YYYY-MM-DD)");
}

/**
 * Read text. Numbers become their exact decimal text; blank → `blank` ("" for required text,
 * null for optional text). Text is not trimmed: spaces are content.
 * @example readText(cell "土地成本", "") → { ok: true, value: "土地成本" }
 */
export function readText(cell: CellRead, blank: "" | null): Parsed<string | null> {
  if (cell.error) return bad(`单元格含错误值 ${cell.error}`, `cell holds the error ${cell.error}`);
  const v = cell.value;
  if (v === null || v === "") return ok(blank);
  if (typeof v === "string") return ok(v);
  if (typeof v === "number") return ok(new Decimal(v).toFixed());
  if (typeof v === "boolean") return ok(v ? "TRUE" : "FALSE");
  return ok(v.toISOString().slice(0, 10));
}

/** An option of a fixed list: the stored id and the Chinese name shown in the sheet. */
export interface Option<V extends string | number = string | number> {
  value: V;
  name: string;
}

/**
 * Read one of a fixed list by its Chinese name (or its id); blank → null.
 * @example readOption(cell "全额拨款", FUNDING_TYPE_OPTIONS) → { ok: true, value: "full" }
 */
export function readOption<V extends string | number>(
  cell: CellRead,
  options: readonly Option<V>[],
): Parsed<V | null> {
  if (isBlankCell(cell)) return ok(null);
  const t = normaliseDigits(shownText(cell));
  const hit = options.find((o) => o.name === t || String(o.value) === t);
  if (hit) return ok(hit.value);
  const names = options.map((o) => o.name).join("、");
  return bad(`'${shownText(cell)}' 不在可选项中（${names}）`, `is not one of the allowed values`);
}

/**
 * Read 是/否 (or TRUE/FALSE, a boolean cell); blank → null.
 * @example readBool(cell "是") → { ok: true, value: true }
 */
export function readBool(cell: CellRead): Parsed<boolean | null> {
  if (isBlankCell(cell)) return ok(null);
  if (typeof cell.value === "boolean") return ok(cell.value);
  const t = normaliseDigits(shownText(cell)).toLowerCase();
  if (["是", "true", "y", "yes"].includes(t)) return ok(true);
  if (["否", "false", "n", "no"].includes(t)) return ok(false);
  return bad(`'${shownText(cell)}' 应为“是”或“否”`, "should be 是 (yes) or 否 (no)");
}
