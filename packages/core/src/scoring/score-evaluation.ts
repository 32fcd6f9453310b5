import { Decimal, dec, sum } from "../decimal.ts";
import type { Evaluation } from "../evaluation.ts";
import type { Framework, FrameworkNode, Rule } from "../frameworks/schema.ts";
import { catalogueEntry, parseKey } from "../metrics/catalogue.ts";
import { indicatorsByKey } from "../metrics/compute.ts";
import { type Indicator, NULL_REASON_NAMES, type NullReason } from "../metrics/types.ts";
import { formatPoints, formatValue, roundPoints } from "./format.ts";
import { gradeOf } from "./grade.ts";
import {
  chooseManualKind,
  type ManualScore,
  type ManualScoreKind,
  type ManualScores,
  ManualScoresValidationError,
  manualScoresProblems,
} from "./manual-scores.ts";
import { nullTreatment } from "./null-treatment.ts";
import { aggregateM1, aggregateM2, assessPefa, PEFA_MEASURE_NAMES } from "./pefa.ts";
import { scoreBands } from "./rules/bands.ts";
import { type LookedUpValue, scoreCategorical } from "./rules/categorical.ts";
import { scoreChecklist } from "./rules/checklist.ts";
import { scoreCountDeduct } from "./rules/count-deduct.ts";
import { scoreManual } from "./rules/manual.ts";
import { scoreProportional } from "./rules/proportional.ts";
import { scoreStepDeduct } from "./rules/step-deduct.ts";
import { scoreThresholdDeduct } from "./rules/threshold-deduct.ts";
import type { NodeScore, PefaLetter, RuleResult, ScoreSheet, ValueInput } from "./types.ts";

/** Options of {@link scoreEvaluation}. */
export interface ScoreOptions {
  /** Score with 自评 or 复核 manual scores; default: review when the file has any, else selfEvaluation. */
  manualKind?: ManualScoreKind;
}

/** What scoring reads from an evaluation (an Evaluation-like object is enough). */
export type ScorableEvaluation = Pick<
  Evaluation,
  "department" | "dataset" | "indicators" | "findings"
>;

interface Context {
  framework: Framework;
  evaluation: ScorableEvaluation;
  indicators: ReadonlyMap<string, Indicator>;
  kind: ManualScoreKind | null;
  manual: Map<string, { selfEvaluation: ManualScore | null; review: ManualScore | null }>;
  places: number;
  warnings: string[];
}

/**
 * Score an evaluation under a framework: the 评分表 (ScoreSheet).
 *
 * Each leaf is scored by its rule from its indicator's value (rounded first to the framework's
 * `scoring.valuePlaces`, default 2, so every deduction can be redone from the printed figure),
 * from the 勾稽校验 findings, or from the manual scores of the chosen kind (自评/复核; both are
 * kept on the node). A null value is treated as the rule says (满分 / 不参与并分摊 / 0 / 待评).
 * 二者择其一 groups score one member: the first, in framework order, whose data (or manual
 * score) exists; else the first scored; else the first. A parent's score is the sum of its
 * children's; when some are excluded, 得分 = Σ参评得分 ÷ Σ参评分值 × 分值 (四舍五入 to
 * scorePlaces). The total is the same over the top level against totalWeight (100).
 * The total is 四舍五入 once to scorePlaces — the figure shown — and the grade is decided from
 * that figure (89.995 shows as 90.00 and is 优秀; 89.99 is 良好). While any node is 待评 the total
 * is 暂定 (provisional) and the grade withheld; otherwise the grade comes from the framework's
 * bands (MoF: 优秀 ≥ 90 …). On a PEFA framework, leaves get
 * A/B/C/D/D* letters and parents aggregate them (M1 / M2); there is no total or grade.
 *
 * Scores are Decimal, each within [0, 分值]. Pure; no I/O.
 * @throws ManualScoresValidationError when the manual scores do not fit the framework.
 * @example scoreEvaluation(evaluate(taojiang), HUNAN_COUNTY_FRAMEWORK).provisional === true
 */
