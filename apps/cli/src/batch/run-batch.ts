import { availableParallelism } from "node:os";
import { relative, resolve } from "node:path";
import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import { Piscina } from "piscina";
import { ensureDirectory } from "../ensure-directory.ts";
import { CliError, describeError, ExitCode } from "../errors.ts";
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
  /**
   * Told, before any dataset starts, what the input folders held that is not read (sub-folders,
   * files not ending in .json; see expandInputs), when there is any.
   */
  onSkipped?: (skipped: readonly string[]) => void;
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
 * data; the returned failures say what went wrong. Before any dataset starts, the inputs are
 * listed and the out folder is made: bad usage or an unusable out folder fails at once and
 * writes nothing.
 * @throws CliError (exit 2) when an argument does not exist or no dataset is found.
 * @throws OutputError (exit 3) when the out folder cannot be made (e.g. a file is in the way),
 *   or summary.csv/summary.json cannot be written.
 * @example const r = await runBatch({ inputs: ["synth"], formats: ["docx", "xlsx"], outDir: "out", jobs: 2 }); r.failures.length === 0
 */
export async function runBatch(options: RunBatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const progress = options.progress ?? silentProgress;
  const failures: BatchFailure[] = [];
  const outDir = resolve(cwd, options.outDir);
  // Bad usage and an unusable out folder fail at once, before the worker code is compiled.
  const { tasks, inputFailures, sources, skipped, files } = await batchTasks(options, cwd);
  if (tasks.length + inputFailures.length === 0) {
    throw new CliError(
      `没有找到数据集（*.json） / no datasets (*.json) found in: ${(options.inputs ?? []).join(", ")}`,
      ExitCode.badInput,
    );
  }
  // An out folder that cannot be made (a file is in the way, no permission): exit 3 now.
  await ensureDirectory(outDir);
  if (skipped.length > 0) options.onSkipped?.(skipped);
  // The worker code, compiled once for this batch (null: tsx).
  const bundle = await buildWorkerBundle();

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
    ...(bundle ? { execArgv: bundle.execArgv } : {}),
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
  const written = relativeToOut(summary, outDir, files);
  await writeFilesAtomically([
    { path: summaryFiles[0] as string, content: summaryCsv(written) },
    { path: summaryFiles[1] as string, content: summaryJson(written) },
  ]);
  return { ...summary, summaryFiles, renderMs };
}

/** The tasks of a batch, the inputs that cannot be read, and every source in input order. */
export interface BatchTasks {
  tasks: RenderTask[];
  inputFailures: BatchFailure[];
  sources: string[];
  /** What the input folders held that is not read (sub-folders, files not ending in .json). */
  skipped: string[];
  /** The absolute path of each source that is a file (datasets from the server have none). */
  files: Map<string, string>;
}

/**
 * The summary as summary.csv and summary.json record it: every path relative to the out folder
 * (where the summary files are), so the folder can be moved or shared as a whole — `files` are
 * the reports' names (e.g. "桃江县自然资源局-2020-绩效评价报告.docx") and `source` the dataset's
 * path from there (e.g. "../data/0001-….json"); a dataset from the server keeps its
 * `server:<部门>-<年度>` name. Messages in `problem` keep the paths as given on the command line.
 */
export function relativeToOut(
  summary: BatchSummary,
  outDir: string,
  files: ReadonlyMap<string, string>,
): BatchSummary {
  const shown = (source: string) => {
    const file = files.get(source);
    return file === undefined ? source : relative(outDir, file);
  };
  return {
    ...summary,
    rows: summary.rows.map((r) => ({
      ...r,
      source: shown(r.source),
      files: r.files.map((f) => relative(outDir, f)),
    })),
    failures: summary.failures.map((f) => ({ ...f, source: shown(f.source) })),
  };
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
  const { inputs: expanded, skipped } = await expandInputs(options.inputs ?? [], cwd);
  const files = new Map<string, string>();
  for (const input of expanded) {
    if ("problem" in input) {
      inputFailures.push({ source: input.source, problem: input.problem });
      files.set(input.source, resolve(cwd, input.source));
    } else {
      tasks.push({ ...base, source: input.source, file: input.file });
      files.set(input.source, input.file);
    }
  }
  for (const d of options.datasets ?? []) tasks.push({ ...base, source: d.source, json: d.json });
  const sources = [
    ...expanded.map((e) => e.source),
    ...(options.datasets ?? []).map((d) => d.source),
  ];
  return { tasks, inputFailures, sources, skipped, files };
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
