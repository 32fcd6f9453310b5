import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { changeAt, smallDataset, withTempDir, writeInput } from "../test-fixtures.ts";

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  stated?: string;
  expected?: string;
  diagnosis?: string;
  source?: string;
}

/** smallDataset() with one stated figure: “三公经费”控制率 as written. */
function withControlRate(value: string): Record<string, unknown> {
  return {
    ...smallDataset(),
    statedFigures: [
      {
        id: "control",
        location: { section: "二、部门整体支出管理及使用情况分析" },
        text: `${value}%`,
        value,
        unit: "%",
        refersTo: "threePublicExpenses.controlRate.total",
      },
    ],
  };
}

describe("jixiao check", () => {
  it("lists the embedded Taojiang example's findings by severity and exits 1 (it has errors)", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["check"], io)).toBe(1);
    const out = io.stdoutText();
    expect(out.split("\n")[0]).toMatch(
      /^桃江县自然资源局 2020年度 勾稽校验 .*: 错误 \d+ · 警告 \d+ · 提示 \d+$/,
    );
    const errors = out.indexOf("错误 / errors (");
    const warnings = out.indexOf("警告 / warnings (");
    const info = out.indexOf("提示 / info (");
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(errors);
    expect(info).toBeGreaterThan(warnings);
    // Seed 四(一)2: 预算完成率 99.84% is 682,237,464.67 ÷ 683,266,542.43 = 99.849…% cut, not rounded.
    const sentence =
      "第四部分“2、预算执行”所述预算完成率99.84%与按数据重算的99.85%（682,237,464.67÷683,266,542.43）不符：所述数为截尾而非四舍五入。";
    const at = out.indexOf(sentence);
    expect(at).toBeGreaterThan(warnings);
    expect(at).toBeLessThan(info);
    expect(out).toContain(
      "[stated.rate] 比率核对 · 诊断 截尾而非四舍五入 · 所述 99.84% · 应为 99.85%",
    );
    expect(io.stderrText()).toBe("");
  });

  it("--json prints the findings array, the same as evaluate --json's findings", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["check", "--json"], io)).toBe(1);
    const findings = JSON.parse(io.stdoutText()) as JsonFinding[];
    const io2 = captureIo(process.cwd());
    expect(await run(["evaluate", "--json"], io2)).toBe(0);
    const evaluation = JSON.parse(io2.stdoutText()) as { findings: JsonFinding[] };
    expect(evaluation.findings).toEqual(findings);
    // Seed 四(二)(4): 采矿权出让收益 1605.6万元 ÷ 300万元 = 535.2%, stated 537%.
    const mining = findings.find((f) => f.ruleId === "stated.rate" && f.stated === "537");
    expect(mining).toMatchObject({ severity: "error", diagnosis: "mismatch", expected: "535" });
  });

  it("exits 0 when no finding is an error, and says so", async () => {
    await withTempDir(async (dir) => {
      // Seed 1.2.1 公务接待费 alone: 62,769.85 ÷ 820,000.00 = 7.6549…% → 7.65%.
      await writeInput(dir, "ok.json", withControlRate("7.65"));
      const io = captureIo(dir);
      expect(await run(["check", "ok.json"], io)).toBe(0);
      expect(io.stdoutText()).toContain("(ok.json): 错误 0 · 警告 0 · 提示 0");
      expect(io.stdoutText()).toContain("未发现不一致 / no findings");
    });
  });

  it("exits 1 on an error in a file, and 0 when only warnings are found", async () => {
    await withTempDir(async (dir) => {
      // Seed 1.2.1: 62,769.85 ÷ 820,000.00 = 7.6549…% (this dataset has one 三公 item).
      await writeInput(dir, "wrong.json", withControlRate("10.28"));
      await writeInput(dir, "cut.json", withControlRate("7.654"));
      const io = captureIo(dir);
      expect(await run(["check", "wrong.json", "--json"], io)).toBe(1);
      expect((JSON.parse(io.stdoutText()) as JsonFinding[]).map((f) => f.diagnosis)).toEqual([
        "mismatch",
      ]);
      const io2 = captureIo(dir);
      expect(await run(["check", "cut.json"], io2)).toBe(0);
      expect(io2.stdoutText()).toContain("截尾而非四舍五入");
    });
  });

  it("checks several files; --json tags each finding with its source", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "a.json", withControlRate("10.28"));
      await writeInput(dir, "b.json", withControlRate("7.65"));
      const io = captureIo(dir);
      expect(await run(["check", "a.json", "b.json", "--json"], io)).toBe(1);
      const findings = JSON.parse(io.stdoutText()) as JsonFinding[];
      expect(findings.map((f) => [f.source, f.ruleId])).toEqual([["a.json", "stated.rate"]]);
    });
  });

  it("exits 2 on bad input, naming the file and the JSON path, and prints no findings", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "good.json", withControlRate("10.28"));
      await writeInput(dir, "bad.json", changeAt(smallDataset(), ["projects", 0, "budget"], "abc"));
      const io = captureIo(dir);
      expect(await run(["check", "good.json", "bad.json"], io)).toBe(2);
      expect(io.stdoutText()).toBe("");
      expect(io.stderrText()).toContain("bad.json: 数据集无效 / invalid dataset");
      expect(io.stderrText()).toContain("projects[0].budget");
    });
  });

  it("lists the problems of every bad file in one run (exit 2), not just the first", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "good.json", smallDataset());
      await writeInput(
        dir,
        "bad1.json",
        changeAt(smallDataset(), ["projects", 0, "budget"], "abc"),
      );
      await writeInput(dir, "broken.json", '{"schemaVersion": 1,,}');
      const io = captureIo(dir);
      expect(await run(["check", "bad1.json", "good.json", "absent.json", "broken.json"], io)).toBe(
        2,
      );
      const err = io.stderrText();
      expect(
        err.startsWith(
          "错误 / error: 3 个输入文件有误（共 4 个） / 3 of 4 input files are invalid\n",
        ),
      ).toBe(true);
      expect(err).toContain("bad1.json: 数据集无效 / invalid dataset (1 处问题 / 1 problem)");
      expect(err).toContain("  projects[0].budget: “abc”不是金额");
      expect(err).toContain("absent.json: 找不到文件 / file not found");
      // '{"schemaVersion": 1,,}': the second comma is column 21.
      expect(err).toContain("broken.json:1:21: JSON 语法错误，第 1 行第 21 列");
      expect(err).not.toContain("good.json");
      expect(io.stdoutText()).toBe("");
    });
  });

  it("--help describes the command and its exit codes", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["check", "--help"], io)).toBe(0);
    expect(io.stdoutText()).toContain("退出码：0 无错误，1 有错误，2 输入有误");
    expect(io.stdoutText()).toContain("--json");
  });
});
