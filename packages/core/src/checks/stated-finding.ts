import { Decimal } from "../decimal.ts";
import type { Indicator, IndicatorInput } from "../metrics/types.ts";
import { NULL_REASON_NAMES } from "../metrics/types.ts";
import { groupThousands } from "../units/format.ts";
import { roundHalfUp, truncate } from "../units/rounding.ts";
import type { CheckContext } from "./context.ts";
import { figureLocation, isGrouped, placeOf, quantityName, showStated } from "./describe.ts";
import { type Judgement, ratioInputs } from "./judge.ts";
import type { Rule } from "./rule.ts";
import { splitSumNote } from "./split-sum.ts";
import type { Finding, FindingLocation, Severity } from "./types.ts";
import { isMoneyUnit } from "./units.ts";

/**
 * An input as a formula shows it: 元 grouped with 2 places, other units plain.
 * @example showInput({ label: "实际", value: dec("682237464.67"), unit: "元" }) === "682,237,464.67"
 */
export function showInput(input: IndicatorInput): string {
  if (input.value === null) return "空白";
  if (input.unit === "元") return groupThousands(roundHalfUp(input.value, 2));
  return input.value.toString();
}

/**
 * The recomputation written out with its inputs: "682,237,464.67÷683,266,542.43" for a ratio,
 * "(84,284.72−567,543.34)÷567,543.34" for a change rate, "a−b" for a difference, "各行合计"
 * for a column total, else the catalogue formula.
 * @example showFormula(completionRate) === "682,237,464.67÷683,266,542.43" (seed 四(一)2)
 */
export function showFormula(q: Indicator): string {
  const ratio = ratioInputs(q);
  if (ratio) return `${showInput(ratio[0])}÷${showInput(ratio[1])}`;
  const [a, b] = q.inputs;
  if (a && b && q.inputs.length === 2 && /changeRate/.test(q.code)) {
    return `(${showInput(a)}−${showInput(b)})÷${showInput(b)}`;
  }
  if (a && b && q.inputs.length === 2 && /(difference|Difference|carryover)/.test(q.code)) {
    return `${showInput(a)}−${showInput(b)}`;
  }
  const given = q.inputs.filter((i) => i.value !== null);
  // Summed only when the formula could list the inputs (at most 4): totals have thousands.
  const sum =
    given.length <= 4
      ? given.reduce((x, i) => x.plus(i.value as Decimal), new Decimal(0))
      : new Decimal(0);
  if (q.value && given.length === 1 && sum.equals(q.value)) {
    const only = given[0] as IndicatorInput;
    return `${only.label}${showInput(only)}${only.unit === "%" ? "%" : String(only.unit)}`;
  }
  if (q.value && given.length > 1 && given.length <= 4 && sum.equals(q.value)) {
    return given.map(showInput).join("+");
  }
  if (q.code.endsWith(".total") && q.inputs.length > 1) return `${q.inputs.length}项合计`;
  return q.formula;
}

/** The stated unit's way of showing a recomputed value: its places, grouped like the text. */
function showLike(j: Judgement, value: Decimal, how: "round" | "truncate" = "round"): string {
  const fixed = how === "round" ? roundHalfUp(value, j.places) : truncate(value, j.places);
  const body = isGrouped(j.figure.text) ? groupThousands(fixed) : fixed;
  return `${body}${j.figure.unit === "%" ? "%" : j.figure.unit}`;
}

/** A reason without the dataset paths it names ("…上年决算数（threePublicExpenses[2].priorYearActual）…"). */
function plain(reason: string): string {
  return reason.replace(/（[A-Za-z][\w.[\]]*）/g, "").replace(/。$/, "");
}

/** Labelled input values of a quantity, for `Finding.values`. */
function inputValues(q: Indicator): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of q.inputs.slice(0, 8)) {
    values[input.label] =
      input.value === null
        ? "空白"
        : `${input.value.toString()}${input.unit === "%" ? "%" : input.unit}`;
  }
  return values;
}

/** Locations of a quantity's inputs in the dataset (JSON paths). */
function inputLocations(q: Indicator): FindingLocation[] {
  // The first six distinct paths (a column total may have thousands of inputs).
  const paths = new Set<string>();
  for (const input of q.inputs) {
    if (paths.size === 6) break;
    if (input.path) paths.add(input.path);
  }
  return [...paths].map((path) => ({ path }));
}

/**
 * The severity a diagnosis deserves: plain mismatches and unit slips are errors.
 * @example severityOf({ diagnosis: "truncated", … }) === "warning"
 */
export function severityOf(j: Judgement): Severity {
  switch (j.diagnosis) {
    case "mismatch":
    case "unitSlip":
      return "error";
    case "truncated":
    case "wrongDenominator":
      return "warning";
    case "notApplicable":
      return j.quantity?.nullReason === "undefined" ? "warning" : "info";
    default:
      return "info";
  }
}

