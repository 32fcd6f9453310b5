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
    expect(io.stderrText()).toBe(
      "错误 / error: 未知命令 evalute / unknown command 'evalute'\n" +
        "您是否想输入 evaluate？ / did you mean evaluate?\n" +
        "运行 jixiao --help 查看用法 / run jixiao --help for usage\n",
    );
    const io2 = captureIo(repoRoot);
    expect(await run(["evaluate", "--jsn"], io2)).toBe(2);
    expect(io2.stderrText()).toContain(
      "未知选项 --jsn / unknown option '--jsn'\n您是否想输入 --json？ / did you mean --json?\n",
    );
    expect(io2.stderrText()).not.toContain("Did you mean");
  });

  it.each([
    {
      argv: ["import"],
      expected: "错误 / error: 缺少必需的参数 file / missing required argument 'file'\n",
    },
    {
      argv: ["evaluate", "a.json", "b.json"],
      expected:
        "错误 / error: 参数过多：evaluate 命令最多接受 1 个参数，收到 2 个 / too many arguments for 'evaluate': expected 1, got 2\n",
    },
    {
      argv: ["report", "--out"],
      expected:
        "错误 / error: 选项 -o, --out <dir> 缺少取值 / option '-o, --out <dir>' needs a value\n",
    },
    {
      argv: ["score", "--kind", "both"],
      expected:
        "错误 / error: 选项 --kind <kind> 的取值“both”无效，可选：selfEvaluation, review / option '--kind <kind>' does not accept 'both'; allowed: selfEvaluation, review\n",
    },
  ])("says $argv's usage error in Chinese and English (exit 2)", async ({ argv, expected }) => {
    const io = captureIo(repoRoot);
    expect(await run(argv, io)).toBe(2);
    expect(io.stderrText()).toBe(
      `${expected}运行 jixiao --help 查看用法 / run jixiao --help for usage\n`,
    );
    expect(io.stdoutText()).toBe("");
  });

  it.each([
    [[]],
    [["evaluate"]],
    [["check"]],
    [["score"]],
    [["report"]],
    [["frameworks"]],
    [["frameworks", "show"]],
    [["template"]],
    [["import"]],
  ])("documents the exit codes in the --help footer of %j", async (command) => {
    const io = captureIo(repoRoot);
    expect(await run([...command, "--help"], io)).toBe(0);
    const help = io.stdoutText();
    const footer = help.slice(help.indexOf("退出码 / exit codes:"));
    expect(footer.split("\n").slice(0, 5)).toEqual([
      "退出码 / exit codes:",
      "  0  完成 / done",
      "  1  check 发现数据中的错误；批量 report 部分数据集失败 / check found errors in the data; a batch report finished but some datasets failed",
      "  2  输入或用法有误，未写入任何文件 / bad input or usage; nothing was written",
      "  3  未能完成（如输出无法写入） / could not finish (e.g. an output could not be written)",
    ]);
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
