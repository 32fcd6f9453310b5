import { Decimal } from "../../decimal.ts";
import { formatPoints, roundPoints } from "../format.ts";
import { MANUAL_SCORE_KIND_NAMES, type ManualScore } from "../manual-scores.ts";
import type { RuleResult } from "../types.ts";

/**
 * 人工评分 (manual): the evaluator's score, capped to [0, 分值] and 四舍五入 to `places` (the
 * file is validated to at most `scorePlaces` decimals, so this only guards direct callers), with
 * who scored it and the comment in the reason. 扣分 = 分值 − the score as shown, so the two add
 * up to the weight ("评2.07分，扣2.93分" of 5). Without a score the node is 待评 and the total
 * provisional.
 * @example scoreManual(new Decimal(3), {score:"2.5", kind:"review", evaluator:"评价组", …}, 2).score → 2.5
 */
export function scoreManual(
  weight: Decimal,
  manual: ManualScore | null,
  places: number,
): RuleResult {
  if (!manual || manual.score === undefined) {
    return { status: "pending", score: null, reason: "待评：定性指标，需评价人评分并附佐证" };
  }
  const score = Decimal.max(0, Decimal.min(weight, roundPoints(new Decimal(manual.score), places)));
  const lost = weight.minus(score);
  const comment = manual.comment ? `：${manual.comment}` : "";
  return {
    status: "scored",
    score,
    reason: `${MANUAL_SCORE_KIND_NAMES[manual.kind]}（${manual.evaluator}）评${formatPoints(score, places)}分${lost.gt(0) ? `，扣${formatPoints(lost, places)}分` : ""}${comment}`,
  };
}
