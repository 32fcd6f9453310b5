import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { carryoverIndicators } from "./carryover.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("结转结余 and 结转结余率", () => {
  const seed = carryoverIndicators(seedDataset());

  it("结转结余 = 到位 683,266,542.43 − 实际支出 682,237,464.67 = 1,029,077.76 元 (二、 and 表（二）)", () => {
    const amount = byKey(seed, "carryover.amount");
    expect(amount.value?.toString()).toBe("1029077.76");
    expect(amount.inputs.map((i) => [i.label, i.path])).toEqual([
      ["到位金额合计", "allocation[*].received"],
      ["实际支出合计", "expenditure[*].actual"],
    ]);
  });

  it("结转结余率 = 1,029,077.76 ÷ 682,237,464.67 = 0.1508…%", () => {
    const rate = byKey(seed, "carryover.rate");
    expect(rate.value && roundHalfUp(rate.value, 6)).toBe("0.150839");
    expect(rate.inputs[1]?.label).toBe("支出预算数");
  });

  it("falls back to revenue received and allocation actual when the other tables are absent", () => {
    // fixture revenue 到位: 677,904,750.98 + 5,360,485.59 + 1,305.86 = 683,266,542.43
    const noAllocation = carryoverIndicators(seedDataset({ allocation: [] }));
    expect(byKey(noAllocation, "carryover.amount").inputs[0]?.path).toBe("revenue[*].received");
    expect(exactValue(noAllocation, "carryover.amount")).toBe("1029077.76");
    // 实际 from allocation (Σ 实际使用 682,237,464.67) when there are no expenditure lines;
    // 支出预算数 then comes from the 预算规模 table (682,237,464.67)
    const noExpenditure = carryoverIndicators(seedDataset({ expenditure: [] }));
    expect(byKey(noExpenditure, "carryover.amount").inputs[1]?.path).toBe("allocation[*].actual");
    expect(byKey(noExpenditure, "carryover.rate").inputs[1]?.path).toBe(
      "budgetSummary[*].budgetExpenditure",
    );
    // with neither there is no 实际支出 at all, so nothing is emitted
    expect(carryoverIndicators(seedDataset({ allocation: [], expenditure: [] }))).toEqual([]);
  });

  it("computes 结转结余变动率 from budgetStages, with 上年 0 as 上年为0（新增）", () => {
    const stages = {
      priorYearCarryover: "2229464.67",
      initialBudget: "1",
      supplementaryAppropriation: "0",
    };
    const out = carryoverIndicators(
      seedDataset({ budgetStages: { ...stages, yearEndCarryover: "" } }),
    );
    // (1,029,077.76 − 2,229,464.67) ÷ 2,229,464.67 = −53.8419…%
    const rate = byKey(out, "carryover.changeRate");
    expect(rate.value && roundHalfUp(rate.value, 4)).toBe("-53.8419");
    const stated = carryoverIndicators(
      seedDataset({ budgetStages: { ...stages, priorYearCarryover: "0", yearEndCarryover: "5" } }),
    );
    expect(byKey(stated, "carryover.changeRate").nullReason).toBe("priorYearZero");
    expect(byKey(stated, "carryover.changeRate").inputs[0]?.path).toBe(
      "budgetStages.yearEndCarryover",
    );
  });
});
