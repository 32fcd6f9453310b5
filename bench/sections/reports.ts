import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BenchRow, show, unavailable } from "../rows.ts";
import { loadSynth } from "../workloads.ts";

const SECTION = "reports";
const JOBS = 2;

type Batch = typeof import("../../apps/cli/src/batch/run-batch.ts");

/**
 * Write `count` generated datasets (the synth's default mix: mostly small units, a 500-project
 * bureau every 20th) into a fresh folder; null when @jixiao/synth is missing.
 */
async function writeDatasets(dir: string, count: number): Promise<boolean> {
  const synth = await loadSynth();
  if (!synth) return false;
  const { datasets } = synth.synthesizeDatasets({ count, seed: "bench-reports" });
  mkdirSync(dir, { recursive: true });
  for (const d of datasets) writeFileSync(join(dir, d.file), JSON.stringify(d.dataset));
  return true;
}

/**
 * Report pairs per second of the batch (`runBatch`, what `jixiao report DIR --format docx,xlsx
 * --jobs 2` runs: worker threads, evaluate, report model, both renderers, atomic writes and the
 * summary files), beside the same batch writing Markdown only (the batch's floor: reading,
 * evaluating, the model, writing). Then the share of the worker threads' time spent in each
 * renderer. Target: ≥ 15 pairs per second.
 */
export async function reportsSection(count: number): Promise<BenchRow[]> {
  const figure = `DOCX + XLSX pairs/s, batch --jobs ${JOBS}`;
  let batch: Batch;
  try {
    batch = await import("../../apps/cli/src/batch/run-batch.ts");
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [unavailable(SECTION, figure, `runBatch cannot be loaded: ${why.slice(0, 120)}`)];
  }
  const root = mkdtempSync(join(tmpdir(), "jixiao-bench-reports-"));
  try {
    const input = join(root, "datasets");
    if (!(await writeDatasets(input, count))) {
      return [unavailable(SECTION, figure, "@jixiao/synth cannot be loaded (no datasets)")];
    }
    const run = async (formats: string[], out: string) => {
      const started = performance.now();
      const result = await batch.runBatch({
        inputs: [input],
        formats,
        outDir: join(root, out),
        jobs: JOBS,
      });
      const seconds = (performance.now() - started) / 1000;
      if (result.failures.length > 0) {
        throw new Error(`${result.failures.length} failed: ${result.failures[0]?.problem}`);
      }
      return { seconds, done: result.rows.length, renderMs: result.renderMs };
    };
    const floor = await run(["md"], "md");
    const pairs = await run(["docx", "xlsx"], "office");
    const rate = pairs.done / pairs.seconds;
    const floorRate = floor.done / floor.seconds;
    const threadMs = pairs.seconds * 1000 * JOBS;
    const rows: BenchRow[] = [
      {
        section: SECTION,
        figure,
        value: rate,
        unit: "pairs/s",
        baseline: { name: "same batch, Markdown only", value: floorRate, unit: "reports/s" },
        ratio: {
          value: rate / floorRate,
          text: `${show((100 * rate) / floorRate)}% of the Markdown batch`,
        },
        target: { text: "≥ 15/s", met: rate >= 15 },
        note: `${pairs.done} generated datasets (synth default mix) in ${show(pairs.seconds)} s, thread start-up included`,
      },
    ];
    for (const format of ["docx", "xlsx"]) {
      const ms = pairs.renderMs[format];
      rows.push(
        ms === undefined
          ? unavailable(
              SECTION,
              `  share in ${format.toUpperCase()} renderer`,
              "runBatch reported no render time",
            )
          : {
              section: SECTION,
              figure: `  share in ${format.toUpperCase()} renderer`,
              value: (100 * ms) / threadMs,
              unit: "% of thread time",
              ratio: { value: ms / pairs.done, text: `${show(ms / pairs.done)} ms per report` },
            },
      );
    }
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
