import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { hostname } from "node:os";
import { resolve } from "node:path";
import PgBoss from "pg-boss";
import { Piscina } from "piscina";
import { CliError, describeError, ExitCode } from "../errors.ts";
import { parseDatasetText } from "../load-dataset.ts";
import { writeFilesAtomically } from "../output.ts";
import type { RenderOutcome, RenderTask } from "./render-dataset.ts";

/** The pg-boss queue that holds one job per dataset to report. */
export const REPORT_QUEUE = "jixiao-report";

/** The default PostgreSQL schema of the queue (pg-boss's tables and the completion records). */
export const DEFAULT_QUEUE_SCHEMA = "jixiao_queue";

/** Where the queue lives. */
export interface QueueConnection {
  /** postgres://user@host:port/database */
  databaseUrl: string;
  /** PostgreSQL schema for pg-boss and the completion records (letters, digits, _). */
  schema: string;
}

/** Retry and expiry of report jobs (pg-boss). */
export interface JobPolicy {
  /** A job active this long without completing is taken as crashed and retried (s). */
  expireInSeconds: number;
  /** How many times a failed or expired job is retried. */
  retryLimit: number;
  /** Seconds before a retry. */
  retryDelay: number;
}

/** 15 minutes per report, 5 retries 2 s apart. */
export const DEFAULT_JOB_POLICY: JobPolicy = { expireInSeconds: 900, retryLimit: 5, retryDelay: 2 };

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Open the queue: start pg-boss in `schema` (creating its tables on first use), create the
 * report queue and the completion-record table `<schema>.report_completion` (job id → files,
 * worker). `maintenanceIntervalSeconds` is how often this instance looks for expired jobs
 * (pg-boss supervision; 120 s by default, shorter in tests).
 * @throws CliError (exit 2) for a schema name that is not a plain identifier; pg-boss's own
 *   error (connection refused …) otherwise.
 */
