import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { CliError } from "../errors.ts";
import { captureIo } from "../io.ts";
import { withTempDir } from "../test-fixtures.ts";
import { expandInputs, skippedNote } from "./expand-inputs.ts";
import { batchProgress } from "./progress.ts";

describe("expandInputs", () => {
  it("expands a folder to its .json datasets (any case) by name, leaving out manifest.json and summary.json; sub-folders and other files are skipped and listed", async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, "d", "sub"), { recursive: true });
      for (const name of [
        "b.json",
        "a.json",
        "C.JSON",
        "manifest.json",
        "summary.json",
        "notes.txt",
        join("sub", "c.json"),
      ]) {
        await writeFile(join(dir, "d", name), "{}");
      }
      await writeFile(join(dir, "one.json"), "{}");
      expect(await expandInputs(["d", "one.json"], dir)).toEqual({
        inputs: [
          { source: join("d", "C.JSON"), file: join(dir, "d", "C.JSON") },
          { source: join("d", "a.json"), file: join(dir, "d", "a.json") },
          { source: join("d", "b.json"), file: join(dir, "d", "b.json") },
          { source: "one.json", file: join(dir, "one.json") },
        ],
        skipped: [join("d", "notes.txt"), `${join("d", "sub")}/`],
      });
      expect(skippedNote([join("d", "notes.txt"), "d/sub/"])).toBe(
        "注意 / note: 未读取 2 项（不进入子目录，只读 .json 文件） / skipped 2 (sub-folders are not read; only .json files are): d/notes.txt, d/sub/\n",
      );
      expect(skippedNote([])).toBe("");
    });
  });

  it("a path that does not exist is bad usage: CliError exit 2 naming every one", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "one.json"), "{}");
      const error = await expandInputs(["nope", "one.json", "gone/x.json"], dir).catch((e) => e);
      expect(error).toBeInstanceOf(CliError);
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe("找不到文件或目录 / no such file or directory: nope, gone/x.json");
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

/** A terminal stand-in: isTTY, 120 columns, everything written collected (escape codes and all). */
function fakeTerminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += chunk.toString();
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 120 });
  return { stream, text: () => text };
}

describe("batchProgress on a terminal", () => {
  it("labels the time as the ETA (剩余 / ETA, — before the first dataset), logs a failure above the bar, and the bar left on screen counts it", () => {
    const io = captureIo("/");
    const terminal = fakeTerminal();
    const progress = batchProgress(io, terminal.stream);
    progress.start(3);
    progress.tick({ source: "a.json", ok: true, detail: "桃江县自然资源局 2020" });
    progress.tick({ source: "b.json", ok: false, detail: "b.json: 数据集无效 / invalid dataset" });
    progress.tick({ source: "c.json", ok: true, detail: "安化县教育局 2021" });
    progress.stop();
    const out = terminal.text();
    expect(out).toContain("失败 / failed b.json: 数据集无效 / invalid dataset");
    // The final bar: 3 of 3, one failure, with its ETA labelled.
    const lines = out
      .split(new RegExp(`\r|\n|${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`))
      .filter((l) => l.includes("报告 / reports"));
    expect(lines.at(-1)).toMatch(/3\/3 100% \| 失败 \/ failed 1 \| 剩余 \/ ETA \S+/);
    expect(out).not.toMatch(/3\/3 100% \| 失败 \/ failed 0/);
  });
});
