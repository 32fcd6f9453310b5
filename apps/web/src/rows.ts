import type { Decimal } from "@jixiao/core";
import { type Indicator, NULL_REASON_NAMES } from "@jixiao/core/metrics";
import { groupThousands, roundHalfUp } from "@jixiao/core/units";

/** One line of the indicator table: the columns 代码/名称/值/单位/公式, as shown. */
export interface IndicatorRow {
  /** 代码: the indicator key, "code" or "code[param]". */
  key: string;
  /** 名称: the standard Chinese name. */
  name: string;
  /** 值: rounded once for display (四舍五入, 2 places; 元 with thousands separators), or the null reason. */
  value: string;
  /** The exact value, for sorting; null sorts last. */
  exact: Decimal | null;
  /** 单位: 元, %, 人 …; empty when the value is null. */
  unit: string;
  /** 公式, in Chinese. */
  formula: string;
}

/**
 * Turn an indicator into its table row. The value is rounded once, at display: 元 and % to 2
 * places 四舍五入 (元 with thousands separators), whole counts (人, 个, 份) as integers, other
 * quantities to 2 places. A null value shows its Chinese reason (不适用, 上年为0（新增）…), never 0.
 * @example indicatorRow(controlRateTotal) // { key: "threePublicExpenses.controlRate.total",
 *   name: "“三公经费”控制率", value: "10.28", unit: "%", … } — seed 1.2.1 控制率 10.28
 */
export function indicatorRow(indicator: Indicator): IndicatorRow {
  const { key, name, unit, formula, value } = indicator;
  if (value === null) {
    const reason = indicator.nullReason
      ? NULL_REASON_NAMES[indicator.nullReason]
      : NULL_REASON_NAMES.missing;
    return { key, name, value: reason, exact: null, unit: "", formula };
  }
  const shown =
    unit === "元"
      ? groupThousands(roundHalfUp(value, 2))
      : unit !== "%" && value.isInteger()
        ? value.toFixed(0)
        : roundHalfUp(value, 2);
  return { key, name, value: shown, exact: value, unit, formula };
}

/**
 * Order two rows by exact value, ascending; rows without a value come after every number.
 * A comparator for the table's 值 column (TanStack sortingFn), so sorting never uses the
 * rounded text.
 * @example compareRowValues({ exact: dec("10.2786") }, { exact: null }) === -1
 */
export function compareRowValues(
  a: Pick<IndicatorRow, "exact">,
  b: Pick<IndicatorRow, "exact">,
): number {
  if (a.exact === null) return b.exact === null ? 0 : 1;
  if (b.exact === null) return -1;
  return a.exact.comparedTo(b.exact);
}
