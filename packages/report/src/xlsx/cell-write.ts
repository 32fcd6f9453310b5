import { Decimal } from "@jixiao/core";
import type { Option } from "./cell-parse.ts";
import type { CellWrite } from "./workbook.ts";

/** Significant digits an IEEE double carries exactly through decimal text and back. */
const DOUBLE_SAFE_DIGITS = 15;

/**
 * Number format showing `places` decimals with thousands separators: 2 → "#,##0.00".
 * @example decimalFormat(2) === "#,##0.00"
 */
export function decimalFormat(places: number): string {
  return places === 0 ? "#,##0" : `#,##0.${"0".repeat(places)}`;
}

/**
 * Write a decimal string (an amount in 元 or a quantity) so that Excel shows the right number
 * and import gets the exact string back.
 *
 * Choice (documented in docs/xlsx.md): a value of at most 15 significant digits is written as a
 * NUMBER cell, so SUM and the computed formulas work, with a number format that shows exactly
 * the places the string has ("650501700.00" → 650501700 shown as "650,501,700.00"); import
 * restores the string from the number's shortest form plus the format's places. A value with
 * more than 15 significant digits (beyond what a double holds exactly, ≥ 10 000 000 000 000
 * 元 with 分), or not in plain form (a leading zero such as "007"), is written as TEXT,
 * right-aligned, which import reads exactly.
 * @example decimalCell("682237464.67") → { kind: "number", value: 682237464.67, format: "#,##0.00" }
 */
export function decimalCell(value: string | null | undefined): CellWrite {
  if (value === null || value === undefined) return null;
  const d = new Decimal(value);
  const places = value.split(".")[1]?.length ?? 0;
  if (d.precision(true) > DOUBLE_SAFE_DIGITS || places > 10 || d.toFixed(places) !== value)
    return { kind: "text", text: value, align: "right" };
  // Boundary to the spreadsheet: a double that prints back as exactly `value`.
  return { kind: "number", value: d.toNumber(), format: decimalFormat(places) };
}

/**
 * Write a whole count.
 * @example countCell(282) → { kind: "number", value: 282, format: "0" } // seed 编制数 282人
 */
export function countCell(value: number | null | undefined): CellWrite {
  return value === null || value === undefined ? null : { kind: "number", value, format: "0" };
}

/**
 * Write text; empty text leaves the cell empty.
 * @example textCell("桃江县自然资源局") → { kind: "text", text: "桃江县自然资源局", wrap: false }
 */
export function textCell(value: string | null | undefined, wrap = false): CellWrite {
  return value === null || value === undefined || value === ""
    ? null
    : { kind: "text", text: value, wrap };
}

/**
 * Write the Chinese name of an option.
 * @example optionCell("full", FUNDING_TYPE_OPTIONS) → { kind: "text", text: "全额拨款" }
 */
export function optionCell(value: unknown, options: readonly Option[]): CellWrite {
  if (value === null || value === undefined) return null;
  const hit = options.find((o) => o.value === value);
  return { kind: "text", text: hit ? hit.name : String(value) };
}

/**
 * A Decimal result as a cached formula value: a double (display only; the formula recomputes).
 * @example cachedNumber(dec("62769.85").div("820000")) === 0.0765485975609756 // 三公 公务接待费 控制率
 */
export function cachedNumber(value: Decimal | null): number | null {
  return value === null ? null : value.toSignificantDigits(DOUBLE_SAFE_DIGITS).toNumber();
}
