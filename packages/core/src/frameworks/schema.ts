import { z } from "zod";
import { Id, Quantity, SignedDecimal } from "../schema/primitives.ts";

/**
 * The framework format (指标体系): a versioned, JSON-serialisable tree of indicators, each with
 * a weight (分值) and a scoring rule (评分标准). docs/framework.md describes every field.
 * Numbers are decimal strings ("0.5", "100"), never JSON numbers, so weights add up exactly.
 */

const text = z.string({ error: "应为文本 / expected text" });

/** A non-negative number of points (分) as a decimal string, e.g. "5", "0.5". */
export const Points = Quantity;
/** A signed decimal in the indicator's unit (%, 人, 元 …), e.g. "100", "-5". */
export const Threshold = SignedDecimal;

/**
 * What a rule does when its indicator has no value (DESIGN.md §7, null with a reason):
 * - full: 不适用，得满分 (nothing to control, e.g. no "三公经费" at all);
 * - exclude: 不参与评分，分值按比例分摊到同级指标 (excluded and reweighted);
 * - zero: 得0分;
 * - pending: 待评 — an evaluator must score it; the total is then provisional.
 */
export const NullTreatment = z.enum(["full", "exclude", "zero", "pending"]);
export type NullTreatment = z.infer<typeof NullTreatment>;

/** A null treatment for every reason, or one per reason (不适用 / 无法计算 / 上年为0 / 缺失). */
export const OnNull = z.union([
  NullTreatment,
  z
    .object({
      notApplicable: NullTreatment.optional(),
      undefined: NullTreatment.optional(),
      priorYearZero: NullTreatment.optional(),
      missing: NullTreatment.optional(),
    })
    .strict(),
]);
export type OnNull = z.infer<typeof OnNull>;

/** Which way is better: ≥ (higherBetter), ≤ (lowerBetter), or = target (target). */
export const RuleDirection = z.enum(["higherBetter", "lowerBetter", "target"]);
export type RuleDirection = z.infer<typeof RuleDirection>;
const OneSided = z.enum(["higherBetter", "lowerBetter"]);

/** An interval of indicator values with explicit endpoint inclusiveness. Absent end = unbounded. */
const IntervalShape = {
  min: Threshold.optional(),
  /** Whether `min` itself belongs to the interval (≥ rather than >). Default true. */
  minInclusive: z.boolean().default(true),
  max: Threshold.optional(),
  /** Whether `max` itself belongs to the interval (≤ rather than <). Default false. */
  maxInclusive: z.boolean().default(false),
};

const common = { onNull: OnNull.optional() };

/**
 * 阈值扣分: full marks while the value is on the good side of `threshold`; beyond it, −`perPoint`
 * for every `pointSize` (default 1 percentage point) beyond. `counting` says whether a fraction
 * of a point costs its fraction (fractional), nothing (wholePoints) or a whole point (startedPoints).
 * E.g. 在职人员控制率 ≤ 100% 满分，每超过1个百分点扣0.5分.
 */
export const ThresholdDeductRule = z.object({
  type: z.literal("thresholdDeduct"),
  params: z.object({
    direction: OneSided,
    threshold: Threshold,
    perPoint: Points,
    pointSize: Points.default("1"),
    counting: z.enum(["fractional", "wholePoints", "startedPoints"]).default("fractional"),
  }),
  ...common,
});

/**
 * 按档扣分: −`perStep` for every `step` the value falls short of (higherBetter) or exceeds
 * (lowerBetter) `target`. counting "whole" counts full steps only (92.8% under "每低于5%扣2分"
 * loses one step); "started" counts any started step.
 */
export const StepDeductRule = z.object({
  type: z.literal("stepDeduct"),
  params: z.object({
    direction: OneSided,
    target: Threshold,
    step: Points,
    perStep: Points,
    counting: z.enum(["whole", "started"]).default("whole"),
  }),
  ...common,
});

/** One band of a bands rule: an interval of values and the points it earns. */
export const Band = z.object({ ...IntervalShape, score: Points, label: text.optional() });
export type Band = z.infer<typeof Band>;

/**
 * 区间计分: the first band (in order) containing the value gives the score; no band → `otherwise`.
 * E.g. 预算控制率 = 0 → 5; (0, 10%] → 4; (10%, 20%] → 3; (20%, 30%] → 2; > 30% → 0.
 */
