import type { z } from "zod";
import { Decimal } from "../../decimal.ts";
import type { CategoricalRule, Condition } from "../../frameworks/schema.ts";
import { formatPoints, formatValue } from "../format.ts";
import type { ManualScore } from "../manual-scores.ts";
import type { RuleResult } from "../types.ts";
import { describeInterval, inInterval } from "./interval.ts";

type Params = z.infer<typeof CategoricalRule>["params"];

/** A value a condition reads: the indicator's (rounded) value, name and unit; value null when absent. */
export interface LookedUpValue {
  value: Decimal | null;
  label: string;
  unit: string;
}

/**
 * Whether a condition holds on a value: `equals` → exact equality, otherwise the interval with
 * its endpoint flags (inInterval). Null when the indicator has no value (the category is then
 * undecided).
 * @example conditionHolds({equals:"0",minInclusive:true,maxInclusive:false}, {value:new Decimal(0),label:"结转结余",unit:"元"}) === true
 */
export function conditionHolds(condition: Condition, looked: LookedUpValue): boolean | null {
  if (looked.value === null) return null;
  if (condition.equals !== undefined) return looked.value.eq(condition.equals);
  return inInterval(looked.value, condition);
}

function describeCondition(condition: Condition, looked: LookedUpValue): string {
  const shown = looked.value === null ? "无值" : formatValue(looked.value, looked.unit);
  const test =
    condition.equals !== undefined
      ? `= ${condition.equals}${looked.unit === "%" ? "%" : looked.unit}`
      : describeInterval(condition, looked.unit);
  return `${looked.label}${shown}（${test}）`;
}

/**
 * 分类计分 (categorical): value → category → points. Categories with a condition (`when`) are
 * tried in order against data, the first that holds is taken; failing that, the evaluator's
 * category (manual scores: category) is used; failing that the node is 待评 when any condition
 * could not be evaluated or a category is manual-only, otherwise 0 (no category fits).
 * Points are capped at 分值. Example categories (财预〔2013〕53号 practice for 结转结余): 无结转结余 /
 * 结转结余不高于上年 / 高于上年.
 * @example scoreCategorical({categories:[{id:"none",label:"无结转结余",points:"3",when:{equals:"0",…}}]},
 *   3, () => ({value:new Decimal(0),label:"结转结余",unit:"元"}), null, 2).score → 3
 */
export function scoreCategorical(
  params: Params,
  weight: Decimal,
  lookup: (key: string | undefined) => LookedUpValue,
  manual: Pick<ManualScore, "category" | "kind" | "evaluator"> | null,
  places: number,
): RuleResult {
  let unknown = false;
  for (const category of params.categories) {
    if (!category.when) {
      unknown = true;
      continue;
    }
    const looked = lookup(category.when.indicator);
    const holds = conditionHolds(category.when, looked);
    if (holds === null) unknown = true;
    if (holds) {
      const score = Decimal.min(weight, new Decimal(category.points));
      return {
        status: "scored",
        score,
        reason: `${describeCondition(category.when, looked)}，属“${category.label}”，得${formatPoints(score, places)}分${score.lt(weight) ? `，扣${formatPoints(weight.minus(score), places)}分` : ""}`,
      };
    }
  }
  const chosen = manual?.category
    ? params.categories.find((c) => c.id === manual.category)
    : undefined;
  if (chosen) {
    const score = Decimal.min(weight, new Decimal(chosen.points));
    return {
      status: "scored",
      score,
      reason: `评价人（${manual?.evaluator ?? ""}）认定属“${chosen.label}”，得${formatPoints(score, places)}分${score.lt(weight) ? `，扣${formatPoints(weight.minus(score), places)}分` : ""}`,
    };
  }
  if (unknown)
    return { status: "pending", score: null, reason: "待评：数据不足以归类，需评价人认定类别" };
  return { status: "scored", score: new Decimal(0), reason: "不属于任何计分类别，得0分" };
}