export function scoreEvaluation(
  evaluation: ScorableEvaluation,
  framework: Framework,
  manualScores?: ManualScores,
  options: ScoreOptions = {},
): ScoreSheet {
  if (manualScores) {
    const issues = manualScoresProblems(manualScores, framework);
    if (issues.length > 0) throw new ManualScoresValidationError(issues);
  }
  const manual = new Map<
    string,
    { selfEvaluation: ManualScore | null; review: ManualScore | null }
  >();
  for (const entry of manualScores?.scores ?? []) {
    const slot = manual.get(entry.code) ?? { selfEvaluation: null, review: null };
    slot[entry.kind] = entry;
    manual.set(entry.code, slot);
  }
  const ctx: Context = {
    framework,
    evaluation,
    indicators: indicatorsByKey(evaluation.indicators),
    kind: chooseManualKind(manualScores, options.manualKind),
    manual,
    places: framework.scoring.scorePlaces,
    warnings: [],
  };
  if (manualScores?.hypothetical) {
    ctx.warnings.push(
      "人工评分为假设数据（hypothetical），仅供测试 / manual scores are hypothetical (test data)",
    );
  }
  const nodes = resolveEitherOf(framework.nodes.map((n, i) => scoreNode(n, `nodes[${i}]`, 1, ctx)));
  const pending = collectPending(nodes);
  const stated = statedScores(evaluation);

  const sheetBase = {
    framework: {
      id: framework.id,
      name: framework.name,
      version: framework.version,
      jurisdiction: framework.jurisdiction,
      authorship: framework.authorship,
      scale: framework.scale,
    },
    department: evaluation.department,
    manualKind: ctx.kind,
    nodes,
    pending,
    warnings: ctx.warnings,
    stated,
  };
  if (framework.scale === "pefa") {
    return {
      ...sheetBase,
      totalWeight: null,
      total: null,
      provisional: pending.length > 0,
      grade: null,
    };
  }
  const totalWeight = dec(framework.totalWeight);
  const { score } = aggregate(nodes, totalWeight, ctx.places);
  // The total as the sheet prints it, rounded once (四舍五入) to scorePlaces: the grade is
  // decided from this figure, so a sheet showing 90.00 is never graded 良好.
  const total = roundPoints(score ?? new Decimal(0), ctx.places);
  const provisional = pending.length > 0;
  return {
    ...sheetBase,
    totalWeight,
    total,
    provisional,
    grade: provisional ? null : gradeOf(total, framework.gradeBands),
  };
}

function collectPending(nodes: readonly NodeScore[]): string[] {
  return nodes.flatMap((n) =>
    n.status === "notChosen" || n.status === "excluded"
      ? []
      : n.children.length > 0
        ? collectPending(n.children)
        : n.status === "pending"
          ? [n.code]
          : [],
  );
}

/**
 * Scores the dataset's report states for itself, for comparison only: the 自评分 recorded in
 * `evaluationProcess.selfScore` (with its 等级) when given; otherwise stated figures in 分 that
 * refer to a score ("score…") or stand in a sentence about one (评分/得分/分值).
 */
function statedScores(evaluation: ScorableEvaluation): ScoreSheet["stated"] {
  const process = evaluation.dataset.evaluationProcess;
  if (process.selfScore) {
    const grade = process.selfGrade ? `，等级“${process.selfGrade}”` : "";
    return [
      {
        id: "evaluationProcess.selfScore",
        text: `自评分${process.selfScore}分${grade}`,
        value: process.selfScore,
      },
    ];
  }
  return evaluation.dataset.statedFigures
    .filter((f) => f.unit === "分" && (f.refersTo === null || f.refersTo.startsWith("score")))
    .filter(
      (f) => f.refersTo !== null || /评分|得分|分值/.test(`${f.location.quote ?? ""}${f.text}`),
    )
    .map((f) => {
      const entry: ScoreSheet["stated"][number] = { id: f.id, text: f.text, value: f.value };
      if (f.location.quote) entry.quote = f.location.quote;
      return entry;
    });
}

