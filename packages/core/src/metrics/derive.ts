import { Decimal, sum } from "../decimal.ts";
import { formatYuan } from "../units/format.ts";
import { runDecimal } from "./run-memo.ts";
import type { IndicatorInput, IndicatorUnit, NullReason } from "./types.ts";

/**
 * The value of one derived quantity: an exact Decimal, or null with the reason (DESIGN.md §7).
 * Never Infinity, NaN or a made-up 0.
 */
export type Outcome =
  | { value: Decimal; nullReason?: undefined; reason?: undefined }
  | { value: null; nullReason: NullReason; reason: string };

const HUNDRED = new Decimal(100);

/**
 * Turn a dataset cell into a Decimal: a decimal string (元, or any unit) becomes its exact
 * Decimal; null, undefined and blank (`""`, `"-"`, whitespace) become null — blank is missing,
 * never 0 (DESIGN.md §7). A JS number is accepted only for whole counts (人, 个, 份), which the
 * schema carries as integers; money is always a string.
 * @throws DecimalError when the string is not a decimal (the schema has rejected those before).
 * @example cellValue("84284.72")?.toString() === "84284.72" (seed 1.2.1 决算数合计); cellValue(null) === null
 */
export function cellValue(raw: string | number | null | undefined): Decimal | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return new Decimal(raw);
  if (/^\s*(-|—|－)?\s*$/.test(raw)) return null;
  return runDecimal(raw.trim());
}

/**
 * One labelled input of a formula, read from the dataset at `path`; blank → value null.
 * Units: whatever the cell is in (元, 人, 公顷 …), as `unit` says; no conversion, no rounding.
 * @example cell("公务接待费决算数", "62769.85", "元", "threePublicExpenses[0].actual")
 *   // { label, value: 62769.85, unit: "元", path } (seed 1.2.1)
 */
export function cell(
  label: string,
  raw: string | number | null | undefined,
  unit: IndicatorUnit,
  path?: string,
): IndicatorInput {
  const input: IndicatorInput = { label, value: cellValue(raw), unit };
  if (path !== undefined) input.path = path;
  return input;
}

/**
 * An input whose value is an outcome already derived (a total, a difference), e.g. the
 * denominator of a rate of totals. A null outcome gives a null value (blank → missing downstream).
 * @example derivedInput("到位金额合计", total(cells), "元", "allocation[*].received")
 *   // value 683,266,542.43 (seed 表（二）合计)
 */
export function derivedInput(
  label: string,
  outcome: Outcome,
  unit: IndicatorUnit,
  path?: string,
): IndicatorInput {
  const input: IndicatorInput = { label, value: outcome.value, unit };
  if (path !== undefined) input.path = path;
  return input;
}

/**
 * How an input reads in a Chinese reason: 元 with thousands separators and 2 places (四舍五入),
 * otherwise the exact value and its unit; a blank input reads "空白".
 * @example describeValue(cell("决算数", "21514.87", "元")) === "21,514.87元" (seed 1.2.1)
 */
export function describeValue(input: IndicatorInput): string {
  if (input.value === null) return "空白";
  if (input.unit === "元") return `${formatYuan(input.value)}元`;
  return `${input.value.toString()}${input.unit === "%" ? "%" : input.unit}`;
}

function located(input: IndicatorInput): string {
  return input.path ? `${input.label}（${input.path}）` : input.label;
}

/**
 * The outcome when some inputs are blank: null, `missing` (数据缺失), with a Chinese reason
 * naming each blank input and its dataset path (blank is missing, never 0 — DESIGN.md §7).
 * @example missing([cell("预算金额", "", "元", "basicExpenditure[3].budget")]).reason
 *   // "预算金额（basicExpenditure[3].budget）数据缺失（空白），无法计算。" (seed 1.1 折旧费 row)
 */
export function missing(inputs: readonly IndicatorInput[]): Outcome {
  const blank = inputs.filter((i) => i.value === null);
  const named = (blank.length > 0 ? blank : inputs).map(located).join("、");
  return { value: null, nullReason: "missing", reason: `${named}数据缺失（空白），无法计算。` };
}

/**
 * The value of one input as an outcome: its exact Decimal, or null `missing` when blank.
 * @example plain(cell("年末在职人员数", 288, "人")).value // 288 (seed 一、（2）)
 */
export function plain(input: IndicatorInput): Outcome {
  return input.value === null ? missing([input]) : { value: input.value };
}

