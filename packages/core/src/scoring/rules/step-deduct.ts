import type { z } from "zod";
import { Decimal } from "../../decimal.ts";
import type { StepDeductRule } from "../../frameworks/schema.ts";
import { formatPoints, formatValue, plain, short, withUnit } from "../format.ts";
import type { RuleResult, ValueInput } from "../types.ts";

type Params = z.infer<typeof StepDeductRule>["params"];

/**
 * 按档扣分 (target, then deduct per step): −perStep for every step the value falls short of
 * (higherBetter) or exceeds (lowerBetter) the target.
 *
 * 档数 = ⌊差距 ÷ step⌋ (whole: only full steps count) or ⌈差距 ÷ step⌉ (started);
 * 扣分 = perStep × 档数; 得分 = max(0, 分值 − 扣分) (扣完为止). Units: the indicator's.
 * Source: 湖南省部门整体支出绩效评价指标表, 预算完成率 "100%计满分，每低于5%扣2分，扣完为止";
 * a published case scores 92.8% as 3 of 5 (7.2 short → one full step → −2).
 * @example scoreStepDeduct({direction:"higherBetter",target:"100",step:"5",perStep:"2",counting:"whole"},
 *   {weight:5, value:92.8, label:"预算完成率", unit:"%", places:2}).score → 3
 */
export function scoreStepDeduct(params: Params, input: ValueInput): RuleResult {
  const { weight, value, label, unit, places } = input;
  const target = new Decimal(params.target);
  const short_ = params.direction === "higherBetter";
  const gap = short_ ? target.minus(value) : value.minus(target);
  const shown = `${label}${formatValue(value, unit)}`;
  if (gap.lte(0)) {
    return {
      status: "scored",
      score: weight,
      reason: `${shown}，${short_ ? "达到" : "未超过"}${withUnit(target, unit)}，得满分${formatPoints(weight, places)}分`,
    };
  }
  const ratio = gap.div(params.step);
  const steps = params.counting === "whole" ? ratio.floor() : ratio.ceil();
  const deduction = steps.times(params.perStep).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const score = Decimal.max(0, weight.minus(deduction));
  const stepText = `${params.counting === "whole" ? "每满" : "每"}${withUnit(params.step, unit)}扣${plain(params.perStep)}分`;
  const tail = steps.isZero()
    ? `不足一档，不扣分，得满分${formatPoints(weight, places)}分`
    : `计${plain(steps)}档，扣${formatPoints(Decimal.min(deduction, weight), places)}分${deduction.gte(weight) ? "，扣完为止，得0分" : ""}`;
  return {
    status: "scored",
    score,
    reason: `${shown}，${short_ ? "低于" : "超过"}${withUnit(target, unit)}的${short(gap)}${unit === "%" ? "个百分点" : unit}，${stepText}，${tail}`,
  };
}
