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

const cache = new WeakMap<readonly Indicator[], WeakMap<Dataset, CheckContext>>();

/**
 * The {@link CheckContext} of a dataset and its indicators, memoised so that the rules of one
 * run share it.
 * @example contextFor(dataset, computeIndicators(dataset)).byKey.get("budgetExecution.completionRate")
 */
export function contextFor(dataset: Dataset, indicators: readonly Indicator[]): CheckContext {
  let inner = cache.get(indicators);
  if (!inner) {
    inner = new WeakMap();
    cache.set(indicators, inner);
  }
  const known = inner.get(dataset);
  if (known) return known;
  const byKey = indicatorsByKey(indicators);
  const context: CheckContext = {
    dataset,
    indicators,
    byKey,
    figurePosition: new Map(dataset.statedFigures.map((f, i) => [f.id, i])),
    figures: dataset.statedFigures,
  };
  inner.set(dataset, context);
  return context;
}
