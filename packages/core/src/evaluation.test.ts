import { describe, expect, it } from "vitest";
// Tests may read the example by relative path; production code in core never does.
import taojiang from "../../../examples/taojiang-natural-resources-2020/dataset.json" with {
  type: "json",
};
import { evaluate, indicatorByKey } from "./evaluation.ts";
import { builtinFramework } from "./frameworks/builtin/index.ts";
import { CATALOGUE, catalogueEntry, parseKey } from "./metrics/catalogue.ts";
import { parseDataset } from "./schema/parse.ts";
import { roundHalfUp, truncate } from "./units/rounding.ts";

const evaluation = evaluate(parseDataset(taojiang));

function shown(key: string, places = 2): string {
  const indicator = indicatorByKey(evaluation, key);
  if (!indicator) throw new Error(`no indicator ${key}`);
  if (indicator.value === null) return `null (${indicator.nullReason})`;
  return roundHalfUp(indicator.value, places);
}

/**
 * Catalogue codes the Taojiang dataset cannot feed, and why. Everything else must be computed.
 */
const NOT_FED_BY_TAOJIANG: Record<string, string> = {
  "budgetExecution.adjustmentRate": "预算调整数 is not a dataset field",
  "budgetExecution.controlRate": "the seed gives no 年初预算/本年追加 split (no budgetStages)",
  "carryover.changeRate": "the seed gives no 上年度结转结余 (no budgetStages)",
  "keyExpenditure.rate": "the seed marks no project as 重点项目 (isKey null)",
  "procurement.executionRate": "the seed states no 政府采购 amounts",
  "fixedAssets.utilizationRate": "the seed states no 固定资产 totals",
};

describe("golden: evaluate(taojiang-natural-resources-2020)", () => {
  it("computes “三公经费”控制率 10.28% = 84,284.72 ÷ 820,000 (seed 1.2.1)", () => {
    expect(shown("threePublicExpenses.actual.total")).toBe("84284.72");
    expect(shown("threePublicExpenses.budget.total")).toBe("820000.00");
    expect(shown("threePublicExpenses.controlRate.total")).toBe("10.28");
  });

  it("computes “三公经费”变动率 −85.15%, 公务接待费 −71.58%, 公务用车运行维护费 −93.79% (seed 1.2.2)", () => {
    expect(shown("threePublicExpenses.changeRate.total")).toBe("-85.15");
    expect(shown("threePublicExpenses.changeRate[officialReception]")).toBe("-71.58");
    expect(shown("threePublicExpenses.changeRate[officialVehicleOperation]")).toBe("-93.79");
  });

  it("computes 结转结余 1,029,077.76 元 = 683,266,542.43 − 682,237,464.67 (seed 二、, 表（二）)", () => {
    expect(shown("carryover.amount")).toBe("1029077.76");
    expect(shown("allocation.received.total")).toBe("683266542.43");
    expect(shown("expenditure.actual.total")).toBe("682237464.67");
  });

  it("computes 非税收入 completion 237.96% = 79,381 ÷ 33,359 万元 (seed 四、（二）（1）)", () => {
    const nonTax = evaluation.indicators.find(
      (i) =>
        i.code === "revenueTargets.completionRate" && i.inputs[0]?.label.startsWith("非税收入"),
    );
    expect(nonTax?.inputs.map((i) => i.value?.toString())).toEqual(["793810000", "333590000"]);
    expect(nonTax?.value && roundHalfUp(nonTax.value, 2)).toBe("237.96");
  });

  it("computes 预算完成率 99.85% = 682,237,464.67 ÷ 683,266,542.43 (seed 四、2 states 99.84%, a truncation)", () => {
    expect(shown("budgetExecution.completionRate", 4)).toBe("99.8494");
    expect(shown("budgetExecution.completionRate")).toBe("99.85");
    const v = indicatorByKey(evaluation, "budgetExecution.completionRate")?.value;
    expect(v && truncate(v, 2)).toBe("99.84");
  });

  it("computes the rest of the seed's rates from data", () => {
    // 1.3 公用经费控制率 100%: 4,819,029.50 ÷ 4,819,029.50
    expect(shown("operatingExpenses.controlRate")).toBe("100.00");
    // 一、（2）: 在职 288 ÷ 年初编制 282 (the seed's 100% divides by the year-end 288)
    expect(shown("staffing.activeStaffControlRate")).toBe("102.13");
    // 2.2: 20 projects, 650,501,700.00 each way
    expect(evaluation.indicators.filter((i) => i.code === "projects.usageRate")).toHaveLength(20);
    expect(shown("projects.usageRate.total")).toBe("100.00");
    expect(shown("basicExpenditure.carryover.total")).toBe("-603018.01");
    expect(shown("budgetSummary.difference.total")).toBe("2229464.67");
  });

  it("computes every catalogue code the dataset can feed", () => {
    const emitted = new Set(evaluation.indicators.map((i) => i.code));
    const notEmitted = CATALOGUE.map((e) => e.code).filter((c) => !emitted.has(c));
    expect(notEmitted.sort()).toEqual(Object.keys(NOT_FED_BY_TAOJIANG).sort());
  });

  it("resolves every stated figure's refersTo, unless the data has no row for what it claims", () => {
    const keys = new Set(evaluation.indicators.map((i) => i.key));
    const stated = evaluation.dataset.statedFigures.flatMap((s) =>
      s.refersTo ? [s.refersTo] : [],
    );
    for (const key of stated) {
      const { code, param } = parseKey(key);
      expect(catalogueEntry(code), key).toBeDefined();
      if (keys.has(key)) continue;
      // Unresolved only where the claim names an item the data does not have, e.g. the 预算规模
      // note's 上年结转结余 used (revenue.used[priorYearCarryover]) with no such revenue row,
      // or a code the data cannot feed at all.
      expect(param !== undefined || code in NOT_FED_BY_TAOJIANG, key).toBe(true);
    }
  });

  it("matches the reviewed golden list of indicators (update with `vitest -u` after reviewing the diff)", () => {
    const lines = evaluation.indicators.map((i) => {
      const value =
        i.value === null
          ? `null ${i.nullReason}`
          : `${i.value.toString()} (${roundHalfUp(i.value, 2)}${i.unit === "%" ? "%" : ` ${i.unit}`})`;
      return `${i.key} = ${value}`;
    });
    expect(lines.join("\n")).toMatchSnapshot();
  });
});

describe("evaluate(dataset, { framework }) — compute → check → score in one call", () => {
  it("adds the 评分表: 在职人员控制率 102.13% loses 1.07 of 5 under the Hunan rule (−0.5 per point over 100%)", () => {
    const framework = builtinFramework("hunan-county-2020");
    if (!framework) throw new Error("no built-in hunan-county-2020");
    const scored = evaluate(parseDataset(taojiang), { framework });
    const sheet = scored.scoreSheet;
    if (!sheet) throw new Error("no score sheet");
    // the seed publishes no 评分表: qualitative indicators stay 待评, so the total is provisional
    expect(sheet.provisional).toBe(true);
    expect(scored.indicators).toEqual(evaluation.indicators);
    expect(evaluation.scoreSheet).toBeUndefined();
    const staffing = JSON.stringify(sheet);
    expect(staffing).toContain("在职人员控制率102.13%");
    expect(staffing).toContain("扣1.07分");
  });
});
