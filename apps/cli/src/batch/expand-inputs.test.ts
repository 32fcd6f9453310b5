import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { withTempDir } from "../test-fixtures.ts";
import { expandInputs } from "./expand-inputs.ts";
import { batchProgress } from "./progress.ts";

describe("expandInputs", () => {
  it("expands a folder to its *.json datasets by name, leaving out manifest.json, summary.json and sub-folders", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "d", "sub"), { recursive: true });
      for (const name of [
        "b.json",
        "a.json",
        "manifest.json",
        "summary.json",
        "notes.txt",
        join("sub", "c.json"),
      ]) {
        await writeFile(join(dir, "d", name), "{}");
      }
      await writeFile(join(dir, "one.json"), "{}");
      expect(await expandInputs(["d", "one.json", "nope"], dir)).toEqual([
        { source: join("d", "a.json"), file: join(dir, "d", "a.json") },
        { source: join("d", "b.json"), file: join(dir, "d", "b.json") },
        { source: "one.json", file: join(dir, "one.json") },
        { source: "nope", problem: "nope: 找不到文件或目录 / no such file or directory" },
      ]);
    });
  });
});

describe("batchProgress without a terminal", () => {
  it("logs one plain line per dataset on standard error", () => {
    const io = captureIo("/");
    const progress = batchProgress(io);
    progress.start(2);
    progress.tick({ source: "a.json", ok: true, detail: "桃江县自然资源局 2020" });
    progress.tick({ source: "b.json", ok: false, detail: "b.json: 数据集无效 / invalid dataset" });
    progress.stop();
    expect(io.stderrText()).toBe(
      "开始 / starting: 2 个数据集 / datasets\n" +
        "[1/2] 完成 / done a.json — 桃江县自然资源局 2020\n" +
        "[2/2] 失败 / failed b.json — b.json: 数据集无效 / invalid dataset\n",
    );
    expect(io.stdoutText()).toBe("");
  });
});
