import {
  type Decimal,
  type Evaluation,
  formatPercent,
  type Indicator,
  NULL_REASON_NAMES,
} from "@jixiao/core";
import { blankCell, formatAmount, textCell, YUAN } from "./cells.ts";
import type { AmountFormat, Cell, CellBase } from "./types.ts";

/**
 * Read access to an evaluation's computed indicators, as report cells and sentence fragments.
 * Every total, difference and rate in the report comes through here, never from a stated figure.
 */
export interface IndicatorLookup {
  /** The indicator with this key ("code" or "code[param]"), if computed. */
  get(key: string): Indicator | undefined;
  /** Its exact value, or null (not computed, or null with a reason). */
  value(key: string): Decimal | null;
  /** An amount cell (元, exact) for the indicator; see {@link indicatorCell} for nulls. */
  amount(key: string, format?: AmountFormat): Cell;
  /** A percent cell for the indicator (value already × 100). */
  percent(key: string): Cell;
  /** The indicator as text in a sentence: "682,237,464.67元", "82.00万元", "10.28%", or its null reason. */
  text(key: string, format?: AmountFormat): string;
}

/**
 * The cell for an indicator value. A value becomes an amount (元 units), percent (%), count (人,
 * 个, 份) or quantity (分 and others). A null value with reason shows the Chinese reason
 * (不适用, 上年为0（新增）, 无法计算（分母为0）); a null for missing inputs, or an indicator that
 * was not computed at all, shows "-" (blank is never 0).
 * @example indicatorCell(get("threePublicExpenses.controlRate.total")) // → percent cell 10.2786…, shown "10.28%"
 */
export function indicatorCell(
  indicator: Indicator | undefined,
  format: AmountFormat = YUAN,
  extra: CellBase = {},
): Cell {
  const source = indicator?.key;
  if (!indicator) return blankCell("dash", extra);
  if (indicator.value === null) {
    const reason = indicator.nullReason ?? "missing";
    if (reason === "missing") return blankCell("dash", { source, ...extra });
    return { kind: "null", reason, text: NULL_REASON_NAMES[reason], source, ...extra };
  }
  const value = indicator.value;
  switch (indicator.unit) {
    case "元":
      return { kind: "amount", value, format, source, ...extra };
    case "%":
      return { kind: "percent", value, source, ...extra };
    case "人":
    case "个":
    case "份":
      return value.isInteger()
        ? { kind: "count", value: value.toNumber(), source, ...extra }
        : { kind: "quantity", value, source, ...extra };
    default:
      return { kind: "quantity", value, source, ...extra };
  }
}

/**
 * An indicator as words for a generated sentence: the formatted value with its unit
 * ("1,029,077.76元", "8.43万元", "10.28%", "288人"), or the null reason ("不适用", "数据缺失").
 * @example indicatorText(get("carryover.amount")) === "1,029,077.76元" // seed 二、 结转结余
 */
export function indicatorText(
  indicator: Indicator | undefined,
  format: AmountFormat = YUAN,
): string {
  if (!indicator) return NULL_REASON_NAMES.missing;
  if (indicator.value === null) return NULL_REASON_NAMES[indicator.nullReason ?? "missing"];
  const value = indicator.value;
  if (indicator.unit === "元") return `${formatAmount(value, format)}${format.unit}`;
  if (indicator.unit === "%") return formatPercent(value);
  return `${value.toString()}${indicator.unit}`;
}

/**
 * Index an evaluation's indicators by key.
 * @example lookupIndicators(evaluation).text("threePublicExpenses.controlRate.total") === "10.28%"
 */
export function lookupIndicators(evaluation: Pick<Evaluation, "indicators">): IndicatorLookup {
  const byKey = new Map(evaluation.indicators.map((i) => [i.key, i]));
  return {
    get: (key) => byKey.get(key),
    value: (key) => byKey.get(key)?.value ?? null,
    amount: (key, format = YUAN) => indicatorCell(byKey.get(key), format),
    percent: (key) => indicatorCell(byKey.get(key)),
    text: (key, format = YUAN) => indicatorText(byKey.get(key), format),
  };
}

/**
 * A label cell for a totals row spanning `colSpan` columns (序号 + 项目 → 2).
 * @example totalLabel() // "合计" over 序号 and 项目 (colSpan 2)
 */
export function totalLabel(colSpan = 2, text = "合计"): Cell {
  return textCell(text, { colSpan, align: "center" });
}