/**
 * The finding for a stated figure that does not match its quantity, with one Chinese sentence
 * that says where, what was stated, what the data give (and how), and why they differ.
 * Returns null for a match.
 * @example statedFinding(rule, context, judgeOf(完成率99.84%)).message
 *   // "第四部分所述预算完成率99.84%与按数据重算的99.85%（682,237,464.67÷683,266,542.43）不符：所述数为截尾而非四舍五入。"
 */
export function statedFinding(rule: Rule, context: CheckContext, j: Judgement): Finding | null {
  const q = j.quantity;
  if (!q || j.diagnosis === undefined || j.diagnosis === "match") return null;
  const place = placeOf(j.figure.location);
  const name = quantityName(q, context.dataset);
  const stated = showStated(j.figure);
  const values: Record<string, string> = { 所述: stated, ...inputValues(q) };
  const base: Finding = {
    ruleId: rule.id,
    severity: severityOf(j),
    title: rule.title,
    titleEn: rule.titleEn,
    locations: [figureLocation(j.figure), ...inputLocations(q)],
    stated: j.figure.value,
    unit: j.figure.unit,
    diagnosis: j.diagnosis,
    values,
    message: "",
  };
  if (q.value === null && q.nullReason === "missing") {
    values.重算 = "空白（数据缺失）";
    base.message = `${place}列示${name}为${stated}，而数据中该项为空白（${plain(q.reason ?? "数据缺失")}），空白不等于0，无从核对。`;
    return base;
  }
  if (j.diagnosis === "notApplicable" || !j.exact) {
    const why = q.reason ?? NULL_REASON_NAMES[q.nullReason ?? "notApplicable"];
    values.重算 = NULL_REASON_NAMES[q.nullReason ?? "notApplicable"];
    base.message = `${place}列示${name}为${stated}，但按数据该项无法计算（${plain(why)}），应填“不适用”而非数值。`;
    return base;
  }
  const exact = j.exact;
  const expected = showLike(j, exact);
  base.expected = roundHalfUp(exact, j.places);
  values.重算 = expected;
  values.重算精确值 = exact.toDecimalPlaces(6).toString();
  const converted =
    j.factor && !j.factor.equals(1) && !(String(q.unit) === "元" && isMoneyUnit(j.figure.unit))
      ? `，×${j.factor.toString()}折合${j.figure.unit}`
      : "";
  const formula = `${showFormula(q)}${converted}`;
  const relabel = j.labelled
    ? `（该表标注单位为${j.labelled.figure.unit}，但表中数字实为${j.figure.unit}，按${j.figure.unit}核对）`
    : "";
  const lead = `${place}所述${name}${stated}与按数据重算的${expected}（${formula}）不符${relabel}`;
  const blank = j.blankAsZero ? "（空白单元格按0计）" : "";
  switch (j.diagnosis) {
    case "truncated":
      values.截尾 = showLike(j, exact, "truncate");
      base.message = `${lead}：所述数为截尾而非四舍五入${blank}。`;
      break;
    case "unitSlip": {
      base.message = `${lead}：所写数字实为以${j.slipUnit}计的金额，单位应为${j.slipUnit}而非${j.figure.unit}。`;
      break;
    }
    case "wrongDenominator": {
      const [numerator, denominator] = ratioInputs(q) ?? [];
      const used = j.denominators?.[0] as Indicator;
      const usedName = quantityName(used, context.dataset);
      const usedValue = showInput({ label: usedName, value: used.value, unit: used.unit });
      values.所用分母 = `${usedName} ${usedValue}${used.unit === "%" ? "%" : used.unit}`;
      base.message = `${lead}：所述数是以${usedName}${usedValue}为分母算得的（${numerator ? showInput(numerator) : ""}÷${usedValue}），而公式的分母应为${denominator?.label ?? "分母"}${denominator ? showInput(denominator) : ""}。`;
      break;
    }
    default: {
      const diff = j.stated.minus(exact);
      const diffShown = showLike(j, diff.abs());
      if (j.range) {
        const wide = { ...j, places: j.places + 2 };
        const lo = showLike(wide, j.range.lo, "truncate");
        const hi = showLike(wide, j.range.hi);
        values.可达范围 = `${lo}～${hi}`;
        base.message = `${lead}：即使各输入取其舍入区间内任意值，比率也只能在${lo}至${hi}之间，所述数超出此范围。`;
      } else {
        const split = splitSumNote(context, j);
        base.message = `${lead}，所述数${diff.isNegative() ? "少" : "多"}${diffShown}${blank}${split ? `；${split}` : ""}。`;
      }
    }
  }
  return base;
}
