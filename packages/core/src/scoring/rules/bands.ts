import type { z } from "zod";
import { Decimal } from "../../decimal.ts";
import type { BandsRule } from "../../frameworks/schema.ts";
import { formatPoints, formatValue } from "../format.ts";
import type { RuleResult, ValueInput } from "../types.ts";
import { describeInterval, inInterval } from "./interval.ts";

type Params = z.infer<typeof BandsRule>["params"];

/**
 * 区间计分 (bands): the first band, in the framework's order, whose interval contains the value
 * gives the score; no band → `otherwise` (default 0). Each band states whether its endpoints
 * belong to it. The score is capped at 分值 and floored at 0.
 * Source: 湖南省部门整体支出绩效评价指标表, 预算控制率 "=0，计5分；0-10%（含），计4分；10-20%（含），
 * 计3分；20-30%（含），计2分；大于30%不得分".
 * @example scoreBands({bands:[{min:"0",max:"0",minInclusive:true,maxInclusive:true,score:"5"}, …]},
 *   {weight:5, value:10, label:"预算控制率", unit:"%", places:2}).score → 4 (band (0%, 10%])
 */
export function scoreBands(params: Params, input: ValueInput): RuleResult {
  const { weight, value, label, unit, places } = input;
  const shown = `${label}${formatValue(value, unit)}`;
  const band = params.bands.find((b) => inInterval(value, b));
  const raw = new Decimal(band ? band.score : params.otherwise);
  const score = Decimal.max(0, Decimal.min(weight, raw));
  const where = band ? `在${band.label ?? describeInterval(band, unit)}区间` : "不在任何计分区间";
  const lost = weight.minus(score);
  return {
    status: "scored",
    score,
    reason: `${shown}，${where}，得${formatPoints(score, places)}分${lost.gt(0) ? `，扣${formatPoints(lost, places)}分` : ""}`,
  };
}
