import { readdir, readFile, writeFile } from "node:fs/promises";
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

  it("says in --help that --inconsistent defaults to 0 and picks exactly round(count × share)", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      await run(["synth", "--help"], io);
      const help = io.stdoutText().replace(/\s+/g, " ");
      expect(help).toContain("默认 0（不注入）");
      expect(help).toContain("default 0 (none); exactly round(count × share) datasets");
    });
  });

  it("injects into exactly half of 20 datasets with --inconsistent 0.5", async () => {
    await withTempDir(async (dir) => {
      const args = ["synth", "-n", "20", "--seed", "1", "--inconsistent", "0.5", "--projects", "3"];
      expect(await run([...args, "--out", "h"], captureIo(dir))).toBe(0);
      const manifest = Manifest.parse(
        JSON.parse(await readFile(join(dir, "h", "manifest.json"), "utf8")),
      );
      expect(new Set(manifest.injections.map((e) => e.file)).size).toBe(10);
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
      expect(io2.stderrText()).toContain(
        '--count="-3": --count 应为 1 到 10000 / --count must be 1 … 10000',
      );
      const io3 = captureIo(dir);
      expect(await run(["synth", "--count", "0", "--out", "zero"], io3)).toBe(2);
      expect(io3.stderrText()).toContain(
        '--count="0": --count 应为 1 到 10000 / --count must be 1 … 10000',
      );
      const io4 = captureIo(dir);
      expect(await run(["synth", "--count", "10001", "--out", "big"], io4)).toBe(2);
      expect(io4.stderrText()).toContain('--count="10001": --count 应为 1 到 10000');
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it("--projects abc is named in Chinese and English (not zod's English), exit 2", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["synth", "-n", "1", "--projects", "abc", "--out", "p"], io)).toBe(2);
      expect(io.stderrText()).toContain(
        '--projects="abc": --projects 应为整数 / --projects must be a whole number',
      );
      expect(io.stderrText()).not.toContain("Invalid input");
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it("refuses a folder with earlier datasets (exit 2, bilingual, nothing changed); --force replaces them", async () => {
    await withTempDir(async (dir) => {
      expect(await run(["synth", "-n", "3", "--seed", "1", "--out", "d"], captureIo(dir))).toBe(0);
      const before = (await readdir(join(dir, "d"))).sort();
      const io = captureIo(dir);
      expect(await run(["synth", "-n", "2", "--seed", "2", "--out", "d"], io)).toBe(2);
      expect(io.stderrText()).toContain('--out="d": 目录中已有 4 个 JSON 文件');
      expect(io.stderrText()).toContain("old and new datasets would mix");
      expect(io.stderrText()).toContain("--force");
      expect((await readdir(join(dir, "d"))).sort()).toEqual(before);

      // Other JSON (not synth's) is refused too, and kept by --force.
      await writeFile(join(dir, "d", "mine.JSON"), "{}");
      const io2 = captureIo(dir);
      expect(await run(["synth", "-n", "2", "--seed", "2", "--out", "d", "--force"], io2)).toBe(0);
      const after = (await readdir(join(dir, "d"))).sort();
      expect(after.filter((n) => /^\d{4}-/.test(n))).toHaveLength(2);
      expect(after).toContain("mine.JSON");
      expect(after).toContain("manifest.json");
      const manifest = Manifest.parse(
        JSON.parse(await readFile(join(dir, "d", "manifest.json"), "utf8")),
      );
      expect(manifest.files).toEqual(after.filter((n) => /^\d{4}-/.test(n)));
      expect(io2.stderrText()).toContain("kept JSON files synth did not write: mine.JSON");

      const empty = captureIo(dir);
      await writeFile(join(dir, "notes.txt"), "x");
      expect(await run(["synth", "-n", "1", "--out", "."], empty)).toBe(0);
    });
  });
});
