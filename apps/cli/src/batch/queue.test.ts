import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { synthesizeDatasets } from "@jixiao/synth";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir } from "../test-fixtures.ts";
import { openQueue, REPORT_QUEUE } from "./queue.ts";

const DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";
const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const REPO = fileURLToPath(new URL("../../../../", import.meta.url));

/** A `jixiao worker` process against `schema`, its standard error collected. */
function startWorker(schema: string): { child: ChildProcess; stderr: () => string } {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      MAIN,
      "worker",
      "--database-url",
      DATABASE_URL,
      "--queue-schema",
      schema,
      "--exit-when-done",
      "--maintenance-seconds",
      "1",
    ],
    { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] },
  );
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  child.stdout?.resume();
  return { child, stderr: () => err };
}

/** Resolve when `check` is true (polled every 100 ms). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 100));
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

/** Remove the test's queue schema, whatever happened. */
async function dropSchema(schema: string): Promise<void> {
  const boss = await openQueue({ databaseUrl: DATABASE_URL, schema }, { supervise: false });
  try {
    await boss.getDb().executeSql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`, []);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

describe("report --queue and jixiao worker (pg-boss on the local PostgreSQL)", () => {
  it("two workers, one SIGKILLed mid-job: every report is written exactly once", async () => {
    const schema = `jx_queue_test_${randomBytes(4).toString("hex")}`;
    await withTempDir(async (dir) => {
      const data = join(dir, "data");
      await mkdir(data);
      const { datasets } = synthesizeDatasets({ count: 12, seed: 12, projectCount: 3 });
      for (const d of datasets) await writeFile(join(data, d.file), JSON.stringify(d.dataset));
      const io = captureIo(dir);
      const args = ["--database-url", DATABASE_URL, "--queue-schema", schema];
      const enqueue = ["report", "data", "--queue", ...args, "--format", "md", "--out", "out"];
      expect(await run([...enqueue, "--job-expiry", "10"], io)).toBe(0);
      expect(io.stdoutText()).toContain("已入队 / enqueued 12 个报告任务");

      const a = startWorker(schema);
      const b = startWorker(schema);
      try {
        // Kill A while it renders its first job: that job stays active until it expires.
        await until(() => a.stderr().includes("开始 / started"));
        a.child.kill("SIGKILL");
        const killedJob = /开始 \/ started ([0-9a-f-]{36})/.exec(a.stderr())?.[1];
        expect(await exited(b.child)).toBe(0);

        const names = await readdir(join(dir, "out"));
        expect(names.filter((n) => n.endsWith(".md"))).toHaveLength(12);
        expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
        const expected = datasets
          .map(
            (d) =>
              `${d.dataset.department.name}-${d.dataset.department.fiscalYear}-绩效评价报告.md`,
          )
          .sort();
        expect(names.sort()).toEqual(expected);

        const boss = await openQueue({ databaseUrl: DATABASE_URL, schema }, { supervise: false });
        try {
          const db = boss.getDb();
          const done = await db.executeSql(
            `SELECT job_id, worker, files, problem FROM ${schema}.report_completion`,
            [],
          );
          expect(done.rows).toHaveLength(12);
          expect(new Set(done.rows.map((r) => r.job_id)).size).toBe(12);
          expect(done.rows.every((r) => r.problem === null && r.files.length === 1)).toBe(true);
          const jobs = await db.executeSql(
            `SELECT id, state, retry_count FROM ${schema}.job WHERE name = $1`,
            [REPORT_QUEUE],
          );
          expect(jobs.rows.map((r) => r.state)).toEqual(new Array(12).fill("completed"));
          // The killed worker's job was retried and completed by the survivor.
          const killed = jobs.rows.find((r) => r.id === killedJob);
          expect(killed?.retry_count).toBeGreaterThanOrEqual(1);
          const record = done.rows.find((r) => r.job_id === killedJob);
          expect(record?.worker).toMatch(new RegExp(`:${b.child.pid}$`));
        } finally {
          await boss.stop({ graceful: false, wait: true });
        }
      } finally {
        a.child.kill("SIGKILL");
        b.child.kill("SIGKILL");
        await dropSchema(schema);
      }
    });
  }, 90_000);

  it("re-enqueueing the same datasets is harmless (skipped / already queued); invalid datasets are not enqueued (exit 1)", async () => {
    const schema = `jx_queue_test_${randomBytes(4).toString("hex")}`;
    await withTempDir(async (dir) => {
      const data = join(dir, "data");
      await mkdir(data);
      const { datasets } = synthesizeDatasets({ count: 3, seed: 31, projectCount: 3 });
      for (const d of datasets) await writeFile(join(data, d.file), JSON.stringify(d.dataset));
      await writeFile(join(data, "zz-syntax.json"), '{"schemaVersion": 1,');
      const bad = structuredClone(datasets[0]?.dataset) as { projects: { budget: string }[] };
      if (bad.projects[0]) bad.projects[0].budget = "12万";
      await writeFile(join(data, "zz-invalid.json"), JSON.stringify(bad));
      const enqueue = [
        "report",
        "data",
        "--queue",
        "--database-url",
        DATABASE_URL,
        "--queue-schema",
        schema,
        "--format",
        "md",
        "--out",
        "out",
      ];
      try {
        const io = captureIo(dir);
        expect(await run(enqueue, io)).toBe(1);
        expect(io.stdoutText()).toContain("已入队 / enqueued 3 个报告任务");
        expect(io.stdoutText()).toContain("失败 / failed (2):");
        expect(io.stdoutText()).toContain(
          `${join("data", "zz-invalid.json")}: 数据集无效 / invalid dataset`,
        );
        expect(io.stdoutText()).toContain("projects[0].budget: “12万”不是金额");
        expect(io.stdoutText()).toContain(`${join("data", "zz-syntax.json")}:1:`);

        const again = captureIo(dir);
        expect(await run(enqueue, again)).toBe(1);
        expect(again.stdoutText()).toContain("已入队 / enqueued 0 个报告任务");
        expect(again.stdoutText()).toContain("已在队列中，跳过 / skipped, already queued: 3 个");

        const boss = await openQueue({ databaseUrl: DATABASE_URL, schema }, { supervise: false });
        try {
          const jobs = await boss
            .getDb()
            .executeSql(`SELECT data->>'source' AS source FROM ${schema}.job WHERE name = $1`, [
              REPORT_QUEUE,
            ]);
          expect(jobs.rows.map((r) => r.source).sort()).toEqual(
            datasets.map((d) => join("data", d.file)).sort(),
          );
        } finally {
          await boss.stop({ graceful: false, wait: true });
        }
        // Another format is another report: enqueued.
        const other = captureIo(dir);
        await run([...enqueue.slice(0, -4), "--format", "html", "--out", "out"], other);
        expect(other.stdoutText()).toContain("已入队 / enqueued 3 个报告任务");
      } finally {
        await dropSchema(schema);
      }
    });
  }, 60_000);

  it("a queue schema that is not a plain identifier is bad usage (exit 2, bilingual)", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["worker", "--queue-schema", "Bad-Name"], io)).toBe(2);
      expect(io.stderrText()).toContain("--queue-schema 只能用小写字母、数字和下划线");
    });
  });
});
