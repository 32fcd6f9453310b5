import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFilesAtomically } from "./output.ts";
import { withTempDir } from "./test-fixtures.ts";

describe("writeFilesAtomically", () => {
  it("writes text as UTF-8 and bytes as they are, creating directories", async () => {
    await withTempDir(async (dir) => {
      const md = join(dir, "out", "桃江县自然资源局-2020-绩效评价报告.md");
      const bin = join(dir, "out", "data.bin");
      await writeFilesAtomically([
        { path: md, content: "“三公经费”控制率 10.28%" },
        { path: bin, content: new Uint8Array([0, 255, 7]) },
      ]);
      expect(await readFile(md, "utf8")).toBe("“三公经费”控制率 10.28%");
      expect([...(await readFile(bin))]).toEqual([0, 255, 7]);
      expect((await readdir(join(dir, "out"))).sort()).toEqual([
        "data.bin",
        "桃江县自然资源局-2020-绩效评价报告.md",
      ]);
    });
  });

  it("leaves nothing when a later file cannot be staged", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "blocker"), "a file where a directory is needed");
      const attempt = writeFilesAtomically([
        { path: join(dir, "a.md"), content: "complete" },
        { path: join(dir, "blocker", "b.md"), content: "never" },
      ]);
      await expect(attempt).rejects.toThrow();
      // Neither a.md nor any temporary file: only the blocker remains.
      expect(await readdir(dir)).toEqual(["blocker"]);
    });
  });

  it("removes the remaining temporary files when a rename fails", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "taken.md", "inside"), { recursive: true });
      const attempt = writeFilesAtomically([
        { path: join(dir, "first.md"), content: "complete" },
        { path: join(dir, "taken.md"), content: "cannot replace a directory" },
      ]);
      await expect(attempt).rejects.toThrow();
      const names = (await readdir(dir)).sort();
      expect(names.filter((n) => n.endsWith(".tmp"))).toEqual([]);
      // A file that reached its name is complete, never truncated.
      expect(await readFile(join(dir, "first.md"), "utf8")).toBe("complete");
      expect(names).toEqual(["first.md", "taken.md"]);
    });
  });
});
