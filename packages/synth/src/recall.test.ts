import { describe, expect, it } from "vitest";
import { Manifest } from "./manifest.ts";
import { measureRecall } from "./recall.ts";
import { synthesizeDatasets } from "./synthesize.ts";

describe("measureRecall", () => {
  const run = synthesizeDatasets({ count: 40, seed: 3, inconsistencyShare: 0.6 });
  const datasets = run.datasets.map((d) => ({ file: d.file, dataset: d.dataset }));

  it("the manifest is valid against its zod schema", () => {
    expect(Manifest.safeParse(run.manifest).success).toBe(true);
  });

  it("every kind is injected and every injection is found by its expected rule", () => {
    const recall = measureRecall(datasets, run.manifest.injections);
    expect(Object.keys(recall.byKind).sort()).toEqual([
      "crossTable",
      "noBudgetLine",
      "rowSum",
      "staffingCount",
      "statedAmount",
      "truncatedRate",
      "unitSlip",
    ]);
    expect(recall.total.found).toBe(recall.total.injected);
    expect(recall.total.injected).toBe(run.manifest.injections.length);
    expect(recall.missed).toEqual([]);
  });

  it("counts an injection as missed when the dataset does not carry it (the clean twin)", () => {
    const entry = run.manifest.injections[0];
    if (!entry) throw new Error("no injection");
    const clean = synthesizeDatasets({ count: 40, seed: 3 }).datasets.find(
      (d) => d.file === entry.file,
    );
    const recall = measureRecall([{ file: entry.file, dataset: clean?.dataset }], [entry]);
    expect(recall.total).toEqual({ injected: 1, found: 0 });
    expect(recall.missed).toEqual([entry]);
  });

  it("lists a missing or invalid dataset as unavailable, without throwing", () => {
    const entry = run.manifest.injections[0];
    if (!entry) throw new Error("no injection");
    const recall = measureRecall([{ file: entry.file, dataset: { schemaVersion: 2 } }], [entry]);
    expect(recall.unavailable).toEqual([entry.file]);
    expect(recall.total.found).toBe(0);
  });
});
