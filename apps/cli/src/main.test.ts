import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { captureIo } from "./io.ts";
import { run } from "./main.ts";
import { changeAt, REMOVE, smallDataset, withTempDir, writeInput } from "./test-fixtures.ts";

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

describe("jixiao run()", () => {
  it("prints help with every command and exits 0", async () => {
    const io = captureIo(repoRoot);
    expect(await run(["--help"], io)).toBe(0);
    const help = io.stdoutText();
    expect(help).toContain("Usage: jixiao");
    expect(help).toMatch(/\n {2}evaluate \[options\] \[file\]/);
    expect(help).toMatch(/\n {2}report \[options\] \[files\.\.\.\]/);
    expect(io.stderrText()).toBe("");
  });

  it.each([["evaluate"], ["report"]])("prints help for %s", async (command) => {
    const io = captureIo(repoRoot);
    expect(await run([command, "--help"], io)).toBe(0);
    expect(io.stdoutText()).toContain(`Usage: jixiao ${command}`);
    expect(io.stdoutText()).toContain("显示帮助 / show help");
  });

  it("prints the version from package.json", async () => {
    const io = captureIo(repoRoot);
    expect(await run(["--version"], io)).toBe(0);
    expect(io.stdoutText()).toBe("0.1.0\n");
  });

  it("rejects an unknown command or option with exit 2 and a bilingual message", async () => {
    const io = captureIo(repoRoot);
    expect(await run(["evalute"], io)).toBe(2);
    expect(io.stderrText()).toContain("错误 / error: 未知命令 / unknown command 'evalute'");
    const io2 = captureIo(repoRoot);
    expect(await run(["evaluate", "--jsn"], io2)).toBe(2);
    expect(io2.stderrText()).toContain("未知选项 / unknown option '--jsn'");
  });

  it("shows help and exits 2 when no command is given", async () => {
    const io = captureIo(repoRoot);
    expect(await run([], io)).toBe(2);
    expect(io.stderrText()).toContain("Usage: jixiao");
  });

  it.each([
    {
      what: "a missing field",
      at: ["staffing", "atYearEnd", "activeStaff"],
      value: REMOVE,
      expected: "staffing.atYearEnd.activeStaff: 缺少必填字段",
    },
    {
      what: "'abc' as an amount",
      at: ["threePublicExpenses", 0, "actual"],
      value: "abc",
      expected: "threePublicExpenses[0].actual: “abc”不是金额",
    },
    {
      what: "a JSON number for a decimal string",
      at: ["threePublicExpenses", 0, "budget"],
      value: 820000,
      expected: "threePublicExpenses[0].budget: 应为字符串形式的金额",
    },
    {
      what: "a negative amount",
      at: ["projects", 0, "budget"],
      value: "-1",
      expected: "projects[0].budget: “-1”不是金额",
    },
  ])(
    "evaluate exits 2 on $what, naming file and path, without a stack trace",
    async ({ at, value, expected }) => {
      await withTempDir(async (dir) => {
        const dataset = changeAt(smallDataset(), at, value);
        await writeInput(dir, "bad.json", dataset);
        const io = captureIo(dir);
        expect(await run(["evaluate", "bad.json"], io)).toBe(2);
        const err = io.stderrText();
        expect(err).toContain("错误 / error: bad.json: 数据集无效 / invalid dataset");
        expect(err).toContain(expected);
        expect(err).not.toMatch(/\n\s+at /);
        expect(io.stdoutText()).toBe("");
      });
    },
  );

  it("report writes nothing when any input is bad", async () => {
    await withTempDir(async (dir) => {
      const bad = changeAt(smallDataset(), ["projects", 0, "budget"], 500000);
      await writeInput(dir, "good.json", smallDataset());
      await writeInput(dir, "bad.json", bad);
      const io = captureIo(dir);
      expect(
        await run(
          ["report", "good.json", "bad.json", "--format", "md,html", "--out", "reports"],
          io,
        ),
      ).toBe(2);
      expect(io.stderrText()).toContain("bad.json: 数据集无效 / invalid dataset");
      expect(io.stderrText()).toContain("projects[0].budget");
      expect((await readdir(dir)).sort()).toEqual(["bad.json", "good.json"]);
    });
  });

  it("report rejects an unknown format with exit 2 before reading input", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(
        await run(["report", "nothing-here.json", "--format", "md,odt", "--out", "reports"], io),
      ).toBe(2);
      expect(io.stderrText()).toBe(
        "错误 / error: 未知的报告格式 / unknown report format: odt（可用 / available: md, html, docx, xlsx, pdf）\n",
      );
      expect(await readdir(dir)).toEqual([]);
    });
  });

  it("names an unreadable file and a JSON syntax error", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["evaluate", "absent.json"], io)).toBe(2);
      expect(io.stderrText()).toBe("错误 / error: absent.json: 找不到文件 / file not found\n");
      await writeInput(dir, "broken.json", '{"schemaVersion": 1,,}');
      const io2 = captureIo(dir);
      expect(await run(["evaluate", join(dir, "broken.json")], io2)).toBe(2);
      expect(io2.stderrText()).toContain(
        `${join(dir, "broken.json")}:1:21: JSON 语法错误，第 1 行第 21 列`,
      );
    });
  });

  it("`pnpm jixiao --help` works as a real process from the repository root", async () => {
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((done) => {
      execFile(
        "pnpm",
        ["--silent", "jixiao", "--help"],
        { cwd: repoRoot, timeout: 30_000 },
        (error, out) =>
          done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    expect(stdout).toContain("Usage: jixiao");
    expect(stdout).toContain("evaluate");
  }, 30_000);
});
