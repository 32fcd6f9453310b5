import { Decimal } from "@jixiao/core";
import { roundHalfUp } from "@jixiao/core/units";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { displayWidth } from "../table.ts";
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

  it("--json labels an indicator of one item with the item, as the table does", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["evaluate", "--json"], io)).toBe(0);
    const json = JSON.parse(io.stdoutText()) as {
      indicators: { key: string; name: string; label: string; value: string | null }[];
    };
    const byKey = (key: string) => json.indicators.find((i) => i.key === key);
    // Seed 1.2.2: 公务接待费 62,769.85 元 against 220,870 元 the year before → −71.58%.
    const reception = byKey("threePublicExpenses.changeRate[officialReception]");
    expect(reception?.name).toBe("“三公经费”变动率");
    expect(reception?.label).toBe("“三公经费”变动率（公务接待费）");
    expect(roundHalfUp(new Decimal(reception?.value ?? "0"), 2)).toBe("-71.58");
    // An indicator without an item keeps its name as its label.
    const total = byKey("threePublicExpenses.controlRate.total");
    expect(total?.label).toBe(total?.name);
    expect(json.indicators.every((i) => typeof i.label === "string" && i.label !== "")).toBe(true);
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

  it("hides the 数据缺失 rows by default, counting them in a closing line; --all lists them", async () => {
    const json = captureIo(process.cwd());
    expect(await run(["evaluate", "--json"], json)).toBe(0);
    const indicators = (
      JSON.parse(json.stdoutText()) as { indicators: { key: string; nullReason?: string }[] }
    ).indicators;
    const missing = indicators.filter((i) => i.nullReason === "missing");
    const kept = indicators.length - missing.length;
    expect(missing.length).toBeGreaterThan(0);

    const io = captureIo(process.cwd());
    expect(await run(["evaluate"], io)).toBe(0);
    const out = io.stdoutText();
    expect(out).not.toContain("数据缺失\n");
    expect(out).toContain(
      `另有${missing.length}项因数据缺失未列出（--all 显示全部） / ${missing.length} more not listed for missing data (--all lists them)`,
    );
    // 不适用 stays: seed 1.2.1 公务用车购置费 budget 0 and spending 0.
    expect(lineOf(out, "threePublicExpenses.controlRate[officialVehiclePurchase]")).toMatch(
      /“三公经费”控制率（公务用车购置费）\s+不适用$/,
    );
    expect(indicators.filter((i) => lineOf(out, i.key) !== undefined)).toHaveLength(kept);
    for (const { key } of missing) expect(lineOf(out, key)).toBeUndefined();

    const all = captureIo(process.cwd());
    expect(await run(["evaluate", "--all"], all)).toBe(0);
    for (const { key } of missing) expect(lineOf(all.stdoutText(), key)).toMatch(/数据缺失$/);
    expect(all.stdoutText()).not.toContain("未列出");
  });

  it("--filter keeps the rows whose code or Chinese name contains the text", async () => {
    const byName = captureIo(process.cwd());
    expect(await run(["evaluate", "--filter", "变动率"], byName)).toBe(0);
    const rows = byName
      .stdoutText()
      .split("\n")
      .filter((line) => /^[a-zA-Z]+\./.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain("变动率");
    // Seed 1.2.2: 公务接待费 变动率 −71.58%.
    expect(
      lineOf(byName.stdoutText(), "threePublicExpenses.changeRate[officialReception]"),
    ).toMatch(/\s-71\.58%$/);
    expect(byName.stdoutText()).toContain(`筛选 / filter “变动率”: `);

    const byCode = captureIo(process.cwd());
    expect(await run(["evaluate", "--filter", "CARRYOVER.amount"], byCode)).toBe(0);
    // Seed 二、: 结转结余 1,029,077.76 元.
    expect(lineOf(byCode.stdoutText(), "carryover.amount")).toMatch(/\s1,029,077\.76元$/);
    expect(byCode.stdoutText()).not.toContain("budgetSummary.");

    const none = captureIo(process.cwd());
    expect(await run(["evaluate", "--filter", "没有这个指标"], none)).toBe(0);
    expect(none.stdoutText()).toContain("没有代码或名称包含“没有这个指标”的指标");
  });

  it("names params in Chinese and fits 120 columns", async () => {
    const io = captureIo(process.cwd());
    expect(await run(["evaluate", "--all"], io)).toBe(0);
    const out = io.stdoutText();
    expect(out).not.toMatch(/（(full|civilServiceManaged|selfFunded|org-[\d-]+)）/);
    for (const line of out.split("\n").slice(2))
      expect(displayWidth(line)).toBeLessThanOrEqual(120);
    // Names longer than the column wrap: the value stays on the row's first line.
    expect(lineOf(out, "budgetUnits.count.level2ByFundingType[full]")).toMatch(/\s9个$/);

    // Seed 一、（一）: 二级预算单位 9 全额拨款; 内设股室 19 after the 2020-07-06 reorganisation.
    const narrow = captureIo(process.cwd());
    expect(await run(["evaluate", "--filter", "count"], narrow)).toBe(0);
    expect(lineOf(narrow.stdoutText(), "budgetUnits.count.level2ByFundingType[full]")).toMatch(
      /二级预算单位数（按经费形式）（全额拨款）\s+9个$/,
    );
    expect(
      lineOf(narrow.stdoutText(), "organisation.internalDivisions.count[org-2020-07-06]"),
    ).toMatch(/内设股室数（2020年7月6日）\s+19个$/);
  });
});
