/**
 * The example datasets, as raw JSON (not yet validated). Parse one with `parseDataset` from
 * `@jixiao/core/schema` before use; the raw form is exported so that a front end can show the
 * file as written and report validation errors against it.
 */
import taojiang2020 from "./taojiang-natural-resources-2020/dataset.json" with { type: "json" };

export { taojiang2020 };

/** Every example dataset by its id (the folder name under `examples/`). */
export const EXAMPLES: Readonly<Record<string, unknown>> = {
  "taojiang-natural-resources-2020": taojiang2020,
};

/** The ids of the example datasets, in a stable order. */
export const EXAMPLE_IDS: readonly string[] = Object.keys(EXAMPLES);