export async function openQueue(
  connection: QueueConnection,
  options: { maintenanceIntervalSeconds?: number; supervise?: boolean } = {},
): Promise<PgBoss> {
  if (!SCHEMA_NAME.test(connection.schema)) {
    throw new CliError(
      `队列模式名无效 / invalid queue schema name: ${connection.schema}（只能用小写字母、数字和下划线 / lowercase letters, digits and _ only）`,
      ExitCode.badInput,
    );
  }
  const boss = new PgBoss({
    connectionString: connection.databaseUrl,
    schema: connection.schema,
    max: 4,
    supervise: options.supervise ?? true,
    ...(options.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
  });
  boss.on("error", () => {
    // Connection hiccups are retried by pg-boss; a job's own error is recorded on the job.
  });
  await boss.start();
  await boss.createQueue(REPORT_QUEUE);
  await boss
    .getDb()
    .executeSql(
      `CREATE TABLE IF NOT EXISTS ${connection.schema}.report_completion (job_id uuid PRIMARY KEY, source text NOT NULL, files jsonb NOT NULL, worker text NOT NULL, problem text, completed_on timestamptz NOT NULL DEFAULT now())`,
      [],
    );
  return boss;
}

/**
 * The job id of a report task: a UUID made from the SHA-256 of what the report depends on — the
 * dataset's JSON text, the formats, the out folder, the framework, the manual scores file and
 * whether findings are included. Enqueueing the same datasets again gives the same ids, so
 * pg-boss's insert (ON CONFLICT DO NOTHING) leaves the queue as it was and no report is
 * rendered twice; a changed dataset or option is a new job.
 * @example reportJobId({ source: "a.json", json: "{…}", formats: ["md"], outDir: "/out", framework: "hunan-county-2020", findings: true })
 */
export function reportJobId(task: RenderTask & { json: string }): string {
  const hex = createHash("sha256")
    .update(
      JSON.stringify([
        task.json,
        task.formats,
        task.outDir,
        task.framework,
        task.manual ?? null,
        task.findings,
      ]),
    )
    .digest("hex");
  // Shaped as an RFC 9562 UUID (version 8: custom), as pg-boss's uuid column wants.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What {@link enqueueReports} did with each task. */
export interface EnqueueResult {
  /** Ids of the jobs enqueued now, in task order. */
  jobIds: string[];
  /** Sources whose job (same dataset and options) is already queued or done: not enqueued again. */
  alreadyQueued: string[];
  /** Datasets that cannot be read or are invalid (core's schema), with the problem: not enqueued. */
  unreadable: { source: string; problem: string }[];
}

/**
 * Enqueue one report job per task. File datasets are read here and sent as JSON text, so that
 * workers on other machines need no access to the files (only to the output folder). Each
 * dataset is validated with core's schema first, as the local batch does: one that cannot be
 * read, is not JSON or is not a valid dataset is returned in `unreadable` and not enqueued.
 * Each job's id is {@link reportJobId}: a job whose id is already in the queue (waiting, active,
 * completed or archived) or recorded as complete is counted in `alreadyQueued` and not enqueued
 * again, so enqueueing the same folder twice is harmless.
 * @example await enqueueReports(boss, "jixiao_queue", tasks) // { jobIds: ["0c1…", …], alreadyQueued: [], unreadable: [] }
 */
export async function enqueueReports(
  boss: PgBoss,
  schema: string,
  tasks: readonly RenderTask[],
  policy: JobPolicy = DEFAULT_JOB_POLICY,
): Promise<EnqueueResult> {
  const unreadable: { source: string; problem: string }[] = [];
  const entries: { source: string; job: PgBoss.JobInsert<RenderTask> & { id: string } }[] = [];
  for (const task of tasks) {
    let json = task.json;
    try {
      if (json === undefined && task.file !== undefined) json = await readFile(task.file, "utf8");
      parseDatasetText(json ?? "", task.source);
    } catch (error) {
      const { message } = describeError(error);
      unreadable.push({
        source: task.source,
        problem: message.startsWith(task.source) ? message : `${task.source}: ${message}`,
      });
      continue;
    }
    const { file: _file, ...rest } = task;
    const data = { ...rest, json: json ?? "" };
    const id = reportJobId(data);
    entries.push({ source: task.source, job: { id, name: REPORT_QUEUE, data, ...policy } });
  }
  const known = await knownJobIds(
    boss,
    schema,
    entries.map((e) => e.job.id),
  );
  const fresh: PgBoss.JobInsert<RenderTask>[] = [];
  const jobIds: string[] = [];
  const alreadyQueued: string[] = [];
  for (const { source, job } of entries) {
    // Already in the queue or done, or the same dataset given twice in this run.
    if (known.has(job.id)) {
      alreadyQueued.push(source);
      continue;
    }
    known.add(job.id);
    fresh.push(job);
    jobIds.push(job.id);
  }
  // Insert in chunks: one round trip per 200 jobs, not per job.
  for (let i = 0; i < fresh.length; i += 200) await boss.insert(fresh.slice(i, i + 200));
  return { jobIds, alreadyQueued, unreadable };
}

/** Which of `ids` the queue already holds (job or archive table) or has recorded as complete. */
async function knownJobIds(boss: PgBoss, schema: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await boss.getDb().executeSql(
    `SELECT id FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[])
     UNION SELECT id FROM ${schema}.archive WHERE name = $1 AND id = ANY($2::uuid[])
     UNION SELECT job_id FROM ${schema}.report_completion WHERE job_id = ANY($2::uuid[])`,
    [REPORT_QUEUE, ids],
  );
  return new Set(rows.map((r) => String((r as { id: string }).id)));
}

/** What happened to one job in a worker. */
export interface WorkerEvent {
  /** skipped: already complete; superseded: expired while rendering and taken by another attempt. */
  kind: "started" | "completed" | "skipped" | "superseded" | "failed";
  jobId: string;
  source: string;
  /** Files written (completed), or the problem (failed). */
  detail: string;
}

/** Options of {@link runQueueWorker}. */
export interface QueueWorkerOptions {
  connection: QueueConnection;
  /** Jobs rendered at once (worker threads); 1 by default. */
  concurrency?: number;
  /** Write reports here instead of the folder each job names. */
  outDir?: string;
  /** Stop once no job is waiting, retrying or active (for scripts and tests). */
  exitWhenDone?: boolean;
  /** pg-boss supervision interval (s): how soon a crashed worker's job is seen as expired. */
  maintenanceIntervalSeconds?: number;
  onEvent?: (event: WorkerEvent) => void;
  /** Stop gracefully when aborted (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

/** Counts of one worker's run. */
export interface QueueWorkerResult {
  completed: number;
  skipped: number;
  failed: number;
}

const WORKER_ENTRY = new URL("./worker-entry.mjs", import.meta.url).href;

/**
 * `jixiao worker`: take report jobs from the queue and render them on worker threads until
 * stopped (or, with `exitWhenDone`, until the queue is empty). Exactly once per job:
 * 1. a job whose completion is already recorded (`<schema>.report_completion`) is not rendered
 *    again — a worker that crashed after writing but before pg-boss heard of it left it complete;
 * 2. reports are written atomically (temporary file + rename), so a crash never leaves half a file;
 * 3. the completion record is inserted once (primary key on the job id), after the files; an
 *    attempt that expired while rendering and was retried elsewhere does not write at all;
 * 4. a job whose worker died stays active until it expires, and pg-boss retries it elsewhere;
 *    jobs are fetched and completed by hand (not `work()`), so a stale attempt neither completes
 *    nor fails the retried one.
 * A bad dataset completes its job with the problem in the completion record (no retry helps bad
 * data); a worker thread that throws fails the job, and pg-boss retries it.
 * @example await runQueueWorker({ connection: { databaseUrl, schema: "jixiao_queue" }, concurrency: 2 })
 */
export async function runQueueWorker(options: QueueWorkerOptions): Promise<QueueWorkerResult> {
  const { connection } = options;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const boss = await openQueue(connection, {
    ...(options.maintenanceIntervalSeconds
      ? { maintenanceIntervalSeconds: options.maintenanceIntervalSeconds }
      : {}),
  });
  const db = boss.getDb();
  const worker = `${hostname()}:${process.pid}`;
  const pool = new Piscina<RenderTask, RenderOutcome>({
    filename: WORKER_ENTRY,
    minThreads: concurrency,
    maxThreads: concurrency,
  });
  const result: QueueWorkerResult = { completed: 0, skipped: 0, failed: 0 };
  const emit = (event: WorkerEvent) => options.onEvent?.(event);

  /** Whether this attempt still owns the job: active, and not re-fetched after expiring. */
  const stillOwned = async (job: PgBoss.JobWithMetadata<RenderTask>): Promise<boolean> => {
    const { rows } = await db.executeSql(
      `SELECT state, retry_count FROM ${connection.schema}.job WHERE name = $1 AND id = $2`,
      [REPORT_QUEUE, job.id],
    );
    const row = rows[0] as { state: string; retry_count: number } | undefined;
    return row?.state === "active" && row.retry_count === job.retryCount;
  };

  /**
   * Render one job and say whether to complete it: false when this attempt expired while
   * rendering and was taken by another (that attempt completes it; completing or failing it
   * here would end the other attempt's job).
   */
  const handle = async (job: PgBoss.JobWithMetadata<RenderTask>): Promise<boolean> => {
    const task: RenderTask = options.outDir
      ? { ...job.data, outDir: resolve(options.outDir) }
      : job.data;
    const done = await db.executeSql(
      `SELECT 1 FROM ${connection.schema}.report_completion WHERE job_id = $1`,
      [job.id],
    );
    if (done.rows.length > 0) {
      result.skipped += 1;
      emit({
        kind: "skipped",
        jobId: job.id,
        source: task.source,
        detail: "已完成 / already complete",
      });
      return stillOwned(job);
    }
    emit({ kind: "started", jobId: job.id, source: task.source, detail: "" });
    const outcome = await pool.run(task);
    // Expired while rendering, and already retried elsewhere: leave the job to that attempt.
    if (!(await stillOwned(job))) {
      emit({ kind: "superseded", jobId: job.id, source: task.source, detail: "" });
      return false;
    }
    if (!outcome.ok || outcome.formatFailures.length > 0) {
      const problem = outcome.ok
        ? `${task.source}: ${outcome.formatFailures.join("; ")}`
        : outcome.problem;
      result.failed += 1;
      emit({ kind: "failed", jobId: job.id, source: task.source, detail: problem });
      // Bad data will not get better on retry: the job completes with its problem recorded.
      await db.executeSql(
        `INSERT INTO ${connection.schema}.report_completion (job_id, source, files, worker, problem) VALUES ($1, $2, '[]', $3, $4) ON CONFLICT (job_id) DO NOTHING`,
        [job.id, task.source, worker, problem],
      );
      return true;
    }
    await writeFilesAtomically(outcome.outputs);
    const files = outcome.outputs.map((o) => o.path);
    await db.executeSql(
      `INSERT INTO ${connection.schema}.report_completion (job_id, source, files, worker) VALUES ($1, $2, $3, $4) ON CONFLICT (job_id) DO NOTHING`,
      [job.id, task.source, JSON.stringify(files), worker],
    );
    result.completed += 1;
    emit({ kind: "completed", jobId: job.id, source: task.source, detail: files.join(", ") });
    return true;
  };

  let stopping = false;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** One fetch → render → complete loop; `concurrency` of them run side by side. */
  const loop = async (): Promise<void> => {
    while (!stopping) {
      let job: PgBoss.JobWithMetadata<RenderTask> | undefined;
      try {
        [job] =
          (await boss.fetch<RenderTask>(REPORT_QUEUE, { batchSize: 1, includeMetadata: true })) ??
          [];
      } catch {
        await pause(1_000); // the database is briefly unreachable: try again
        continue;
      }
      if (!job) {
        await pause(500);
        continue;
      }
      try {
        if (await handle(job)) await boss.complete(REPORT_QUEUE, job.id);
      } catch (error) {
        // A crash of the render thread or a write error: fail this attempt; pg-boss retries it.
        if (await stillOwned(job).catch(() => false)) {
          await boss.fail(REPORT_QUEUE, job.id, { message: describeError(error).message });
        }
      }
    }
  };

  try {
    const loops = Array.from({ length: concurrency }, loop);
    await new Promise<void>((resolveWait) => {
      const stop = () => {
        clearInterval(timer);
        resolveWait();
      };
      options.signal?.addEventListener("abort", stop, { once: true });
      const timer = setInterval(async () => {
        if (!options.exitWhenDone) return;
        try {
          const left = await boss.getQueueSize(REPORT_QUEUE, { before: "completed" });
          if (left === 0) stop();
        } catch {
          // The database is briefly unreachable: look again at the next tick.
        }
      }, 500);
    });
    stopping = true;
    // Graceful: each loop finishes the job in hand.
    await Promise.all(loops);
  } finally {
    stopping = true;
    await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    await pool.destroy();
  }
  return result;
}
