import type { Decimal } from "../decimal.ts";
import type { NullReason } from "../metrics/types.ts";
import type { ManualScore, ManualScoreKind } from "./manual-scores.ts";

/**
 * What a rule produced for one node:
 * - scored: a score in [0, 分值];
 * - pending: 待评 — needs an evaluator's score (or data); the total becomes provisional;
 * - excluded: 不参与评分 — its weight is shared among its scored siblings (reweighted).
 */
export interface RuleResult {
  status: "scored" | "pending" | "excluded";
  /** Exact Decimal in [0, weight] when scored, otherwise null. */
  score: Decimal | null;
  /** One Chinese sentence: how the score was earned or lost, or why it is pending. */
  reason: string;
  /** PEFA letter grade, on PEFA frameworks. */
  letter?: PefaLetter;
}

/** PEFA 2016 scores: A–D, with "+" after aggregation; D* when information is insufficient. */
export type PefaLetter = "A" | "B+" | "B" | "C+" | "C" | "D+" | "D" | "D*";

/** What a rule is given to score one value. */
export interface ValueInput {
  /** 分值 of the node. */
  weight: Decimal;
  /** The value scored (after the framework's valuePlaces rounding), in the indicator's unit. */
  value: Decimal;
  /** Indicator name for the reason, e.g. "在职人员控制率". */
  label: string;
  /** Indicator unit, e.g. "%". */
  unit: string;
  /** Places deductions and computed scores are rounded to (四舍五入). */
  places: number;
}

/**
 * A node's state on the sheet:
 * scored / pending (待评) / excluded (不参与评分) / notChosen (二者择其一, the other member was scored).
 */
export type NodeStatus = "scored" | "pending" | "excluded" | "notChosen";

/** One node of a {@link ScoreSheet}: the framework node with its value, score and reason. */
export interface NodeScore {
  code: string;
  name: string;
  /** 1 for 一级指标, 2 for 二级 … */
  level: number;
  /** Path in the framework, e.g. "nodes[1].children[0]". */
  path: string;
  /** 分值 (null on PEFA frameworks). */
  weight: Decimal | null;
  /** The quantity key scored, or null for a qualitative indicator. */
  indicator: string | null;
  /** The indicator's exact value (null when it has none or the node is qualitative). */
  value: Decimal | null;
  /** The value as shown ("102.13%", "不适用", "—"). */
  valueDisplay: string;
  unit: string | null;
  nullReason?: NullReason;
  /** The rule type ("thresholdDeduct" …), null on a parent. */
  rule: string | null;
  /** 评分标准 as the framework states it. */
  standard?: string;
  /** 评分依据/佐证 expected. */
  evidence?: string;
  status: NodeStatus;
  /** 得分: exact, already rounded by the rule to the framework's scorePlaces; null unless scored. */
  score: Decimal | null;
  /** 扣分: weight − score when scored. */
  lost: Decimal | null;
  /** One Chinese sentence. */
  reason: string;
  letter?: PefaLetter;
  eitherOf?: string;
  /** Manual scores of this node: the one used, and both kinds side by side. */
  manual?: {
    used: ManualScore | null;
    selfEvaluation: ManualScore | null;
    review: ManualScore | null;
  };
  children: NodeScore[];
}

/** The 评分表 of one evaluation under one framework. */
export interface ScoreSheet {
  framework: {
    id: string;
    name: string;
    version: string;
    jurisdiction: string;
    authorship: "published" | "adapted" | "ours";
    scale: "points" | "pefa";
  };
  department: { name: string; fiscalYear: number };
  /** Which manual scores the sheet is scored with (自评 or 复核), null when none were given. */
  manualKind: ManualScoreKind | null;
  nodes: NodeScore[];
  /** 总分值 (100 on a 百分制 framework); null on PEFA. */
  totalWeight: Decimal | null;
  /** 总得分 of the scored nodes (with reweighting); null on PEFA. */
  total: Decimal | null;
  /** True while any node is 待评: the total is then 暂定 and the grade withheld. */
  provisional: boolean;
  /** 等级 (优秀/良好/中/差 or the framework's), null while provisional or on PEFA. */
  grade: string | null;
  /** Codes of the 待评 nodes. */
  pending: string[];
  /** Non-fatal remarks (a manual score ignored because data scored the node …). */
  warnings: string[];
  /** Scores the dataset's report states for itself (stated figures in 分), for comparison only. */
  stated: { id: string; text: string; value: string; quote?: string }[];
}