function scoreNode(node: FrameworkNode, path: string, level: number, ctx: Context): NodeScore {
  const weight = node.weight === undefined ? null : dec(node.weight);
  const base: NodeScore = {
    code: node.code,
    name: node.name,
    level,
    path,
    weight,
    indicator: node.indicator,
    value: null,
    valueDisplay: "—",
    unit: null,
    rule: node.rule?.type ?? null,
    status: "scored",
    score: null,
    lost: null,
    reason: "",
    children: [],
  };
  if (node.standard !== undefined) base.standard = node.standard;
  if (node.evidence !== undefined) base.evidence = node.evidence;
  if (node.eitherOf !== undefined) base.eitherOf = node.eitherOf;

  if (node.children.length > 0) {
    const children = resolveEitherOf(
      node.children.map((c, i) => scoreNode(c, `${path}.children[${i}]`, level + 1, ctx)),
    );
    base.children = children;
    // Field by field onto `base` (built for this node alone), never { ...base, more }: on Node 20
    // a spread followed by more properties takes a slow path (docs/benchmarks.md). The key order
    // is the same as the spread's.
    return Object.assign(
      base,
      ctx.framework.scale === "pefa"
        ? aggregateLetters(children, node.aggregation ?? "M1")
        : aggregateNode(children, weight ?? new Decimal(0), ctx.places),
    );
  }

  const slot = ctx.manual.get(node.code) ?? { selfEvaluation: null, review: null };
  const used = ctx.kind ? slot[ctx.kind] : null;
  if (slot.selfEvaluation || slot.review) base.manual = { used, ...slot };

  const indicator = node.indicator ? ctx.indicators.get(node.indicator) : undefined;
  const entry = node.indicator ? catalogueEntry(parseKey(node.indicator).code) : undefined;
  const label = indicator?.name ?? entry?.name ?? node.name;
  const unit = indicator?.unit ?? entry?.unit ?? "";
  let nullReason: NullReason | undefined;
  if (node.indicator) {
    base.unit = unit;
    if (indicator?.value) {
      base.value = indicator.value;
      base.valueDisplay = formatValue(indicator.value, unit);
    } else {
      nullReason = indicator?.nullReason ?? "missing";
      base.nullReason = nullReason;
      base.valueDisplay = NULL_REASON_NAMES[nullReason];
    }
  }
  const rule = node.rule as Rule;
  if (rule.type === "pefa") {
    const assessment = assessPefa(ctx.evaluation.dataset, rule.params.measure);
    const latest = assessment.years[assessment.years.length - 1];
    base.unit = "%";
    base.value = latest?.value ?? null;
    base.valueDisplay = latest?.value
      ? `${latest.fiscalYear}年 ${formatValue(latest.value, "%")}`
      : "—";
    base.letter = assessment.grade;
    base.reason = `${PEFA_MEASURE_NAMES[rule.params.measure]}：${assessment.reason}`;
    return base;
  }
  const leafWeight = weight ?? new Decimal(0);
  let result = scoreLeaf(node, rule, leafWeight, ctx, {
    indicator,
    label,
    unit,
    nullReason,
    used,
  });
  if (rule.type !== "manual" && used?.score !== undefined) {
    if (result.status === "pending") {
      const manualResult = scoreManual(leafWeight, used, ctx.places);
      result = {
        ...manualResult,
        reason: `${result.reason.replace(/^待评：?/, "")}；${manualResult.reason}`,
      };
    } else if (result.status === "scored") {
      ctx.warnings.push(
        `${node.code} ${node.name}：已由规则评分，人工评分 ${used.score} 未采用 / scored by its rule; the manual score was not used`,
      );
    }
  }
  const out = base;
  out.status = result.status;
  out.score = result.score;
  out.reason = result.reason;
  if (result.score !== null && weight !== null) out.lost = weight.minus(result.score);
  if (result.letter) out.letter = result.letter;
  return out;
}

interface LeafData {
  indicator: Indicator | undefined;
  label: string;
  unit: string;
  nullReason: NullReason | undefined;
  used: ManualScore | null;
}

function nullResult(rule: Rule, weight: Decimal, data: LeafData, places: number): RuleResult {
  const reason = data.nullReason ?? "missing";
  const treatment = nullTreatment(rule, reason);
  const why = data.indicator?.reason ?? "数据集未提供计算所需数据";
  const head = `${data.label}${NULL_REASON_NAMES[reason]}（${why}）`;
  switch (treatment) {
    case "full":
      return {
        status: "scored",
        score: weight,
        reason: `${head}，按规则得满分${formatPoints(weight, places)}分`,
      };
    case "zero":
      return {
        status: "scored",
        score: new Decimal(0),
        reason: `${head}，按规则得0分，扣${formatPoints(weight, places)}分`,
      };
    case "exclude":
      return {
        status: "excluded",
        score: null,
        reason: `${head}，不参与评分，分值由同级指标按比例分摊`,
      };
    default:
      return { status: "pending", score: null, reason: `待评：${head}` };
  }
}

