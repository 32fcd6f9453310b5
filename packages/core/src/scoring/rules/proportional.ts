import type { z } from "zod";
import { Decimal } from "../../decimal.ts";
import type { ProportionalRule } from "../../frameworks/schema.ts";
import { formatPoints, formatValue, plain, withUnit } from "../format.ts";
import type { RuleResult, ValueInput } from "../types.ts";

type Params = z.infer<typeof ProportionalRule>["params"];

/**
 * 比例计分 (proportional, up to full marks):
 * - higherBetter: 得分 = 分值 × min(值 ÷ 目标, 1);
 * - lowerBetter: 得分 = 分值 × min(目标 ÷ 值, 1) (值 ≤ 0 → 满分);
 * - target: 得分 = 分值 × max(0, 1 − |值 − 目标| ÷ 目标).
 * 四舍五入 to `places`; never above 分值, never below 0. Source: 财预〔2013〕53号 附件2 practice
 * "按完成比例计算得分，满分为止".
 * @example scoreProportional({direction:"higherBetter",target:"100"},
 *   {weight:5, value:95.2, label:"满意度", unit:"分", places:2}).score → 4.76
 */
export function scoreProportional(params: Params, input: ValueInput): RuleResult {
  const { weight, value, label, unit, places } = input;
  const target = new Decimal(params.target);
  let factor: Decimal;
  let formula: string;
  if (params.direction === "higherBetter") {
    factor = Decimal.max(0, Decimal.min(value.div(target), 1));
    formula = `${plain(weight)}×min(${formatValue(value, unit)}÷${withUnit(target, unit)}, 1)`;
  } else if (params.direction === "lowerBetter") {
    factor = value.lte(0) ? new Decimal(1) : Decimal.min(target.div(value), 1);
    formula = `${plain(weight)}×min(${withUnit(target, unit)}÷${formatValue(value, unit)}, 1)`;
  } else {
    factor = Decimal.max(0, new Decimal(1).minus(value.minus(target).abs().div(target)));
    formula = `${plain(weight)}×(1−|${formatValue(value, unit)}−${withUnit(target, unit)}|÷${withUnit(target, unit)})`;
  }
  const score = Decimal.min(
    weight,
    weight.times(factor).toDecimalPlaces(places, Decimal.ROUND_HALF_UP),
  );
  const lost = weight.minus(score);
  return {
    status: "scored",
    score,
    reason: `${label}${formatValue(value, unit)}，得分=${formula}=${formatPoints(score, places)}分${lost.gt(0) ? `，扣${formatPoints(lost, places)}分` : ""}`,
  };
}
