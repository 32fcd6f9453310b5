import { indicatorsByKey } from "../metrics/compute.ts";
import type { Indicator } from "../metrics/types.ts";
import type { Dataset, StatedFigure } from "../schema/dataset.ts";

/**
 * What every rule looks things up in: the indicators by key and the stated figures by id and
 * position.
 * Built once per (dataset, indicators) pair and shared by all rules of one run.
 */
export interface CheckContext {
  dataset: Dataset;
  indicators: readonly Indicator[];
  /** Every computed quantity (indicator) by key. */
  byKey: ReadonlyMap<string, Indicator>;
  /** Position of each stated figure in the dataset (document order), for sorting. */
  figurePosition: ReadonlyMap<string, number>;
  figures: readonly StatedFigure[];
}

/**
 * The context of the last (indicators, dataset) pair asked for: one slot, not a WeakMap per pair
 * (a WeakMap entry per run kept every run's context, and all the rules' memos keyed by it, alive
 * until a full garbage collection). All rules of one run ask for the same pair.
 */
let last: CheckContext | null = null;

/**
 * The {@link CheckContext} of a dataset and its indicators, memoised so that the rules of one
 * run share it.
 * @example contextFor(dataset, computeIndicators(dataset)).byKey.get("budgetExecution.completionRate")
 */
export function contextFor(dataset: Dataset, indicators: readonly Indicator[]): CheckContext {
  if (last !== null && last.indicators === indicators && last.dataset === dataset) return last;
  const byKey = indicatorsByKey(indicators);
  const context: CheckContext = {
    dataset,
    indicators,
    byKey,
    figurePosition: new Map(dataset.statedFigures.map((f, i) => [f.id, i])),
    figures: dataset.statedFigures,
  };
  last = context;
  return context;
}

/**
 * The context of the run now checking this dataset object, or null outside a run: for memos
 * that only the dataset reaches (a memo keyed by the dataset object itself would outlive an
 * edit in place; a run's context is new for every evaluation).
 */
export function currentContextOf(dataset: Dataset): CheckContext | null {
  return last !== null && last.dataset === dataset ? last : null;
}
