import { z } from "zod";
import { loadFramework, loadManualScores } from "../commands/score.ts";
import type { CliContext } from "../commands/types.ts";
import { CliError, ExitCode } from "../errors.ts";
import { parseFormats } from "../report-formats.ts";
import { shownPath } from "../shown-path.ts";
import { skippedNote } from "./expand-inputs.ts";
import { batchProgress } from "./progress.ts";
import { pullDatasets } from "./pull-datasets.ts";
import { DEFAULT_JOB_POLICY, DEFAULT_QUEUE_SCHEMA, enqueueReports, openQueue } from "./queue.ts";
import { queueDatabaseUrl } from "./queue-url.ts";
import { batchTasks, type InlineDataset, runBatch } from "./run-batch.ts";
import { formatSummaryTable } from "./summary.ts";

/** The batch options of `jixiao report` (as commander hands them over), validated. */
export const BatchOptions = z.object({
  jobs: z.coerce
    .number({ error: "--jobs 应为 1 到 64 的整数 / --jobs must be a whole number 1 … 64" })
    .int({ error: "--jobs 应为 1 到 64 的整数 / --jobs must be a whole number 1 … 64" })
    .min(1, { error: "--jobs 应为 1 到 64 的整数 / --jobs must be a whole number 1 … 64" })
    .max(64, { error: "--jobs 应为 1 到 64 的整数 / --jobs must be a whole number 1 … 64" })
    .optional(),
  from: z.url({ error: "--from 应为服务器地址 / --from must be the server's URL" }).optional(),
  token: z.string().min(1).optional(),
  queue: z.boolean().optional(),
  databaseUrl: z.string().min(1).optional(),
  queueSchema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, {
      error:
        "--queue-schema 只能用小写字母、数字和下划线 / --queue-schema: lowercase letters, digits and _ only",
    })
    .optional(),
  jobExpiry: z.coerce
    .number()
    .int({ error: "--job-expiry 应为秒数（≥1） / --job-expiry must be whole seconds ≥ 1" })
    .min(1, { error: "--job-expiry 应为秒数（≥1） / --job-expiry must be whole seconds ≥ 1" })
    .optional(),
  year: z.coerce
    .number({ error: "--year 应为年度 / --year must be a fiscal year" })
    .int({ error: "--year 应为年度 / --year must be a fiscal year" })
    .min(2000, { error: "--year 应为年度 / --year must be a fiscal year" })
    .max(2100, { error: "--year 应为年度 / --year must be a fiscal year" })
    .optional(),
});
export type BatchOptions = z.infer<typeof BatchOptions>;

/**
 * Validate the batch options.
 * @throws CliError (exit 2) naming each bad option and value, in Chinese and English.
 * @example parseBatchOptions({ jobs: "2" }).jobs === 2
 */
export function parseBatchOptions(raw: Record<string, unknown>): BatchOptions {
  const result = BatchOptions.safeParse(raw);
  if (result.success) {
    if (result.data.from && !result.data.token) {
      throw new CliError(
        "--from 需要 --token / --from needs --token (the API token)",
        ExitCode.badInput,
      );
    }
    return result.data;
  }
  const lines = result.error.issues.map(
    (i) => `  --${i.path.join(".")}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`,
  );
  throw new CliError(`选项无效 / invalid options:\n${lines.join("\n")}`, ExitCode.badInput);
}

/** Settings shared with the single run: formats, out, framework, manual, findings. */
export interface ReportSettings {
  format: string;
  out: string;
  framework: string;
  manual?: string;
  findings: boolean;
}

/**
 * `jixiao report DIR|FILE… --format … --out DIR [--jobs N]` as a batch: every dataset on worker
 * threads with progress, a bad dataset reported and skipped, then the summary table, the
 * failures, and summary.csv / summary.json in the out folder. Sets the exit code: 0 all reported,
 * 1 some failed; bad usage throws CliError (exit 2).
 */