export const BandsRule = z.object({
  type: z.literal("bands"),
  params: z.object({
    direction: RuleDirection.optional(),
    bands: z.array(Band).min(1),
    otherwise: Points.default("0"),
  }),
  ...common,
});

/**
 * 比例计分: higherBetter → 分值 × min(值 ÷ 目标, 1); lowerBetter → 分值 × min(目标 ÷ 值, 1);
 * target → 分值 × max(0, 1 − |值 − 目标| ÷ 目标).
 */
export const ProportionalRule = z.object({
  type: z.literal("proportional"),
  params: z.object({ direction: RuleDirection, target: Points }),
  ...common,
});

/** One item of a checklist (评价要点), answered by the evaluator. */
export const ChecklistItem = z.object({ id: Id, text: text.min(1), points: Points });

/**
 * 要点计分: pointsPerItem → Σ points of the items met (their points add up to the weight);
 * deductPerBreach → 分值 − Σ points of the items breached, 扣完为止. Items are answered in the
 * manual scores file (answers: { itemId: true | false }).
 */
export const ChecklistRule = z.object({
  type: z.literal("checklist"),
  params: z.object({
    mode: z.enum(["pointsPerItem", "deductPerBreach"]),
    items: z.array(ChecklistItem).min(1),
  }),
  ...common,
});

/** A condition on an indicator's value (the node's own indicator unless `indicator` is given). */
export const Condition = z.object({
  indicator: text.optional(),
  ...IntervalShape,
  equals: Threshold.optional(),
});
export type Condition = z.infer<typeof Condition>;

/**
 * 分类计分: the value falls in a category, the category earns its points. A category with `when`
 * is chosen from data (first match in order); otherwise the evaluator names the category in the
 * manual scores file (category: id). E.g. 无结转结余 / 结转结余不高于上年 / 高于上年.
 */
export const CategoricalRule = z.object({
  type: z.literal("categorical"),
  params: z.object({
    categories: z
      .array(z.object({ id: Id, label: text.min(1), points: Points, when: Condition.optional() }))
      .min(1),
  }),
  ...common,
});

/**
 * 按次扣分: 分值 − perCount × max(0, 次数 − free), 扣完为止. The count comes from the node's
 * indicator, from the evaluator (manual: count), or from the 勾稽校验 findings (optionally only
 * some severities or rule ids).
 */
export const CountDeductRule = z.object({
  type: z.literal("countDeduct"),
  params: z.object({
    perCount: Points,
    free: z.number().int().nonnegative().default(0),
    countFrom: z.enum(["indicator", "manual", "findings"]),
    findings: z
      .object({
        severities: z.array(z.enum(["error", "warning", "info"])).optional(),
        ruleIdPrefix: text.optional(),
      })
      .optional(),
  }),
  ...common,
});

/** 人工评分: the evaluator's score (0 … 分值) with evidence and a comment. */
export const ManualRule = z.object({
  type: z.literal("manual"),
  params: z.object({ guidance: text.optional() }).default({}),
  ...common,
});

/** PEFA 2016 measures this engine computes (scoring/pefa.ts). */
export const PefaMeasure = z.enum([
  "aggregateExpenditureOutturn",
  "expenditureCompositionOutturn",
  "aggregateRevenueOutturn",
  "revenueCompositionOutturn",
]);
export type PefaMeasure = z.infer<typeof PefaMeasure>;

/** PEFA letter grade of one dimension (A/B/C/D, D* when information is insufficient). */
export const PefaRule = z.object({
  type: z.literal("pefa"),
  params: z.object({ measure: PefaMeasure }),
  ...common,
});

/** Every rule primitive, discriminated by `type`. */
export const Rule = z.discriminatedUnion("type", [
  ThresholdDeductRule,
  StepDeductRule,
  BandsRule,
  ProportionalRule,
  ChecklistRule,
  CategoricalRule,
  CountDeductRule,
  ManualRule,
  PefaRule,
]);
export type Rule = z.infer<typeof Rule>;
export type RuleInput = z.input<typeof Rule>;
export type RuleType = Rule["type"];

/** A framework node after parsing (defaults applied). */
export interface FrameworkNode {
  code: string;
  name: string;
  /** 分值, decimal string; absent on PEFA frameworks. */
  weight?: string | undefined;
  /** The quantity key it scores ("staffing.activeStaffControlRate"), or null (qualitative). */
  indicator: string | null;
  rule: Rule | null;
  /** 指标解释: what the indicator means. */
  description?: string | undefined;
  /** 评分标准 as the source writes it. */
  standard?: string | undefined;
  /** 评分依据/佐证: what evidence is expected. */
  evidence?: string | undefined;
  /** 二者择其一: siblings sharing a group id count once (see docs/framework.md). */
  eitherOf?: string | undefined;
  /** PEFA aggregation of child dimensions: M1 weakest link, M2 averaging. */
  aggregation?: "M1" | "M2" | undefined;
  children: FrameworkNode[];
}

