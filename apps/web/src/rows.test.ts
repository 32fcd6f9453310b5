import { dec, evaluate } from "@jixiao/core";
import { parseDataset } from "@jixiao/core/schema";
import { minimalDatasetInput, SEED_THREE_PUBLIC } from "@jixiao/core/testing";
import { describe, expect, it } from "vitest";
import { parseDatasetFile } from "./dataset-file.ts";
import { compareRowValues, indicatorRow } from "./rows.ts";

/**
 * A small dataset with the seed's "三公"经费 table (1.2.1 and 1.2.2, 元) and its staffing
 * (一、（2）: 编制 282, 在职 288), evaluated by @jixiao/core as the browser does.
 */
const smallDataset = minimalDatasetInput({ threePublicExpenses: [...SEED_THREE_PUBLIC] });
const evaluation = evaluate(parseDataset(smallDataset));
const row = (key: string) => {
  const indicator = evaluation.indicators.find((i) => i.key === key);
  if (!indicator) throw new Error(`no indicator ${key}`);
  return indicatorRow(indicator);
};

describe("indicatorRow", () => {
  it("shows a rate rounded once, 四舍五入 to 2 places, with the unit apart", () => {
    // Seed 1.2.1 合计: 84,284.72 ÷ 820,000.00 = 10.2786…% → 10.28.
    expect(row("threePublicExpenses.controlRate.total")).toMatchObject({
      name: "“三公经费”控制率",
      value: "10.28",
      unit: "%",
    });
    // Seed 1.2.2: 公务接待费 (62,769.85 − 220,870.00) ÷ 220,870.00 = −71.58%.
    expect(row("threePublicExpenses.changeRate[officialReception]").value).toBe("-71.58");
  });

  it("shows amounts in 元 with thousands separators and headcounts as integers", () => {
    // Seed 1.2.1 合计 决算数 84,284.72.
    expect(row("threePublicExpenses.actual.total")).toMatchObject({
      value: "84,284.72",
      unit: "元",
    });
    // Seed 一、（2）: 在职 288 人.
    expect(row("staffing.activeStaff")).toMatchObject({ value: "288", unit: "人" });
  });

  it("shows the Chinese reason instead of a number when the value is null", () => {
    // 公务用车购置: 上年 0, 本年 0 → 变动率 0 ÷ 0 is 不适用 (DESIGN §7); the seed prints 0.00%.
    const purchase = row("threePublicExpenses.changeRate[officialVehiclePurchase]");
    expect(purchase.exact).toBeNull();
    expect(purchase.value).toBe("不适用");
    expect(purchase.unit).toBe("");
  });
});

describe("compareRowValues", () => {
  it("orders by exact value and puts rows without a value last", () => {
    const values = [
      { exact: dec("10.2786") },
      { exact: null },
      { exact: dec("-85.15") },
      { exact: dec("10.27") },
    ];
    expect(values.sort(compareRowValues).map((v) => v.exact?.toString() ?? null)).toEqual([
      "-85.15",
      "10.27",
      "10.2786",
      null,
    ]);
  });
});

describe("parseDatasetFile", () => {
  it("accepts a dataset with a byte-order mark", () => {
    const result = parseDatasetFile(`\uFEFF${JSON.stringify(smallDataset)}`);
    expect(result.ok && result.dataset.staffing.atYearEnd.activeStaff).toBe(288);
  });

  it("lists every problem with its JSON path", () => {
    const broken = structuredClone(smallDataset) as Record<string, unknown>;
    broken.threePublicExpenses = [{ ...SEED_THREE_PUBLIC[0], budget: 820000, actual: "abc" }];
    const result = parseDatasetFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((i) => i.path);
    expect(paths).toEqual(["threePublicExpenses[0].budget", "threePublicExpenses[0].actual"]);
  });

  it("reports invalid JSON as one issue", () => {
    const result = parseDatasetFile("{ not json");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.issues[0]?.message).toMatch(/^JSON 语法错误 \/ invalid JSON: /);
  });
});
