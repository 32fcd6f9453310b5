import { runChecks } from "./checks/run.ts";
import type { Finding } from "./checks/types.ts";
import { computeIndicators } from "./metrics/compute.ts";
import type { Indicator } from "./metrics/types.ts";
import type { Dataset } from "./schema/dataset.ts";

/**
 * The result of 部门整体支出绩效评价 for one department-year: the dataset it came from, every
 * indicator (exact Decimal values), and the 勾稽校验 findings. Scoring adds a ScoreSheet.
 */
export interface Evaluation {
  department: { name: string; fiscalYear: number };
  dataset: Dataset;
  indicators: Indicator[];
  findings: Finding[];
}

/**
 * Run compute → check on a validated dataset. Pure: no I/O.
 * @example evaluate(parseDataset(json)).indicators.find(i => i.key === "threePublicExpenses.controlRate.total")
 */
export function evaluate(dataset: Dataset): Evaluation {
  const indicators = computeIndicators(dataset);
  const findings = runChecks(dataset, indicators);
  return {
    department: { name: dataset.department.name, fiscalYear: dataset.department.fiscalYear },
    dataset,
    indicators,
    findings,
  };
}

/** Find an indicator by key ("code" or "code[param]"). */
export function indicatorByKey(
  evaluation: Pick<Evaluation, "indicators">,
  key: string,
): Indicator | undefined {
  return evaluation.indicators.find((i) => i.key === key);
}