/** A framework node as written in JSON (defaults not yet applied). */
export interface FrameworkNodeInput {
  code: string;
  name: string;
  weight?: string | undefined;
  indicator?: string | null | undefined;
  rule?: RuleInput | null | undefined;
  description?: string | undefined;
  standard?: string | undefined;
  evidence?: string | undefined;
  eitherOf?: string | undefined;
  aggregation?: "M1" | "M2" | undefined;
  children?: FrameworkNodeInput[] | undefined;
}

/** One node of the indicator tree (一级/二级/三级… 指标), recursive. */
export const FrameworkNode: z.ZodType<FrameworkNode, FrameworkNodeInput> = z.lazy(() =>
  z.object({
    code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
      error: (issue) => `“${String(issue.input)}”不是合法指标代码 / not a valid node code`,
    }),
    name: text.min(1),
    weight: Points.optional(),
    indicator: text.min(1).nullable().default(null),
    rule: Rule.nullable().default(null),
    description: text.optional(),
    standard: text.optional(),
    evidence: text.optional(),
    eitherOf: Id.optional(),
    aggregation: z.enum(["M1", "M2"]).optional(),
    children: z.array(FrameworkNode).default([]),
  }),
);

/** A grade band (等级): an interval of total scores. */
export const GradeBand = z.object({ grade: text.min(1), ...IntervalShape });
export type GradeBand = z.infer<typeof GradeBand>;

/**
 * The MoF grade bands (财预〔2011〕285号 / 财预〔2020〕10号): 优秀 ≥ 90, 良好 [80, 90), 中 [60, 80),
 * 差 < 60.
 */
export const MOF_GRADE_BANDS: GradeBand[] = [
  { grade: "优秀", min: "90", minInclusive: true, maxInclusive: false },
  { grade: "良好", min: "80", minInclusive: true, max: "90", maxInclusive: false },
  { grade: "中", min: "60", minInclusive: true, max: "80", maxInclusive: false },
  { grade: "差", max: "60", minInclusive: true, maxInclusive: false },
];

/** A source document of a framework (the province's 评分表, a regulation …). */
export const FrameworkSource = z.object({
  title: text.min(1),
  documentNumber: text.nullish(),
  url: text.nullish(),
  note: text.nullish(),
});

/**
 * Who wrote the weights and rules: published (as the source prints them), adapted (published
 * rules, some weights or settings ours — say which in notes), or ours (jixiao's own choice).
 */
export const Authorship = z.enum(["published", "adapted", "ours"]);

/** How values and scores are rounded (docs/framework.md, "Rounding"). */
export const ScoringSettings = z.object({
  /**
   * Score from the value as displayed: 四舍五入 to this many places before any rule sees it, so
   * a reader can redo every deduction from the printed figure. null: score the exact value.
   */
  valuePlaces: z.number().int().min(0).max(10).nullable().default(2),
  /** Places a computed deduction or score is rounded to (四舍五入). */
  scorePlaces: z.number().int().min(0).max(10).default(2),
});

/** A whole framework (指标体系). */
export const Framework = z.object({
  schemaVersion: z.literal(1),
  id: Id,
  name: text.min(1),
  version: text.min(1),
  /** 适用地区, e.g. 湖南省（县级）, 全国. */
  jurisdiction: text.min(1),
  effectiveYear: z.number().int().min(2000).max(2100),
  authorship: Authorship,
  sources: z.array(FrameworkSource).default([]),
  description: text.optional(),
  notes: z.array(text).default([]),
  /** points: 百分制 with weights; pefa: letter grades A–D, no weights. */
  scale: z.enum(["points", "pefa"]).default("points"),
  totalWeight: Points.default("100"),
  gradeBands: z.array(GradeBand).min(1).default(MOF_GRADE_BANDS),
  scoring: ScoringSettings.default({ valuePlaces: 2, scorePlaces: 2 }),
  nodes: z.array(FrameworkNode).min(1),
});
export type Framework = z.infer<typeof Framework>;
export type FrameworkInput = z.input<typeof Framework>;
