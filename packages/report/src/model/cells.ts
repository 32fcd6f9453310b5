import { type Decimal, dec } from "@jixiao/core";
import { formatPercent, formatWanYuan, formatYuan, roundHalfUp } from "@jixiao/core/units";
import type {
  AmountCell,
  AmountFormat,
  BlankCell,
  BlankStyle,
  Cell,
  CellBase,
  CountCell,
  PercentCell,
  QuantityCell,
  TextCell,
} from "./types.ts";

/** The seed's default amount format: 元 with thousands separators, 2 places. */
export const YUAN: AmountFormat = { unit: "元" };

/**
 * 万元 with `places` decimals (the seed restates amounts in 万元 to 2 or 4 places).
 * @example wanYuan(2) // 820,000.00 元 shows "82.00" (seed 1.2.1 prose)
 */
export function wanYuan(places: number): AmountFormat {
  return { unit: "万元", places };
}

/**
 * A text cell.
 * @example textCell("公务接待费")
 */
export function textCell(text: string, extra: CellBase = {}): TextCell {
  return { kind: "text", text, ...extra };
}

/**
 * A blank cell (missing data, never 0).
 * @example cellText(blankCell("dash")) === "-"
 */
export function blankCell(style: BlankStyle = "empty", extra: CellBase = {}): BlankCell {
  return { kind: "blank", style, ...extra };
}

/**
 * An amount cell from a dataset amount string in 元; a null (blank) amount becomes a blank cell.
 * @example amountCell("682237464.67") → { kind: "amount", value: 682237464.67, format: 元 }
 */
export function amountCell(
  yuan: string | Decimal | null | undefined,
  format: AmountFormat = YUAN,
  extra: CellBase = {},
): AmountCell | BlankCell {
  if (yuan === null || yuan === undefined) return blankCell("empty", extra);
  return { kind: "amount", value: dec(yuan), format, ...extra };
}

/**
 * A percent cell (value already × 100).
 * @example cellText(percentCell(dec("-85.1491"))) === "-85.15%" // seed 1.2.2 合计
 */
export function percentCell(value: Decimal, extra: CellBase = {}): PercentCell {
  return { kind: "percent", value, ...extra };
}

/**
 * A count cell; null becomes blank.
 * @example cellText(countCell(288)) === "288" // seed 年末在职人员
 */
export function countCell(
  value: number | null | undefined,
  extra: CellBase = {},
): CountCell | BlankCell {
  if (value === null || value === undefined) return blankCell("empty", extra);
  return { kind: "count", value, ...extra };
}

/**
 * A quantity cell from a decimal string as written; null becomes blank.
 * @example cellText(quantityCell("159.1181")) === "159.1181" // 公顷, seed 四（二）（1）
 */
export function quantityCell(
  written: string | null | undefined,
  extra: CellBase = {},
): QuantityCell | BlankCell {
  if (written === null || written === undefined) return blankCell("empty", extra);
  return { kind: "quantity", value: dec(written), text: written, ...extra };
}

/**
 * Format an amount in 元 under an {@link AmountFormat}: 元 → formatYuan (thousands separators,
 * 2 places, 四舍五入); 万元 → formatWanYuan (÷ 10 000, `places`, 四舍五入).
 * @example formatAmount(dec("820000"), { unit: "万元", places: 2 }) === "82.00"
 */
export function formatAmount(yuan: Decimal, format: AmountFormat): string {
  return format.unit === "元" ? formatYuan(yuan) : formatWanYuan(yuan, format.places);
}

/**
 * The text every renderer shows for a cell. Amounts: formatYuan / formatWanYuan; percents:
 * formatPercent (四舍五入, 2 places by default, with "%"); blanks: "" or "-" (never 0);
 * null indicators: their Chinese reason (不适用, 上年为0（新增）…); a cell's `suffix` (unit, "元") then its `mark` ("※") follow.
 * @example cellText({ kind: "percent", value: dec("10.27862") }) === "10.28%"
 */
export function cellText(cell: Cell): string {
  return `${bareCellText(cell)}${cell.suffix ?? ""}${cell.mark ?? ""}`;
}

/** A cell's text without its mark. */
function bareCellText(cell: Cell): string {
  switch (cell.kind) {
    case "text":
      return cell.text;
    case "amount":
      return formatAmount(cell.value, cell.format);
    case "percent":
      return formatPercent(cell.value, cell.places ?? 2);
    case "count":
      return String(cell.value);
    case "quantity":
      return (
        cell.text ??
        (cell.places === undefined ? cell.value.toString() : roundHalfUp(cell.value, cell.places))
      );
    case "blank":
      return cell.style === "dash" ? "-" : "";
    case "null":
      return cell.text;
  }
}

/**
 * True for cells that hold a number (right-aligned by default).
 * @example isNumericCell(amountCell("820000")) === true
 */
export function isNumericCell(cell: Cell): boolean {
  return (
    cell.kind === "amount" ||
    cell.kind === "percent" ||
    cell.kind === "count" ||
    cell.kind === "quantity"
  );
}
