import { runChecks } from "./checks/run.ts";
import type { Finding } from "./checks/types.ts";
import type { Framework } from "./frameworks/schema.ts";
import { computeIndicators } from "./metrics/compute.ts";
import type { Indicator } from "./metrics/types.ts";
import type { Dataset } from "./schema/dataset.ts";
import type { ManualScores } from "./scoring/manual-scores.ts";
import { scoreEvaluation } from "./scoring/score-evaluation.ts";
import type { ScoreSheet } from "./scoring/types.ts";

/**
 * The result of 部门整体支出绩效评价 for one department-year: the dataset it came from, every
 * indicator (exact Decimal values), and the 勾稽校验 findings. Scoring adds a ScoreSheet.
 */
export interface Evaluation {
  department: { name: string; fiscalYear: number };
  dataset: Dataset;
  indicators: Indicator[];
  findings: Finding[];
  /** The 评分表, when `evaluate` was given a framework. */
  scoreSheet?: ScoreSheet;
}

/** What to score an evaluation under: a framework (指标体系) and, optionally, manual scores. */
export interface ScoringInput {
  framework: Framework;
  manualScores?: ManualScores;
}

/**
 * Run compute → check (→ score, when a framework is given) on a validated dataset. Pure: no I/O.
 * This is the one entry every front end calls (DESIGN.md §2).
 * @throws ManualScoresValidationError when manual scores do not fit the framework.
 * @example evaluate(parseDataset(json)).indicators.find(i => i.key === "threePublicExpenses.controlRate.total")
 * @example evaluate(taojiang, { framework: builtinFramework("hunan-county-2020")! }).scoreSheet?.provisional === true
 */
export function evaluate(dataset: Dataset, scoring?: ScoringInput): Evaluation {
  const indicators = computeIndicators(dataset);
  const findings = runChecks(dataset, indicators);
  const evaluation: Evaluation = {
    department: { name: dataset.department.name, fiscalYear: dataset.department.fiscalYear },
    dataset,
    indicators,
    findings,
  };
  if (!scoring) return evaluation;
  return {
    ...evaluation,
    scoreSheet: scoreEvaluation(evaluation, scoring.framework, scoring.manualScores),
  };
}

/** Find an indicator by key ("code" or "code[param]"). */
export function indicatorByKey(
  evaluation: Pick<Evaluation, "indicators">,
  key: string,
): Indicator | undefined {
  return evaluation.indicators.find((i) => i.key === key);
}