/** An indicator value as the rules see it: 四舍五入 to the framework's valuePlaces, if any. */
function roundedValue(v: Decimal, ctx: Context): Decimal {
  const valuePlaces = ctx.framework.scoring.valuePlaces;
  return valuePlaces === null ? v : v.toDecimalPlaces(valuePlaces, Decimal.ROUND_HALF_UP);
}

function valueInput(value: Decimal, weight: Decimal, data: LeafData, ctx: Context): ValueInput {
  return {
    weight,
    value: roundedValue(value, ctx),
    label: data.label,
    unit: data.unit,
    places: ctx.places,
  };
}

function scoreLeaf(
  node: FrameworkNode,
  rule: Rule,
  weight: Decimal,
  ctx: Context,
  data: LeafData,
): RuleResult {
  const places = ctx.places;
  const value = data.indicator?.value ?? null;
  // No closures here (one per leaf per evaluation, each named by tsx's keepNames at a cost).
  switch (rule.type) {
    case "thresholdDeduct":
      return value === null
        ? nullResult(rule, weight, data, places)
        : scoreThresholdDeduct(rule.params, valueInput(value, weight, data, ctx));
    case "stepDeduct":
      return value === null
        ? nullResult(rule, weight, data, places)
        : scoreStepDeduct(rule.params, valueInput(value, weight, data, ctx));
    case "bands":
      return value === null
        ? nullResult(rule, weight, data, places)
        : scoreBands(rule.params, valueInput(value, weight, data, ctx));
    case "proportional":
      return value === null
        ? nullResult(rule, weight, data, places)
        : scoreProportional(rule.params, valueInput(value, weight, data, ctx));
    case "checklist":
      return scoreChecklist(rule.params, weight, data.used, places);
    case "categorical": {
      const lookup = (key: string | undefined): LookedUpValue => {
        const k = key ?? node.indicator ?? "";
        const found = ctx.indicators.get(k);
        const e = catalogueEntry(parseKey(k).code);
        return {
          value: found?.value ? roundedValue(found.value, ctx) : null,
          label: found?.name ?? e?.name ?? k,
          unit: found?.unit ?? e?.unit ?? "",
        };
      };
      return scoreCategorical(rule.params, weight, lookup, data.used, places);
    }
    case "countDeduct": {
      if (rule.params.countFrom === "indicator") {
        return value === null
          ? nullResult(rule, weight, data, places)
          : scoreCountDeduct(rule.params, weight, value, data.label, places);
      }
      if (rule.params.countFrom === "manual") {
        return data.used?.count === undefined
          ? { status: "pending", score: null, reason: "待评：需评价人核定次数" }
          : scoreCountDeduct(rule.params, weight, new Decimal(data.used.count), node.name, places);
      }
      const filter = rule.params.findings ?? {};
      const count = ctx.evaluation.findings.filter(
        (f) =>
          (filter.severities === undefined || filter.severities.includes(f.severity)) &&
          (filter.ruleIdPrefix === undefined || f.ruleId.startsWith(filter.ruleIdPrefix)),
      ).length;
      return scoreCountDeduct(rule.params, weight, new Decimal(count), "勾稽校验发现问题", places);
    }
    case "manual":
      return scoreManual(weight, data.used, places);
    case "pefa":
      // scored in scoreNode, which also shows the yearly values
      return { status: "pending", score: null, reason: "" };
  }
}

/** 二者择其一: keep one member of each group, mark the others notChosen. */
function eitherOfRank(n: NodeScore): number {
  return n.value !== null || n.manual?.used ? 0 : n.status === "scored" ? 1 : 2;
}

