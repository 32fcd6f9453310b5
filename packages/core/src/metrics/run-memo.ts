import { Decimal } from "../decimal.ts";
import type { Dataset } from "../schema/dataset.ts";

/** The memo of the computeIndicators run in progress: its dataset and what was built for it. */
let active: { dataset: Dataset; built: Map<string, unknown> } | null = null;

/** Cell text → its Decimal, for the run in progress (null outside a run). */
let cells: Map<string, Decimal> | null = null;

/**
 * Run `compute` with a memo for `dataset`: within it, {@link perRun} builds each named value
 * once (several areas read the same column totals). The memo ends with the call, so nothing is
 * kept between runs and a dataset changed between two runs is read afresh.
 * @example withRunMemo(dataset, () => AREAS.flatMap((area) => area(dataset)))
 */
export function withRunMemo<T>(dataset: Dataset, compute: () => T): T {
  const outer = active;
  const outerCells = cells;
  active = { dataset, built: new Map() };
  cells = new Map();
  try {
    return compute();
  } finally {
    active = outer;
    cells = outerCells;
  }
}

/**
 * `new Decimal(text)`, parsed once per computeIndicators run for each distinct text: several
 * areas read the same cells (a column, its subsets, the totals other areas borrow). Decimals
 * are immutable, so the readers may share one.
 * @example runDecimal("84284.72").toString() === "84284.72"
 */
export function runDecimal(text: string): Decimal {
  if (cells === null) return new Decimal(text);
  let value = cells.get(text);
  if (value === undefined) {
    value = new Decimal(text);
    cells.set(text, value);
  }
  return value;
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
