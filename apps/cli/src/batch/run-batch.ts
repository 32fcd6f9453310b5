import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import { Piscina } from "piscina";
import { describeError } from "../errors.ts";
import { type OutputFile, writeFilesAtomically } from "../output.ts";
import { expandInputs } from "./expand-inputs.ts";
import { type BatchProgress, silentProgress } from "./progress.ts";
import type { RenderOutcome, RenderTask, SummaryRow } from "./render-dataset.ts";
import { type BatchFailure, type BatchSummary, summaryCsv, summaryJson } from "./summary.ts";
import { buildWorkerBundle } from "./worker-bundle.ts";

/** A dataset given as JSON text rather than a file (e.g. pulled from the server). */
export interface InlineDataset {
  source: string;
  json: string;
}

/** Options of {@link runBatch}. */
export interface RunBatchOptions {
  /** DIR|FILE arguments: a directory gives its *.json datasets. Resolved against `cwd`. */
  inputs?: readonly string[];
  /** Datasets given as JSON text (from the server), reported after the files. */
  datasets?: readonly InlineDataset[];
  /** Directory relative paths resolve against; the process's by default. */
  cwd?: string;
  /** Format ids, e.g. ["docx", "xlsx"] (validated by the caller: see parseFormats). */
  formats: readonly string[];
  /** Output directory (created as needed); reports, summary.csv and summary.json go here. */
  outDir: string;
  /** Worker threads; the number of cores by default. */
  jobs?: number;
  /** Framework id or file of the 评分表 annex; the default framework when absent. */
  framework?: string;
  /** Manual scores file (applies to every dataset). */
  manual?: string;
  /** Include the 数据一致性核查 section (default true). */
  findings?: boolean;
  /** Where progress goes; nothing is reported by default. */
  progress?: BatchProgress;
}

/** What {@link runBatch} returns: the summary, plus render time per format (ms, summed). */
export interface BatchResult extends BatchSummary {
  /** Absolute paths of summary.csv and summary.json. */
  summaryFiles: string[];
  /** Time spent in each renderer across the batch, in milliseconds (for benchmarks). */
  renderMs: Record<string, number>;
}

const WORKER_ENTRY = new URL("./worker-entry.mjs", import.meta.url).href;

/**
 * Render the evaluation report of every dataset of a batch in parallel on worker threads
 * (piscina; default one per core; the worker code compiled to one JavaScript bundle per batch,
 * see worker-bundle.ts), writing each report atomically as it completes, then
 * summary.csv and summary.json. A bad dataset (unreadable, invalid JSON, schema problems — each
 * named by file, JSON path and a Chinese/English problem) is reported as a failure and the batch
 * goes on; a renderer that throws fails that dataset's report; two datasets of the same
 * department-year would write the same files, so the second is a failure. Never throws for bad
 * data; the returned failures say what went wrong.
 * @throws OutputError (exit 3) only when summary.csv/summary.json cannot be written.
 * @example const r = await runBatch({ inputs: ["synth"], formats: ["docx", "xlsx"], outDir: "out", jobs: 2 }); r.failures.length === 0
 */
export async function runBatch(options: RunBatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const progress = options.progress ?? silentProgress;
  const failures: BatchFailure[] = [];
  // The worker code, compiled once for this batch while the inputs are listed (null: tsx).
  const bundling = buildWorkerBundle();
  const listing = batchTasks(options, cwd);
  listing.catch(() => bundling.then((b) => b?.dispose()));
  const { tasks, inputFailures, sources } = await listing;
  const bundle = await bundling;
  const outDir = resolve(cwd, options.outDir);

  const jobs = Math.max(1, options.jobs ?? availableParallelism());
  progress.start(tasks.length + inputFailures.length);
  for (const f of inputFailures) {
    failures.push(f);
    progress.tick({ source: f.source, ok: false, detail: f.problem });
  }
  const rows: (SummaryRow | undefined)[] = new Array(tasks.length);
  const renderMs: Record<string, number> = {};
  const writers = new Map<string, string>();
  const pool = new Piscina<RenderTask, RenderOutcome>({
    filename: bundle?.entry ?? WORKER_ENTRY,
    minThreads: Math.min(jobs, Math.max(1, tasks.length)),
    maxThreads: jobs,
    idleTimeout: 1_000,
  });
  try {
    await Promise.all(
      tasks.map(async (task, i) => {
        let outcome: RenderOutcome;
        try {
          outcome = await pool.run(task);
        } catch (error) {
          outcome = { ok: false, source: task.source, problem: describeError(error).message };
        }
        const failure = await settle(outcome, writers);
        if (failure) {
          failures.push(failure);
          progress.tick({ source: task.source, ok: false, detail: failure.problem });
          return;
        }
        if (!outcome.ok) return;
        for (const [format, ms] of Object.entries(outcome.renderMs)) {
          renderMs[format] = (renderMs[format] ?? 0) + ms;
        }
        rows[i] = outcome.row;
        const { department, fiscalYear } = outcome.row;
        progress.tick({ source: task.source, ok: true, detail: `${department} ${fiscalYear}` });
      }),
    );
  } finally {
    progress.stop();
    await pool.destroy();
    bundle?.dispose();
  }
  // Failures in input order (datasets from the server after the files).
  const order = new Map(sources.map((source, i) => [source, i]));
  failures.sort((a, b) => (order.get(a.source) ?? 0) - (order.get(b.source) ?? 0));
  const summary: BatchSummary = {
    rows: rows.filter((r): r is SummaryRow => r !== undefined),
    failures,
    elapsedMs: performance.now() - started,
  };
  const summaryFiles = [resolve(outDir, "summary.csv"), resolve(outDir, "summary.json")];
  await writeFilesAtomically([
    { path: summaryFiles[0] as string, content: summaryCsv(summary) },
    { path: summaryFiles[1] as string, content: summaryJson(summary) },
  ]);
  return { ...summary, summaryFiles, renderMs };
}