function resolveEitherOf(nodes: NodeScore[]): NodeScore[] {
  const rank = eitherOfRank;
  const chosen = new Map<string, NodeScore>();
  for (const node of nodes) {
    if (node.eitherOf === undefined) continue;
    const best = chosen.get(node.eitherOf);
    if (!best || rank(node) < rank(best)) chosen.set(node.eitherOf, node);
  }
  return nodes.map((node) => {
    if (node.eitherOf === undefined) return node;
    const winner = chosen.get(node.eitherOf);
    if (winner === node) return node;
    return {
      ...node,
      status: "notChosen",
      score: null,
      lost: null,
      reason: `二者择其一：按“${winner?.name ?? ""}”评分，本项不计分`,
    };
  });
}

/**
 * Sum of children (with reweighting when some are excluded). Pending children add nothing yet;
 * the sum is then a provisional subtotal.
 */
function aggregate(
  children: readonly NodeScore[],
  weight: Decimal,
  places: number,
): {
  score: Decimal | null;
  excluded: NodeScore[];
  pending: NodeScore[];
  activeWeight: Decimal;
} {
  const counted = children.filter((c) => c.status !== "notChosen");
  const excluded = counted.filter((c) => c.status === "excluded");
  const active = counted.filter((c) => c.status !== "excluded");
  const pending = active.filter((c) => c.status === "pending");
  const activeWeight = sum(active.map((c) => c.weight ?? new Decimal(0)));
  if (active.length === 0) return { score: null, excluded, pending, activeWeight };
  const raw = sum(active.map((c) => c.score ?? new Decimal(0)));
  const score =
    excluded.length === 0 || activeWeight.isZero()
      ? raw
      : Decimal.min(
          weight,
          raw.times(weight).div(activeWeight).toDecimalPlaces(places, Decimal.ROUND_HALF_UP),
        );
  return { score, excluded, pending, activeWeight };
}

function aggregateNode(
  children: readonly NodeScore[],
  weight: Decimal,
  places: number,
): Pick<NodeScore, "status" | "score" | "lost" | "reason"> {
  const { score, excluded, pending, activeWeight } = aggregate(children, weight, places);
  if (score === null) {
    return { status: "excluded", score: null, lost: null, reason: "下级指标均不参与评分" };
  }
  const parts: string[] = [];
  if (excluded.length > 0) {
    const raw = sum(
      children
        .filter((c) => c.status !== "excluded" && c.status !== "notChosen")
        .map((c) => c.score ?? new Decimal(0)),
    );
    parts.push(
      `${excluded.map((c) => c.name).join("、")}不参与评分，按参评得分${formatPoints(raw, places)}÷参评分值${formatPoints(activeWeight, places)}×${formatPoints(weight, places)}折算`,
    );
  }
  if (pending.length > 0) {
    parts.push(`${collectPending(pending).length}项待评，小计暂定`);
    return {
      status: "pending",
      score,
      lost: null,
      reason: `小计${formatPoints(score, places)}分（${parts.join("；")}）`,
    };
  }
  const lost = weight.minus(score);
  return {
    status: "scored",
    score,
    lost,
    reason: `小计${formatPoints(score, places)}分${lost.gt(0) ? `，扣${formatPoints(lost, places)}分` : ""}${parts.length > 0 ? `（${parts.join("；")}）` : ""}`,
  };
}

function aggregateLetters(
  children: readonly NodeScore[],
  method: "M1" | "M2",
): Pick<NodeScore, "status" | "score" | "lost" | "reason" | "letter"> {
  const counted = children.filter((c) => c.status !== "notChosen" && c.status !== "excluded");
  if (counted.some((c) => !c.letter)) {
    return { status: "pending", score: null, lost: null, reason: "待评：有维度尚未评级" };
  }
  const letters = counted.map((c) => c.letter as string);
  // Nothing but D* below: the indicator itself cannot be rated.
  const letter = (
    letters.every((l) => l === "D*")
      ? "D*"
      : method === "M2"
        ? aggregateM2(letters)
        : aggregateM1(letters)
  ) as PefaLetter;
  return {
    status: "scored",
    score: null,
    lost: null,
    letter,
    reason:
      letters.length === 1
        ? `单一维度，评${letter}`
        : `${method === "M1" ? "M1（最弱环节）" : "M2（平均）"}：${letters.join("、")} → ${letter}`,
  };
}
