import type { Dataset } from "../schema/dataset.ts";

/** The memo of the computeIndicators run in progress: its dataset and what was built for it. */
let active: { dataset: Dataset; built: Map<string, unknown> } | null = null;

/**
 * Run `compute` with a memo for `dataset`: within it, {@link perRun} builds each named value
 * once (several areas read the same column totals). The memo ends with the call, so nothing is
 * kept between runs and a dataset changed between two runs is read afresh.
 * @example withRunMemo(dataset, () => AREAS.flatMap((area) => area(dataset)))
 */
export function withRunMemo<T>(dataset: Dataset, compute: () => T): T {
  const outer = active;
  active = { dataset, built: new Map() };
  try {
    return compute();
  } finally {
    active = outer;
  }
}

/**
 * `build()` once per computeIndicators run of `dataset` under `name` (the shared value must not
 * be mutated by its readers); outside a run, or for another dataset, simply `build()`.
 * @example perRun(dataset, "allocationColumns", () => …) // the same object for every area of the run
 */
export function perRun<T>(dataset: Dataset, name: string, build: () => T): T {
  if (active === null || active.dataset !== dataset) return build();
  const known = active.built.get(name);
  if (known !== undefined) return known as T;
  const value = build();
  active.built.set(name, value);
  return value;
}