/** The tasks of a batch, the inputs that cannot be read, and every source in input order. */
export interface BatchTasks {
  tasks: RenderTask[];
  inputFailures: BatchFailure[];
  sources: string[];
}

/**
 * Turn a batch's inputs (DIR|FILE arguments, then inline datasets) into render tasks with
 * absolute paths: the same tasks go to worker threads ({@link runBatch}) or to the queue.
 * @example (await batchTasks({ inputs: ["synth"], formats: ["md"], outDir: "out" }, "/data")).tasks.length
 */
export async function batchTasks(
  options: Omit<RunBatchOptions, "jobs" | "progress">,
  cwd: string,
): Promise<BatchTasks> {
  const base = {
    formats: [...options.formats],
    outDir: resolve(cwd, options.outDir),
    framework: resolveFramework(options.framework ?? DEFAULT_FRAMEWORK_ID, cwd),
    ...(options.manual ? { manual: resolve(cwd, options.manual) } : {}),
    findings: options.findings ?? true,
  };
  const tasks: RenderTask[] = [];
  const inputFailures: BatchFailure[] = [];
  const expanded = await expandInputs(options.inputs ?? [], cwd);
  for (const input of expanded) {
    if ("problem" in input) inputFailures.push({ source: input.source, problem: input.problem });
    else tasks.push({ ...base, source: input.source, file: input.file });
  }
  for (const d of options.datasets ?? []) tasks.push({ ...base, source: d.source, json: d.json });
  const sources = [
    ...expanded.map((e) => e.source),
    ...(options.datasets ?? []).map((d) => d.source),
  ];
  return { tasks, inputFailures, sources };
}

/** A framework argument that names a file resolves against `cwd`; a built-in id stays as is. */
function resolveFramework(spec: string, cwd: string): string {
  return /[\\/]|\.json$/i.test(spec) ? resolve(cwd, spec) : spec;
}

/**
 * Write one outcome's files (atomically), or say why the dataset failed: a bad dataset, a
 * renderer that threw, a department-year another dataset of the batch already wrote, or a write
 * error. Returns the failure, or null when its report is written.
 */
async function settle(
  outcome: RenderOutcome,
  writers: Map<string, string>,
): Promise<BatchFailure | null> {
  if (!outcome.ok) return { source: outcome.source, problem: outcome.problem };
  const { row, outputs, formatFailures } = outcome;
  if (formatFailures.length > 0) {
    return {
      source: row.source,
      problem: `${row.source}: 报告未能生成 / could not render: ${formatFailures.join("; ")}`,
    };
  }
  const clash = outputs.map((o) => writers.get(o.path)).find((w) => w !== undefined);
  if (clash !== undefined) {
    return {
      source: row.source,
      problem: `${row.source}: 与 ${clash} 是同一部门同一年度（${row.department} ${row.fiscalYear}），未写入 / same department-year as ${clash}; not written`,
    };
  }
  for (const o of outputs) writers.set(o.path, row.source);
  try {
    await writeFilesAtomically(outputs as OutputFile[]);
  } catch (error) {
    return { source: row.source, problem: `${row.source}: ${describeError(error).message}` };
  }
  return null;
}
