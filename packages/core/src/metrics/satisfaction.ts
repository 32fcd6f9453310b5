import type { Dataset } from "../schema/dataset.ts";
import { cell, plain } from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator } from "./types.ts";

/**
 * 社会公众或服务对象满意度 (分, the survey's statistical score, as given) and the number of
 * questionnaires (份). Emits nothing when the dataset has no survey.
 * Source: 财预〔2013〕53号 附件2 (满意度).
 * @example satisfactionIndicators(seed) → "satisfaction.score" = 95.2 分,
 *   "satisfaction.questionnaires" = 20 份 (seed 五、2.4.2 D)
 */
export function satisfactionIndicators(dataset: Dataset): Indicator[] {
  const survey = dataset.satisfaction;
  if (!survey) return [];
  const score = cell("问卷调查统计分值", survey.score, "分", "satisfaction.score");
  const count = cell("发放问卷份数", survey.questionnaires, "份", "satisfaction.questionnaires");
  return [
    makeIndicator("satisfaction.score", undefined, plain(score), [score]),
    makeIndicator("satisfaction.questionnaires", undefined, plain(count), [count]),
  ];
}
