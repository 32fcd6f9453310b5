import { Decimal } from "@jixiao/core";
import { roundHalfUp } from "@jixiao/core/units";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { smallDataset, withTempDir, writeInput } from "../test-fixtures.ts";

/** The table line of an indicator key in `jixiao evaluate` output. */
function lineOf(output: string, key: string): string | undefined {
  return output.split("\n").find((line) => line.startsWith(`${key} `));
}

describe("jixiao evaluate", () => {
  it("lists the embedded Taojiang example's indicators, rounded once for display", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["evaluate"], io)).toBe(0);
    const out = io.stdoutText();
    expect(out.split("\n")[0]).toMatch(
      /^桃江县自然资源局 2020年度 绩效指标 \/ indicators: \d+ 项 \(内置示例/,
    );
    // Seed 1.2.1: “三公经费”控制率 = 84,284.72 ÷ 820,000.00 = 10.28%.
    expect(lineOf(out, "threePublicExpenses.controlRate.total")).toMatch(
      /“三公经费”控制率\s+10\.28%$/,
    );
    // Seed 1.2.2: 变动率 −85.15%; 公务接待费 −71.58%; 公务用车运行维护费 −93.79%.
    expect(lineOf(out, "threePublicExpenses.changeRate.total")).toMatch(/\s-85\.15%$/);
    expect(lineOf(out, "threePublicExpenses.changeRate[officialReception]")).toMatch(
      /“三公经费”变动率（公务接待费）\s+-71\.58%$/,
    );
    expect(lineOf(out, "threePublicExpenses.changeRate[officialVehicleOperation]")).toMatch(
      /\s-93\.79%$/,
    );
    // Seed 二、: 结转结余 1,029,077.76 元; seed 四（二）(1): 非税收入 completed 237.96%.
    expect(lineOf(out, "carryover.amount")).toMatch(/\s1,029,077\.76元$/);
    expect(lineOf(out, "revenueTargets.completionRate[non-tax-revenue]")).toMatch(/\s237\.96%$/);
    expect(io.stderrText()).toBe("");
  });

  it("--json prints the whole Evaluation with exact decimals as strings", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["evaluate", "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as {
      department: { name: string; fiscalYear: number };
      dataset: { schemaVersion: number };
      indicators: { key: string; value: string | null; unit: string }[];
      findings: unknown[];
    };
    expect(json.department).toEqual({ name: "桃江县自然资源局", fiscalYear: 2020 });
    expect(json.dataset.schemaVersion).toBe(1);
    expect(Array.isArray(json.findings)).toBe(true);
    const rate = json.indicators.find((i) => i.key === "threePublicExpenses.controlRate.total");
    expect(rate?.unit).toBe("%");
    // Exact, not rounded: 84284.72 ÷ 820000 × 100 = 10.278624390243902439…
    expect(typeof rate?.value).toBe("string");
    expect(roundHalfUp(new Decimal(rate?.value ?? "0"), 2)).toBe("10.28");
    expect(rate?.value?.startsWith("10.27862439024390243902")).toBe(true);
  });

  it("evaluates a dataset file", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "small.json", smallDataset());
      const io = captureIo(dir);
      expect(await run(["evaluate", "small.json"], io)).toBe(0);
      const out = io.stdoutText();
      expect(out).toContain("(small.json)");
      // Seed 一、（2）: 在职 288 ÷ 编制 282 = 102.13%.
      expect(lineOf(out, "staffing.activeStaffControlRate")).toMatch(/在职人员控制率\s+102\.13%$/);
    });
  });
});
