import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { synthesizeDatasets } from "@jixiao/synth";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir } from "../test-fixtures.ts";
import { runBatch } from "./run-batch.ts";

/** Write `count` small generated datasets (4 projects each) into `dir`; return their names. */
async function writeSynth(dir: string, count: number): Promise<string[]> {
  const { datasets, manifest } = synthesizeDatasets({ count, seed: 21, projectCount: 4 });
  for (const d of datasets) await writeFile(join(dir, d.file), JSON.stringify(d.dataset));
  await writeFile(join(dir, "manifest.json"), JSON.stringify(manifest));
  return datasets.map((d) => d.dataset.department.name);
}

describe("runBatch", () => {
  it("renders every dataset of a folder on worker threads, skips and reports a bad one, writes the summaries", async () => {
    await withTempDir(async (dir) => {
      const data = join(dir, "data");
      await import("node:fs/promises").then((fs) => fs.mkdir(data));
      const names = await writeSynth(data, 5);
      // A deliberately broken dataset: a project budget that is not an amount, and bad JSON.
      const broken = synthesizeDatasets({ count: 1, seed: 99, projectCount: 3 }).datasets[0];
      const bad = structuredClone(broken?.dataset) as { projects: { budget: string }[] };
      if (bad.projects[1]) bad.projects[1].budget = "12万";
      await writeFile(join(data, "0000-broken.json"), JSON.stringify(bad));
      await writeFile(join(data, "0000-syntax.json"), '{"schemaVersion": 1,');

      const result = await runBatch({
        inputs: ["data"],
        cwd: dir,
        formats: ["md", "xlsx"],
        outDir: "out",
        jobs: 2,
      });

      expect(result.rows.map((r) => r.department)).toEqual(names);
      expect(result.failures.map((f) => f.source)).toEqual([
        join("data", "0000-broken.json"),
        join("data", "0000-syntax.json"),
      ]);
      expect(result.failures[0]?.problem).toContain("projects[1].budget: “12万”不是金额");
      expect(result.failures[1]?.problem).toContain("JSON 语法错误");
      const written = (await readdir(join(dir, "out"))).sort();
      expect(written).toHaveLength(5 * 2 + 2);
      expect(written).toContain("summary.csv");
      expect(written).toContain(`${names[0]}-${result.rows[0]?.fiscalYear}-绩效评价报告.xlsx`);
      expect(result.renderMs.md).toBeGreaterThan(0);

      const csv = (await readFile(join(dir, "out", "summary.csv"), "utf8")).split("\r\n");
      expect(csv[0]).toBe(
        "\uFEFFsource,department,fiscalYear,score,provisional,grade,errors,warnings,info,files,status,problem",
      );
      expect(csv).toHaveLength(1 + 5 + 2 + 1);
      // Every path relative to the out folder: the dataset from there, the reports by name.
      const report = `${names[0]}-${result.rows[0]?.fiscalYear}-绩效评价报告`;
      expect(csv[1]).toMatch(
        new RegExp(
          `^\\.\\./data/0001-[^,]*,${names[0]},\\d{4},\\d+\\.\\d{2},true,,0,0,\\d+,${report}\\.md;${report}\\.xlsx,ok,$`,
        ),
      );
      expect(csv.at(-2)).toMatch(
        /^\.\.\/data\/0000-syntax\.json,,,,,,,,,,failed,"data\/0000-syntax\.json:/,
      );
      const json = JSON.parse(await readFile(join(dir, "out", "summary.json"), "utf8"));
      expect(json.counts).toEqual({ reports: 5, failures: 2 });
      expect(json.reports[0].source).toMatch(/^\.\.\/data\/0001-/);
      expect(json.reports[0].files).toEqual([`${report}.md`, `${report}.xlsx`]);
      expect(json.failures[0].source).toBe("../data/0000-broken.json");
      // The result keeps absolute report paths for library callers.
      expect(result.rows[0]?.files[0]).toBe(join(dir, "out", `${report}.md`));
      expect(json.reports[0].findings).toEqual({ error: 0, warning: 0, info: 0 });
      expect(typeof json.reports[0].score).toBe("string");
    });
  }, 180_000);

  it("a second dataset of the same department-year is a failure, not an overwrite", async () => {
    await withTempDir(async (dir) => {
      const { datasets } = synthesizeDatasets({ count: 1, seed: 5, projectCount: 3 });
      const json = JSON.stringify(datasets[0]?.dataset);
      await writeFile(join(dir, "a.json"), json);
      await writeFile(join(dir, "b.json"), json);
      const result = await runBatch({
        inputs: ["a.json", "b.json"],
        cwd: dir,
        formats: ["md"],
        outDir: "out",
        jobs: 1,
      });
      expect(result.rows.map((r) => r.source)).toEqual(["a.json"]);
      expect(result.failures[0]?.problem).toContain("b.json: 与 a.json 是同一部门同一年度");
    });
  }, 120_000);
});

