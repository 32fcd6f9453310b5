import { Decimal } from "../../decimal.ts";
import type { FrameworkNodeInput, RuleInput } from "../schema.ts";

/**
 * Building blocks shared by the built-in frameworks: the 评价要点 of 财预〔2013〕53号 附件2
 * (部门整体支出绩效评价共性指标体系框架) as checklist items, and the published Hunan rules.
 * Points are split evenly over the items by {@link checklist}; the split is ours.
 */

/** Source of the common framework. */
export const F53 = {
  title:
    "财政部关于印发《预算绩效评价共性指标体系框架》的通知 附件2 部门整体支出绩效评价共性指标体系框架",
  documentNumber: "财预〔2013〕53号",
};

/** 评价要点 (evaluation points) of the qualitative indicators, as 53号 附件2 lists them. */
export const POINTS_53 = {
  goalReasonableness: [
    "是否符合国家法律法规、国民经济和社会发展总体规划",
    "是否符合部门“三定”方案确定的职责",
    "是否符合部门制定的中长期实施规划",
  ],
  indicatorClarity: [
    "是否将部门整体的绩效目标细化分解为具体的工作任务",
    "是否通过清晰、可衡量的指标值予以体现",
    "是否与部门年度的任务数或计划数相对应",
    "是否与本年度部门预算资金相匹配",
  ],
  budgetRules: [
    "是否已制定或具有预算资金管理办法、内部财务管理制度、会计核算制度等管理制度",
    "相关管理制度是否合法、合规、完整",
    "相关管理制度是否得到有效执行",
  ],
  fundCompliance: [
    "是否符合国家财经法规和财务管理制度规定以及有关专项资金管理办法的规定",
    "资金的拨付是否有完整的审批程序和手续",
    "项目的重大开支是否经过评估论证",
    "是否符合部门预算批复的用途",
    "是否不存在截留、挤占、挪用、虚列支出等情况",
  ],
  disclosure: [
    "是否按规定内容公开预决算信息",
    "是否按规定时限公开预决算信息",
    "基础数据信息和会计信息资料是否真实、完整、准确",
  ],
  assetRules: [
    "是否已制定或具有资产管理制度",
    "相关资产管理制度是否合法、合规、完整",
    "相关资产管理制度是否得到有效执行",
  ],
  assetSafety: [
    "资产保存是否完整",
    "资产配置是否合理",
    "资产处置是否规范",
    "资产账务管理是否合规，是否账实相符",
    "资产有偿使用及处置收入是否及时足额上缴",
  ],
} as const;

/**
 * A checklist rule over `items`, splitting `weight` evenly (the last item takes the remainder
 * so the points add up exactly); each item gets 分值 ÷ n cut to 2 places.
 * @example checklist("3", ["a", "b", "c"]) → items worth 1, 1, 1
 */
export function checklist(
  weight: string,
  items: readonly string[],
  mode: "pointsPerItem" | "deductPerBreach" = "pointsPerItem",
): RuleInput {
  const total = new Decimal(weight);
  const each = total.div(items.length).toDecimalPlaces(2, Decimal.ROUND_DOWN);
  const last = total.minus(each.times(items.length - 1));
  const points = items.map((_, i) => (i === items.length - 1 ? last : each).toString());
  return {
    type: "checklist",
    params: {
      mode,
      items: items.map((text, i) => ({ id: `p${i + 1}`, text, points: points[i] ?? "0" })),
    },
  };
}

/**
 * A leaf scored by the 评价要点 checklist `items` (财预〔2013〕53号 附件2), its `weight` split
 * evenly by {@link checklist}, so the node's 分值 and its checklist's total are one number.
 * `mode` "deductPerBreach" deducts an item's points for each breach instead of awarding them.
 * @example checklistLeaf("2.2.3", "预决算信息公开性", "3", POINTS_53.disclosure, "预决算公开网页") // items worth 1, 1, 1
 */
export function checklistLeaf(
  code: string,
  name: string,
  weight: string,
  items: readonly string[],
  evidence: string,
  extra: { mode?: "pointsPerItem" | "deductPerBreach"; standard?: string } = {},
): FrameworkNodeInput {
  return {
    code,
    name,
    weight,
    rule: checklist(weight, items, extra.mode),
    ...(extra.standard === undefined ? {} : { standard: extra.standard }),
    evidence,
  };
}

/**
 * Ours (基础信息完善性): deduct 0.5 分 for each error-severity finding of the consistency checks,
 * down to 0.
 */
export const ERROR_FINDINGS_DEDUCT: RuleInput = {
  type: "countDeduct",
  params: {
    perCount: "0.5",
    countFrom: "findings",
    findings: { severities: ["error"] },
  },
};

/**
 * A manual-score leaf (qualitative indicator, indicator null): the evaluator scores it with
 * evidence; 待评 until then.
 * @example manualLeaf("3.1.1", "实际完成率", "5", "年度工作台账")
 */
export function manualLeaf(
  code: string,
  name: string,
  weight: string,
  evidence: string,
  standard?: string,
): FrameworkNodeInput {
  const node: FrameworkNodeInput = {
    code,
    name,
    weight,
    indicator: null,
    rule: { type: "manual" },
    evidence,
  };
  if (standard !== undefined) node.standard = standard;
  return node;
}

/** 湖南 rule: 在职人员控制率 ≤ 100% 满分，每超过1个百分点扣0.5分，扣完为止. */
export const HUNAN_STAFF_RULE: RuleInput = {
  type: "thresholdDeduct",
  params: { direction: "lowerBetter", threshold: "100", perPoint: "0.5" },
};

/** 湖南 rule: “三公经费”变动率 ≤ 0 满分，每超过1个百分点扣0.5分，扣完为止. */
export const HUNAN_THREE_PUBLIC_CHANGE_RULE: RuleInput = {
  type: "thresholdDeduct",
  params: { direction: "lowerBetter", threshold: "0", perPoint: "0.5" },
  // 上年为0（新增）且本年有支出: an increase from nothing; the evaluator judges it.
  onNull: {
    notApplicable: "full",
    priorYearZero: "pending",
    missing: "pending",
    undefined: "pending",
  },
};

/** 湖南 rule: 预算完成率 100% 计满分，每低于5%扣2分，扣完为止 (only full steps count). */
export const HUNAN_COMPLETION_RULE: RuleInput = {
  type: "stepDeduct",
  params: { direction: "higherBetter", target: "100", step: "5", perStep: "2", counting: "whole" },
};

/**
 * 湖南 rule: 预算控制率 = 0 计5分；0–10%（含）计4分；10–20%（含）计3分；20–30%（含）计2分；
 * 大于30%不得分. Scores are written for a 5-point node.
 */
export const HUNAN_CONTROL_BANDS: RuleInput = {
  type: "bands",
  params: {
    direction: "lowerBetter",
    bands: [
      { min: "0", minInclusive: true, max: "0", maxInclusive: true, score: "5", label: "= 0%" },
      { min: "0", minInclusive: false, max: "10", maxInclusive: true, score: "4" },
      { min: "10", minInclusive: false, max: "20", maxInclusive: true, score: "3" },
      { min: "20", minInclusive: false, max: "30", maxInclusive: true, score: "2" },
    ],
    otherwise: "0",
  },
};
