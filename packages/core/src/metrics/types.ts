import type { Decimal } from "../decimal.ts";

/**
 * Why an indicator has no value (DESIGN.md §7, zero denominators and blanks):
 * - notApplicable: 0 ÷ 0 (不适用);
 * - undefined: x ÷ 0 with x ≠ 0 (e.g. spending with no budget) — checks raise a finding;
 * - priorYearZero: a change rate whose prior year is 0 (上年为0（新增）);
 * - missing: an input is blank in the dataset (缺失).
 */
export type NullReason = "notApplicable" | "undefined" | "priorYearZero" | "missing";

export const NULL_REASON_NAMES: Record<NullReason, string> = {
  notApplicable: "不适用",
  undefined: "无法计算（分母为0）",
  priorYearZero: "上年为0（新增）",
  missing: "数据缺失",
};

/** Units an indicator is expressed in. Rates are percentages (already × 100). */
export type IndicatorUnit = "元" | "%" | "人" | "分" | "个" | string;

/** Which way is better, for scoring: ≥ target, ≤ target, or = target. */
export type Direction = "higherBetter" | "lowerBetter" | "target";

/** One input of an indicator's formula, with the dataset path it came from. */
export interface IndicatorInput {
  /** Chinese label, e.g. "三公经费决算数". */
  label: string;
  value: Decimal | null;
  unit: IndicatorUnit;
  /** JSON path into the dataset, e.g. "threePublicExpenses[0].actual". */
  path?: string;
}

/**
 * A computed 绩效指标 value. `key` is unique within an evaluation: `code` for an aggregate,
 * `code[param]` for one item (e.g. "threePublicExpenses.changeRate[officialReception]").
 * `value` is exact (never rounded); display rounding happens in units/format.
 */
export interface Indicator {
  key: string;
  code: string;
  param?: string;
  /** Standard Chinese name, e.g. "“三公经费”控制率". */
  name: string;
  unit: IndicatorUnit;
  value: Decimal | null;
  /** Set exactly when value is null. */
  nullReason?: NullReason;
  /** One Chinese sentence on why value is null, naming the inputs. */
  reason?: string;
  /** Formula in Chinese, e.g. "三公经费决算数 ÷ 三公经费预算数 × 100%". */
  formula: string;
  inputs: IndicatorInput[];
  direction?: Direction;
  /** Source rule, e.g. "财预〔2013〕53号 附件2". */
  source?: string;
}