describe("jixiao report DIR --jobs", () => {
  it("prints the summary table and the failures, exits 1 when one failed, 0 when none did", async () => {
    await withTempDir(async (dir) => {
      const data = join(dir, "data");
      await import("node:fs/promises").then((fs) => fs.mkdir(data));
      const names = await writeSynth(data, 2);
      const io = captureIo(dir);
      expect(
        await run(["report", "data", "--format", "docx", "--out", "out", "--jobs", "2"], io),
      ).toBe(0);
      const out = io.stdoutText();
      expect(out).toContain("部门 / department");
      expect(out).toContain(names[0]);
      expect(out).toContain("已生成 / reported 2/2 个数据集");
      expect(io.stderrText()).toContain("[2/2] 完成 / done");
      expect((await readdir(join(dir, "out"))).filter((n) => n.endsWith(".docx"))).toHaveLength(2);

      await writeFile(join(data, "zz-bad.json"), "[]");
      const io2 = captureIo(dir);
      expect(await run(["report", "data", "--format", "md", "--out", "out2"], io2)).toBe(1);
      expect(io2.stdoutText()).toContain("失败 / failed (1):");
      expect(io2.stdoutText()).toContain(join("data", "zz-bad.json"));
    });
  }, 180_000);

  it("exits 2 on bad usage: --jobs 0, an unknown format, an empty folder", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["report", ".", "--jobs", "0"], io)).toBe(2);
      expect(io.stderrText()).toContain("--jobs 应为 1 到 64 的整数");
      const io2 = captureIo(dir);
      expect(await run(["report", ".", "--format", "doc"], io2)).toBe(2);
      expect(io2.stderrText()).toContain("未知的报告格式 / unknown report format: doc");
      const io3 = captureIo(dir);
      expect(await run(["report", "."], io3)).toBe(2);
      expect(io3.stderrText()).toContain("没有找到数据集");
    });
  });

  it("an empty folder: exit 2, no starting line, nothing written", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "EMPTY"));
      const io = captureIo(dir);
      expect(await run(["report", "EMPTY", "--format", "docx", "--out", "oe"], io)).toBe(2);
      expect(io.stderrText()).toBe(
        "错误 / error: 没有找到数据集（*.json） / no datasets (*.json) found in: EMPTY\n",
      );
      expect(await readdir(dir)).toEqual(["EMPTY"]);
    });
  });

  it("a path that does not exist is bad usage in batch mode too: exit 2, nothing written", async () => {
    await withTempDir(async (dir) => {
      for (const args of [
        ["report", "nonexist", "--jobs", "2", "--out", "o"],
        ["report", "nonexist", "--out", "o"],
      ]) {
        const io = captureIo(dir);
        expect(await run(args, io)).toBe(2);
        expect(io.stderrText()).toContain("nonexist");
        expect(io.stderrText()).not.toContain("开始 / starting");
        expect(await readdir(dir)).toEqual([]);
      }
    });
  });

  it("an --out that is a file fails at once with exit 3, before any dataset is rendered", async () => {
    await withTempDir(async (dir) => {
      const data = join(dir, "data");
      await mkdir(data);
      await writeSynth(data, 2);
      await writeFile(join(dir, "oops"), "a file");
      const io = captureIo(dir);
      expect(await run(["report", "data", "--format", "md", "--out", "oops/x"], io)).toBe(3);
      expect(io.stderrText()).toContain("oops");
      expect(io.stderrText()).not.toContain("开始 / starting");
      expect(io.stderrText()).not.toContain("[1/2]");
      expect(await readFile(join(dir, "oops"), "utf8")).toBe("a file");
    });
  });

  it("reads C.JSON (any case) and notes the sub-folders and other files it skips", async () => {
    await withTempDir(async (dir) => {
      const data = join(dir, "data");
      await mkdir(join(data, "older"), { recursive: true });
      const { datasets } = synthesizeDatasets({ count: 2, seed: 21, projectCount: 3 });
      await writeFile(join(data, "C.JSON"), JSON.stringify(datasets[0]?.dataset));
      await writeFile(join(data, "older", "d.json"), JSON.stringify(datasets[1]?.dataset));
      await writeFile(join(data, "readme.txt"), "x");
      const io = captureIo(dir);
      expect(
        await run(["report", "data", "--format", "md", "--out", "out", "--jobs", "1"], io),
      ).toBe(0);
      expect(io.stdoutText()).toContain("已生成 / reported 1/1 个数据集");
      expect(io.stderrText()).toContain(
        `注意 / note: 未读取 2 项（不进入子目录，只读 .json 文件） / skipped 2 (sub-folders are not read; only .json files are): ${join("data", "older")}/, ${join("data", "readme.txt")}`,
      );
    });
  }, 120_000);
});
