import type { z } from "zod";
import { Decimal } from "../../decimal.ts";
import type { ThresholdDeductRule } from "../../frameworks/schema.ts";
import { formatPoints, formatValue, plain, pointWord, short, withUnit } from "../format.ts";
import type { RuleResult, ValueInput } from "../types.ts";

type Params = z.infer<typeof ThresholdDeductRule>["params"];

/**
 * 阈值扣分 (threshold, then deduct per point): full marks while the value is on the good side of
 * the threshold; beyond it −perPoint for every pointSize (default 1 percentage point).
 *
 * 扣分 = perPoint × n, n = 超出量 ÷ pointSize (fractional), ⌊…⌋ (wholePoints) or ⌈…⌉
 * (startedPoints); 扣分 四舍五入 to `places`; 得分 = max(0, 分值 − 扣分) (扣完为止), never above 分值.
 * Units: the indicator's (% → 百分点). Source: 湖南省部门整体支出绩效评价指标表 (在职人员控制率
 * ≤100% 计满分，每超过一个百分点扣0.5分，扣完为止).
 * @example scoreThresholdDeduct({direction:"lowerBetter",threshold:"100",perPoint:"0.5",pointSize:"1",counting:"fractional"},
 *   {weight:5, value:102.13, label:"在职人员控制率", unit:"%", places:2}) → 3.93,
 *   "在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分"
 */
export function scoreThresholdDeduct(params: Params, input: ValueInput): RuleResult {
  const { weight, value, label, unit, places } = input;
  const threshold = new Decimal(params.threshold);
  const over = params.direction === "lowerBetter";
  const beyond = over ? value.minus(threshold) : threshold.minus(value);
  const shown = `${label}${formatValue(value, unit)}`;
  const side = over ? "超过" : "低于";
  if (beyond.lte(0)) {
    return {
      status: "scored",
      score: weight,
      reason: `${shown}，${over ? "不超过" : "不低于"}${withUnit(threshold, unit)}，得满分${formatPoints(weight, places)}分`,
    };
  }
  const pointSize = new Decimal(params.pointSize);
  const raw = beyond.div(pointSize);
  const points =
    params.counting === "wholePoints"
      ? raw.floor()
      : params.counting === "startedPoints"
        ? raw.ceil()
        : raw;
  const deduction = points.times(params.perPoint).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const score = Decimal.max(0, weight.minus(deduction));
  const per = pointSize.eq(1) ? "每点" : `每${plain(pointSize)}${pointWord(unit)}`;
  const counted = params.counting === "fractional" ? "" : `，计${short(points)}点`;
  const capped = deduction.gte(weight) ? "，扣完为止，得0分" : "";
  return {
    status: "scored",
    score,
    reason: `${shown}，${side}${withUnit(threshold, unit)}的${short(beyond)}${pointWord(unit)}${counted}，${per}扣${plain(params.perPoint)}分，扣${formatPoints(Decimal.min(deduction, weight), places)}分${capped}`,
  };
}
