import { type BenchRow, unavailable } from "../rows.ts";
import { loadSynth } from "../workloads.ts";

const SECTION = "checks";

/**
 * Check recall on generated inconsistencies: @jixiao/synth generates `count` datasets, half of
 * them with 1–2 injected inconsistencies recorded in the manifest, and `measureRecall` counts the
 * injections a finding of the expected rule points at. One row for all, then one per kind.
 */
export async function recallSection(count: number): Promise<BenchRow[]> {
  const synth = await loadSynth();
  const figure = "recall on injected inconsistencies";
  if (!synth) return [unavailable(SECTION, figure, "@jixiao/synth cannot be loaded")];
  const { datasets, manifest } = synth.synthesizeDatasets({
    count,
    seed: "bench-recall",
    inconsistencyShare: 0.5,
  });
  const recall = synth.measureRecall(
    datasets.map((d) => ({ file: d.file, dataset: d.dataset })),
    manifest.injections,
  );
  const row = (name: string, found: number, injected: number): BenchRow => ({
    section: SECTION,
    figure: name,
    value: injected === 0 ? 0 : (100 * found) / injected,
    unit: "%",
    baseline: { name: "injected", value: injected, unit: "" },
    ratio: { value: injected === 0 ? 0 : found / injected, text: `${found} of ${injected} found` },
  });
  const total = row(figure, recall.total.found, recall.total.injected);
  const missed = recall.missed.map((m) => `${m.file} ${m.kind} (${m.ruleId})`);
  total.note = `${count} datasets from @jixiao/synth (seed bench-recall), half with injections${
    missed.length > 0 ? `; missed: ${missed.slice(0, 5).join("; ")}` : ""
  }${recall.unavailable.length > 0 ? `; unavailable: ${recall.unavailable.join(", ")}` : ""}`;
  const kinds = Object.entries(recall.byKind).map(([kind, c]) =>
    row(`  recall: ${kind}`, c?.found ?? 0, c?.injected ?? 0),
  );
  return [total, ...kinds];
}
