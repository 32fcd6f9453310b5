import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDataset } from "@jixiao/core/schema";
import { Manifest } from "@jixiao/synth";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir } from "../test-fixtures.ts";

describe("jixiao synth", () => {
  it("writes N datasets and manifest.json, the same bytes for the same seed", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      const args = ["synth", "--count", "4", "--seed", "7", "--inconsistent", "0.5"];
      expect(await run([...args, "--out", "a"], io)).toBe(0);
      expect(await run([...args, "--out", "b"], captureIo(dir))).toBe(0);
      const names = (await readdir(join(dir, "a"))).sort();
      expect(names).toEqual([
        "0001-shimen-water-resources-2023.json",
        "0002-pingjiang-civil-affairs-2021.json",
        "0003-xiangxiang-health-2022.json",
        "0004-xiangtan-civil-affairs-2019.json",
        "manifest.json",
      ]);
      for (const name of names) {
        const a = await readFile(join(dir, "a", name), "utf8");
        expect(await readFile(join(dir, "b", name), "utf8")).toBe(a);
      }
      const first = JSON.parse(await readFile(join(dir, "a", names[0] ?? ""), "utf8"));
      expect(parseDataset(first).department.name).toBe("石门县水利局");
      const manifest = Manifest.parse(
        JSON.parse(await readFile(join(dir, "a", "manifest.json"), "utf8")),
      );
      expect(manifest.files).toEqual(names.slice(0, 4));
      expect(manifest.injections.length).toBeGreaterThan(0);
      expect(io.stdoutText()).toContain("已写入 / wrote 4 个数据集 / datasets + manifest.json");
    });
  });

  it("fixes the number of projects with --projects", async () => {
    await withTempDir(async (dir) => {
      expect(await run(["synth", "-n", "1", "--projects", "7", "--out", "p"], captureIo(dir))).toBe(
        0,
      );
      const [name] = await readdir(join(dir, "p"));
      const json = JSON.parse(await readFile(join(dir, "p", name ?? ""), "utf8"));
      expect(json.projects).toHaveLength(7);
    });
  });

  it("names a bad option and its value in Chinese and English, exits 2, writes nothing", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["synth", "--count", "2", "--inconsistent", "1.5", "--out", "x"], io)).toBe(
        2,
      );
      expect(io.stderrText()).toContain(
        '--inconsistent="1.5": --inconsistent 应为 0 到 1 的比例 / --inconsistent must be a share 0 … 1',
      );
      expect(await readdir(dir)).toEqual([]);
      const io2 = captureIo(dir);
      expect(await run(["synth", "--count", "-3"], io2)).toBe(2);
      expect(io2.stderrText()).toContain("--count 不能为负 / --count must not be negative");
    });
  });
});