/**
 * A rate in percent: 比率 = 分子 ÷ 分母 × 100%, exact (no rounding; display rounds 四舍五入 to
 * 2 places). Units: any two inputs of the same unit (元 ÷ 元, 人 ÷ 人); the result is in %.
 * Edges (DESIGN.md §7): a blank input → null `missing`; 0 ÷ 0 → null `notApplicable` (不适用);
 * x ÷ 0 with x ≠ 0 → null `undefined` (分母为0，e.g. spending with no budget); never
 * Infinity, NaN or 0.
 * Source: 财预〔2013〕53号 附件2 (every 控制率/完成率 of the common framework is such a ratio).
 * @example percentRatio(cell("决算数", "84284.72", "元"), cell("预算数", "820000", "元")).value
 *   // 10.27862439… (seed 1.2.1: "三公经费"控制率 10.28%)
 */
export function percentRatio(numerator: IndicatorInput, denominator: IndicatorInput): Outcome {
  const n = numerator.value;
  const d = denominator.value;
  if (n === null || d === null) return missing([numerator, denominator]);
  if (d.isZero()) {
    if (n.isZero()) {
      return {
        value: null,
        nullReason: "notApplicable",
        reason: `${located(numerator)}与${located(denominator)}均为0，0 ÷ 0 不适用。`,
      };
    }
    return {
      value: null,
      nullReason: "undefined",
      reason: `${located(denominator)}为0而${located(numerator)}为${describeValue(numerator)}，分母为0，无法计算。`,
    };
  }
  return { value: n.div(d).times(HUNDRED) };
}

/**
 * A change rate in percent: 变动率 = (本年 − 上年) ÷ 上年 × 100%, exact.
 * Edges (DESIGN.md §7): a blank input → null `missing`; 上年 = 0 and 本年 ≠ 0 → null
 * `priorYearZero` (上年为0（新增）); 上年 = 0 and 本年 = 0 → null `notApplicable` (0 ÷ 0 不适用:
 * nothing existed either year, so there is nothing new); never Infinity, NaN or 0.
 * Source: 财预〔2013〕53号 附件2 ("三公经费"变动率, 结转结余变动率).
 * @example changeRate(cell("本年决算数", "84284.72", "元"), cell("上年决算数", "567543.34", "元")).value
 *   // −85.14917… (seed 1.2.2: 变动比例 −85.15%)
 */
export function changeRate(current: IndicatorInput, prior: IndicatorInput): Outcome {
  const c = current.value;
  const p = prior.value;
  if (c === null || p === null) return missing([current, prior]);
  if (p.isZero()) {
    if (c.isZero()) {
      return {
        value: null,
        nullReason: "notApplicable",
        reason: `${located(prior)}与${located(current)}均为0，变动率 0 ÷ 0 不适用。`,
      };
    }
    return {
      value: null,
      nullReason: "priorYearZero",
      reason: `${located(prior)}为0，${located(current)}为${describeValue(current)}，上年为0（新增），不计算变动率。`,
    };
  }
  return { value: c.minus(p).div(p).times(HUNDRED) };
}

/**
 * A difference a − b in the inputs' unit (元, 人), exact. A blank input → null `missing`.
 * @example difference(cell("决算数", "62769.85", "元"), cell("预算数", "820000", "元")).value
 *   // −757230.15 (seed 1.2.1: 公务接待费 决算比预算减少 −757,230.15)
 */
export function difference(minuend: IndicatorInput, subtrahend: IndicatorInput): Outcome {
  if (minuend.value === null || subtrahend.value === null) return missing([minuend, subtrahend]);
  return { value: minuend.value.minus(subtrahend.value) };
}

/**
 * A total Σ of rows, exact. Blank cells are left out (blank is missing, never 0); when every
 * cell is blank — or there are no rows — the total is null `missing`.
 * @example total([cell("a", "62769.85", "元"), cell("b", "21514.87", "元"), cell("c", "0", "元")]).value
 *   // 84284.72 (seed 1.2.1: "三公经费"决算数合计)
 */
export function total(parts: readonly IndicatorInput[]): Outcome {
  const given: Decimal[] = [];
  for (const part of parts) if (part.value !== null) given.push(part.value);
  if (given.length === 0) {
    if (parts.length === 0) {
      return { value: null, nullReason: "missing", reason: "没有任何行，合计数据缺失。" };
    }
    return missing(parts);
  }
  return { value: sum(given) };
}
