import { type Dataset, parseDataset } from "@jixiao/core/schema";

/** One embedded example dataset. */
export interface ExampleEntry {
  id: string;
  /** Loads the raw JSON (on first use). */
  load(): Promise<unknown>;
}

/** The example datasets shipped in @jixiao/examples. */
export const EXAMPLE_ENTRIES: readonly ExampleEntry[] = [
  {
    id: "taojiang-natural-resources-2020",
    load: async () =>
      (
        await import("@jixiao/examples/taojiang-natural-resources-2020/dataset.json", {
          with: { type: "json" },
        })
      ).default as unknown,
  },
];

/**
 * Load and validate an embedded example by id, or undefined when there is none.
 * @throws DatasetValidationError if the shipped example itself is invalid (a bug).
 */
export async function loadExample(id: string): Promise<Dataset | undefined> {
  const entry = EXAMPLE_ENTRIES.find((e) => e.id === id);
  return entry ? parseDataset(await entry.load(), `example ${id}`) : undefined;
}
