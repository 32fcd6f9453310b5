import type { z } from "zod";
import { Decimal } from "../../decimal.ts";
import type { CountDeductRule } from "../../frameworks/schema.ts";
import { formatPoints, plain } from "../format.ts";
import type { RuleResult } from "../types.ts";

type Params = z.infer<typeof CountDeductRule>["params"];

/**
 * 按次扣分 (count deduction): 得分 = max(0, 分值 − perCount × max(0, 次数 − free)) (扣完为止).
 * `what` names what was counted for the reason. Source: published county tables, e.g. "每发现一项
 * 专项资金未按时拨付扣0.5分".
 * @example scoreCountDeduct({perCount:"0.5",free:0,countFrom:"manual"}, 2, new Decimal(3), "延迟拨付", 2).score → 0.5
 */
export function scoreCountDeduct(
  params: Params,
  weight: Decimal,
  count: Decimal,
  what: string,
  places: number,
): RuleResult {
  const counted = Decimal.max(0, count.minus(params.free));
  const deduction = counted.times(params.perCount).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const score = Decimal.max(0, weight.minus(deduction));
  const free = params.free > 0 ? `（${params.free}次内不扣分）` : "";
  return {
    status: "scored",
    score,
    reason: counted.isZero()
      ? `${what}${plain(count)}次${free}，不扣分，得满分${formatPoints(weight, places)}分`
      : `${what}${plain(count)}次${free}，每次扣${plain(params.perCount)}分，扣${formatPoints(Decimal.min(deduction, weight), places)}分${deduction.gte(weight) ? "，扣完为止" : ""}`,
  };
}