export async function runBatchCommand(
  context: CliContext,
  files: readonly string[],
  settings: ReportSettings,
  raw: Record<string, unknown>,
  pull: (options: BatchOptions) => Promise<InlineDataset[]> = (o) =>
    pullDatasets(o.from ?? "", o.token ?? "", o.year),
): Promise<void> {
  const { io } = context;
  const options = parseBatchOptions(raw);
  const formats = parseFormats(settings.format);
  // Bad usage fails before any work: an unknown framework or manual scores that do not fit it.
  const framework = await loadFramework(settings.framework, io.cwd);
  if (settings.manual) await loadManualScores(settings.manual, framework, io.cwd);
  const datasets = options.from ? await pull(options) : [];
  if (options.from && datasets.length === 0 && files.length === 0) {
    throw new CliError(
      `服务器上没有可读的数据集${options.year ? `（${options.year}年度）` : ""} / the server has no dataset this token may read${options.year ? ` for ${options.year}` : ""}: ${options.from}`,
      ExitCode.badInput,
    );
  }
  if (files.length === 0 && datasets.length === 0) {
    throw new CliError(
      "批量生成需要数据集文件或目录 / a batch needs dataset files or folders (DIR|FILE…)",
      ExitCode.badInput,
    );
  }
  if (options.queue) {
    await enqueueCommand(context, files, settings, options, datasets);
    return;
  }
  const result = await runBatch({
    inputs: files,
    datasets,
    cwd: io.cwd,
    formats,
    outDir: settings.out,
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
    framework: settings.framework,
    ...(settings.manual ? { manual: settings.manual } : {}),
    findings: settings.findings,
    progress: batchProgress(io, io.terminal),
    onSkipped: (skipped) => io.stderr(skippedNote(skipped)),
  });
  const total = result.rows.length + result.failures.length;
  if (result.rows.length > 0) io.stdout(`${formatSummaryTable(result.rows)}\n`);
  if (result.failures.length > 0) {
    io.stdout(`\n失败 / failed (${result.failures.length}):\n`);
    for (const f of result.failures) io.stdout(`  ${f.problem.replaceAll("\n", "\n    ")}\n`);
  }
  const seconds = String(Math.round(result.elapsedMs / 100) / 10);
  io.stdout(
    `\n已生成 / reported ${result.rows.length}/${total} 个数据集 / datasets in ${seconds} s; ` +
      `汇总 / summary: ${result.summaryFiles.map((p) => shownPath(p, io.cwd)).join(", ")}\n`,
  );
  // 1: the batch finished but some datasets failed (listed above and in summary.csv).
  context.exitCode = result.failures.length > 0 ? ExitCode.findings : ExitCode.ok;
}

/**
 * `jixiao report DIR|FILE… --queue`: enqueue one pg-boss job per dataset (its JSON travels in
 * the job) for `jixiao worker` processes to render. Each dataset is validated first (core's
 * schema); a job already queued for the same dataset and options is skipped and counted. Exit 0
 * when every dataset was enqueued or already queued, 1 when some could not be read or are
 * invalid (listed).
 */
async function enqueueCommand(
  context: CliContext,
  files: readonly string[],
  settings: ReportSettings,
  options: BatchOptions,
  datasets: InlineDataset[],
): Promise<void> {
  const { io } = context;
  const connection = {
    databaseUrl: queueDatabaseUrl(options.databaseUrl),
    schema: options.queueSchema ?? DEFAULT_QUEUE_SCHEMA,
  };
  const { tasks, inputFailures, skipped } = await batchTasks(
    {
      inputs: files,
      datasets,
      formats: parseFormats(settings.format),
      outDir: settings.out,
      framework: settings.framework,
      ...(settings.manual ? { manual: settings.manual } : {}),
      findings: settings.findings,
    },
    io.cwd,
  );
  if (tasks.length === 0 && inputFailures.length === 0) {
    throw new CliError(
      `没有找到数据集（*.json） / no datasets (*.json) found in: ${files.join(", ")}`,
      ExitCode.badInput,
    );
  }
  io.stderr(skippedNote(skipped));
  const boss = await openQueue(connection, { supervise: false });
  try {
    const policy = {
      ...DEFAULT_JOB_POLICY,
      ...(options.jobExpiry ? { expireInSeconds: options.jobExpiry } : {}),
    };
    const { jobIds, alreadyQueued, unreadable } = await enqueueReports(
      boss,
      connection.schema,
      tasks,
      policy,
    );
    const failed = [...inputFailures, ...unreadable];
    io.stdout(
      `已入队 / enqueued ${jobIds.length} 个报告任务 / report jobs (${connection.schema}); 用 jixiao worker 生成 / run jixiao worker to render them\n`,
    );
    if (alreadyQueued.length > 0) {
      io.stdout(
        `已在队列中，跳过 / skipped, already queued: ${alreadyQueued.length} 个 / jobs (同一数据集与选项 / same dataset and options)\n`,
      );
    }
    if (failed.length > 0) io.stdout(`\n失败 / failed (${failed.length}):\n`);
    for (const f of failed) io.stdout(`  ${f.problem.replaceAll("\n", "\n    ")}\n`);
    context.exitCode = failed.length > 0 ? ExitCode.findings : ExitCode.ok;
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
