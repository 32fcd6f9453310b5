import type { z } from "zod";
import { Decimal, sum } from "../../decimal.ts";
import type { ChecklistRule } from "../../frameworks/schema.ts";
import { formatPoints } from "../format.ts";
import type { ManualScore } from "../manual-scores.ts";
import type { RuleResult } from "../types.ts";

type Params = z.infer<typeof ChecklistRule>["params"];

/**
 * 要点计分 (checklist): the evaluator answers each item (评价要点) in the manual scores file.
 * - pointsPerItem: 得分 = Σ 达标要点的分值 (the items' points add up to 分值);
 * - deductPerBreach: 得分 = max(0, 分值 − Σ 未达标要点的扣分) (扣完为止).
 * Unanswered items leave the node 待评. Source: 财预〔2013〕53号 附件2 评价要点 (管理制度健全性 …).
 * @example scoreChecklist({mode:"pointsPerItem",items:[{id:"a",text:"…",points:"1"},{id:"b",text:"…",points:"1"}]},
 *   2, {answers:{a:true,b:false},…}, 2).score → 1
 */
export function scoreChecklist(
  params: Params,
  weight: Decimal,
  manual: Pick<ManualScore, "answers"> | null,
  places: number,
): RuleResult {
  const answers = manual?.answers ?? {};
  const missing = params.items.filter((item) => answers[item.id] === undefined);
  if (missing.length > 0) {
    return {
      status: "pending",
      score: null,
      reason: `待评：${params.items.length}项评价要点中${missing.length}项未回答（${missing.map((m) => m.id).join("、")}）`,
    };
  }
  const met = params.items.filter((item) => answers[item.id] === true);
  const unmet = params.items.filter((item) => answers[item.id] === false);
  if (params.mode === "pointsPerItem") {
    const score = Decimal.min(weight, sum(met.map((item) => new Decimal(item.points))));
    const lostText =
      unmet.length > 0
        ? `；未达标：${unmet.map((u) => `${u.text}（${formatPoints(new Decimal(u.points), places)}分）`).join("；")}`
        : "";
    return {
      status: "scored",
      score,
      reason: `${params.items.length}项要点达标${met.length}项，得${formatPoints(score, places)}分${lostText}`,
    };
  }
  const deduction = sum(unmet.map((item) => new Decimal(item.points)));
  const score = Decimal.max(0, weight.minus(deduction));
  return {
    status: "scored",
    score,
    reason:
      unmet.length === 0
        ? `${params.items.length}项要点均无违反，得满分${formatPoints(weight, places)}分`
        : `违反${unmet.length}项：${unmet.map((u) => `${u.text}（扣${formatPoints(new Decimal(u.points), places)}分）`).join("；")}，扣${formatPoints(Decimal.min(deduction, weight), places)}分${deduction.gte(weight) ? "，扣完为止" : ""}`,
  };
}
