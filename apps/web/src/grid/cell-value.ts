import { Decimal } from "@jixiao/core";
import { formatWanYuan, formatYuan, wanYuanToYuan, yuanToWanYuan } from "@jixiao/core/units";
import type { FieldType } from "@jixiao/report/xlsx/sheet-specs";
import { cleanNumberText, isBlankText } from "./clean-paste.ts";

/** The unit amounts are shown and typed in: 元 (as stored) or 万元. */
export type AmountUnit = "元" | "万元";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * The draft value a typed or pasted text becomes in a cell of the given type. The text is
 * cleaned (full-width digits, thousands separators — see cleanNumberText) and read; blank is
 * missing (null), never 0. Text that cannot be read is kept as typed, so the core schema marks
 * the cell and says why, instead of the keystroke being lost.
 * - 金额: a decimal string in 元 ("820000.00"); in 万元 mode the typed figure × 10 000.
 * - 数值: a decimal string. 人数/个数: a whole number. 日期: YYYY-MM-DD (also 2020/12/31, 2020年12月31日).
 * - 选项: the option's id, by its Chinese name or id. 是/否: true / false. 列表: one item per line or ；.
 * - 文本: as typed; a blank required text is "", a blank optional text null.
 * @example parseCellInput({ t: "amount" }, "８２，０００", "元") === "82000"
 * @example parseCellInput({ t: "amount" }, "8.2", "万元") === "82000"
 */
export function parseCellInput(type: FieldType, text: string, unit: AmountUnit = "元"): unknown {
  switch (type.t) {
    case "amount":
    case "quantity": {
      if (isBlankText(text)) return null;
      const cleaned = cleanNumberText(text);
      if (!PLAIN_DECIMAL.test(cleaned)) return text.trim();
      if (type.t === "amount" && unit === "万元")
        return wanYuanToYuan(new Decimal(cleaned)).toFixed();
      return type.t === "amount" ? dropZerosBeyond(cleaned, 2) : cleaned;
    }
    case "count": {
      if (isBlankText(text)) return null;
      const cleaned = cleanNumberText(text);
      return /^\d+$/.test(cleaned) && Number.isSafeInteger(Number(cleaned))
        ? Number(cleaned)
        : text.trim();
    }
    case "date": {
      if (isBlankText(text)) return null;
      const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cleanDigits(text.trim()));
      return m?.[1] && m[2] && m[3]
        ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`
        : text.trim();
    }
    case "option": {
      if (isBlankText(text)) return null;
      const t = text.trim();
      const hit = type.options.find((o) => o.name === t || String(o.value) === t);
      return hit ? hit.value : t;
    }
    case "bool": {
      if (isBlankText(text)) return null;
      const t = text.trim().toLowerCase();
      if (["是", "true", "y", "yes", "√"].includes(t)) return true;
      if (["否", "false", "n", "no", "×"].includes(t)) return false;
      return text.trim();
    }
    case "list":
      return text
        .split(/[\n；;]/)
        .map((item) => item.trim())
        .filter((item) => item !== "");
    case "id":
      return isBlankText(text) ? null : text.trim();
    case "text":
      return text.trim() === "" ? (type.required ? "" : null) : text;
  }
}

/** Full-width digits → ASCII (dates keep their separators). */
function cleanDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30));
}

/** "25507764.160" → "25507764.16": zeros beyond `places` say nothing; other digits stay for the schema to refuse. */
function dropZerosBeyond(text: string, places: number): string {
  const dot = text.indexOf(".");
  if (dot < 0) return text;
  const keep = dot + 1 + places;
  return text.length > keep && /^0+$/.test(text.slice(keep)) ? text.slice(0, keep) : text;
}

/** True when a draft value of this type is a readable value (not text the schema will refuse). */
function isReadable(type: FieldType, value: unknown): boolean {
  if (type.t === "amount") return typeof value === "string" && /^\d+(\.\d{1,2})?$/.test(value);
  if (type.t === "quantity") return typeof value === "string" && PLAIN_DECIMAL.test(value);
  if (type.t === "count") return typeof value === "number";
  return true;
}

/**
 * A cell's value as shown in the grid: amounts with thousands separators, 2 places in 元 or
 * 4 places in 万元 (四舍五入, core's units); options by their Chinese name; 是/否; blank as "".
 * Text the schema refuses is shown as typed.
 * @example formatCellValue({ t: "amount" }, "682237464.67", "元") === "682,237,464.67"
 * @example formatCellValue({ t: "amount" }, "820000.00", "万元") === "82.0000"
 */
export function formatCellValue(type: FieldType, value: unknown, unit: AmountUnit = "元"): string {
  if (value === null || value === undefined) return "";
  if (!isReadable(type, value)) return typeof value === "string" ? value : JSON.stringify(value);
  switch (type.t) {
    case "amount": {
      const d = new Decimal(value as string);
      return unit === "万元" ? formatWanYuan(d, 4) : formatYuan(d);
    }
    case "option":
      return type.options.find((o) => o.value === value)?.name ?? String(value);
    case "bool":
      return value === true ? "是" : value === false ? "否" : String(value);
    case "list":
      return Array.isArray(value) ? value.join("；") : String(value);
    default:
      return String(value);
  }
}

/**
 * The text an editor starts with: the value without separators, so typing over it and reading
 * it back gives the same value. Amounts in 万元 mode are shown exactly (820000.00 元 → "82").
 * @example editText({ t: "amount" }, "62769.85", "万元") === "6.276985"
 */
export function editText(type: FieldType, value: unknown, unit: AmountUnit = "元"): string {
  if (value === null || value === undefined) return "";
  if (type.t === "amount" && unit === "万元" && isReadable(type, value))
    return yuanToWanYuan(new Decimal(value as string)).toFixed();
  if (type.t === "list" && Array.isArray(value)) return value.join("\n");
  if (type.t === "option" || type.t === "bool") return formatCellValue(type, value, unit);
  return typeof value === "string" ? value : String(value);
}

/** True for cells shown right-aligned with tabular figures (amounts and numbers). */
export function isNumeric(type: FieldType): boolean {
  return type.t === "amount" || type.t === "quantity" || type.t === "count";
}
