import { Command } from "commander";
import { z } from "zod";
import { queueDatabaseUrl } from "../batch/queue-url.ts";
import { CliError, ExitCode } from "../errors.ts";
import type { CliContext } from "./types.ts";

/** The options of `jixiao worker`, validated. */
export const WorkerOptions = z.object({
  concurrency: z.coerce
    .number()
    .int({
      error: "--concurrency 应为 1 到 64 的整数 / --concurrency must be a whole number 1 … 64",
    })
    .min(1, {
      error: "--concurrency 应为 1 到 64 的整数 / --concurrency must be a whole number 1 … 64",
    })
    .max(64, {
      error: "--concurrency 应为 1 到 64 的整数 / --concurrency must be a whole number 1 … 64",
    }),
  databaseUrl: z.string().min(1).optional(),
  queueSchema: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, {
      error:
        "--queue-schema 只能用小写字母、数字和下划线 / --queue-schema: lowercase letters, digits and _ only",
    })
    .optional(),
  out: z.string().min(1).optional(),
  exitWhenDone: z.boolean().optional(),
  maintenanceSeconds: z.coerce
    .number()
    .int({
      error:
        "--maintenance-seconds 应为秒数（≥1） / --maintenance-seconds must be whole seconds ≥ 1",
    })
    .min(1, {
      error:
        "--maintenance-seconds 应为秒数（≥1） / --maintenance-seconds must be whole seconds ≥ 1",
    })
    .optional(),
});

/**
 * `jixiao worker [--concurrency N]`: render the report jobs that `jixiao report --queue`
 * enqueued (pg-boss in PostgreSQL), on any number of machines at once. Each job is rendered once:
 * outputs are written atomically, the completion is recorded per job id, and a crashed worker's
 * job is retried by another after it expires. Runs until SIGINT/SIGTERM (finishing its jobs), or
 * with --exit-when-done until the queue is empty. Prints one line per job on standard error.
 */
export function workerCommand(context: CliContext): Command {
  return new Command("worker")
    .summary("队列工作进程 / render queued reports")
    .description(
      "从 PostgreSQL 队列（pg-boss）领取报告任务并生成；可在多台机器上同时运行，崩溃的任务超时后由其他进程重试，每个报告只写一次。\n" +
        "Take report jobs from the PostgreSQL queue (pg-boss) and render them; run on any number of machines. A crashed worker's job is retried after it expires; each report is written once.",
    )
    .option(
      "-c, --concurrency <n>",
      "同时生成的报告数（线程） / reports rendered at once (threads)",
      "1",
    )
    .option(
      "--database-url <url>",
      "队列数据库（默认 DATABASE_URL） / queue database (default: DATABASE_URL)",
    )
    .option("--queue-schema <name>", "队列所在模式 / queue schema (default: jixiao_queue)")
    .option(
      "-o, --out <dir>",
      "写到此目录而非任务所指目录 / write here instead of each job's folder",
    )
    .option("--exit-when-done", "队列为空时退出 / exit once the queue is empty")
    .option(
      "--maintenance-seconds <n>",
      "多久检查一次超时任务（默认120） / how often to look for expired jobs (default 120)",
    )
    .action(async (raw: Record<string, unknown>) => {
      const { io } = context;
      const parsed = WorkerOptions.safeParse(raw);
      if (!parsed.success) {
        const lines = parsed.error.issues.map(
          (i) => `  --${String(i.path[0])}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`,
        );
        throw new CliError(`选项无效 / invalid options:\n${lines.join("\n")}`, ExitCode.badInput);
      }
      const options = parsed.data;
      // pg-boss and worker threads load only when a worker runs.
      const { DEFAULT_QUEUE_SCHEMA, runQueueWorker } = await import("../batch/queue.ts");
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      try {
        const result = await runQueueWorker({
          connection: {
            databaseUrl: queueDatabaseUrl(options.databaseUrl),
            schema: options.queueSchema ?? DEFAULT_QUEUE_SCHEMA,
          },
          concurrency: options.concurrency,
          ...(options.out ? { outDir: options.out } : {}),
          exitWhenDone: options.exitWhenDone ?? false,
          ...(options.maintenanceSeconds
            ? { maintenanceIntervalSeconds: options.maintenanceSeconds }
            : {}),
          signal: controller.signal,
          onEvent: (e) => {
            const label = {
              started: "开始 / started",
              completed: "完成 / done",
              skipped: "已完成，跳过 / already done, skipped",
              superseded: "已超时由他人重做，未写入 / expired and retried elsewhere, not written",
              failed: "失败 / failed",
            }[e.kind];
            io.stderr(`${label} ${e.jobId} ${e.source}${e.detail ? ` — ${e.detail}` : ""}\n`);
          },
        });
        io.stdout(
          `完成 / done ${result.completed}, 跳过 / skipped ${result.skipped}, 失败 / failed ${result.failed}\n`,
        );
        context.exitCode = result.failed > 0 ? ExitCode.findings : ExitCode.ok;
      } finally {
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
      }
    });
}
