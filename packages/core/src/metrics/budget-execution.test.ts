import { describe, expect, it } from "vitest";
import { roundHalfUp, truncate } from "../units/rounding.ts";
import { budgetExecutionIndicators } from "./budget-execution.ts";
import { byKey } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("预算完成率", () => {
  it("without budgetStages: 实际支出 682,237,464.67 ÷ 到位 683,266,542.43 = 99.8494% → 99.85 (四、2)", () => {
    const rate = byKey(budgetExecutionIndicators(seedDataset()), "budgetExecution.completionRate");
    expect(rate.value?.toSignificantDigits(12).toString()).toBe("99.8493885334");
    expect(rate.value && roundHalfUp(rate.value, 2)).toBe("99.85");
    // the seed states 99.84%: the truncation of this value, not its rounding
    expect(rate.value && truncate(rate.value, 2)).toBe("99.84");
    expect(rate.formula).toContain("以到位数为预算数");
    expect(rate.inputs.map((i) => i.path)).toEqual([
      "expenditure[*].actual",
      "allocation[*].received",
    ]);
  });

  it("Hunan form from budgetStages: (上年结转 + 年初预算 + 本年追加 − 年末结余) ÷ (…) and 预算控制率", () => {
    // The seed's year in stages: 上年结转 2,229,464.67; 年初 + 追加 such that the three sum to
    // 683,266,542.43; 年末结余 1,029,077.76 → 682,237,464.67 ÷ 683,266,542.43 again.
    const out = budgetExecutionIndicators(
      seedDataset({
        budgetStages: {
          priorYearCarryover: "2229464.67",
          initialBudget: "400000000",
          supplementaryAppropriation: "281037077.76",
          yearEndCarryover: "1029077.76",
        },
      }),
    );
    const rate = byKey(out, "budgetExecution.completionRate");
    expect(rate.value && roundHalfUp(rate.value, 6)).toBe("99.849389");
    expect(rate.inputs.map((i) => i.path)).toEqual([
      "budgetStages.priorYearCarryover",
      "budgetStages.initialBudget",
      "budgetStages.supplementaryAppropriation",
      "budgetStages.yearEndCarryover",
    ]);
    // 预算控制率 = 281,037,077.76 ÷ 400,000,000 = 70.25926944%
    expect(byKey(out, "budgetExecution.controlRate").value?.toString()).toBe("70.25926944");
  });

  it("is missing when a stage is blank, and null (not 0) when the budget is 0", () => {
    const blank = budgetExecutionIndicators(
      seedDataset({
        budgetStages: {
          priorYearCarryover: "",
          initialBudget: "10",
          supplementaryAppropriation: "0",
          yearEndCarryover: "1",
        },
      }),
    );
    const r = byKey(blank, "budgetExecution.completionRate");
    expect(r.nullReason).toBe("missing");
    expect(r.reason).toContain("budgetStages.priorYearCarryover");
    const zero = budgetExecutionIndicators(
      seedDataset({
        budgetStages: {
          priorYearCarryover: "0",
          initialBudget: "0",
          supplementaryAppropriation: "0",
          yearEndCarryover: "0",
        },
      }),
    );
    expect(byKey(zero, "budgetExecution.completionRate").nullReason).toBe("notApplicable");
    expect(byKey(zero, "budgetExecution.controlRate").nullReason).toBe("notApplicable");
  });

  it("emits nothing when neither stages nor 到位 and 实际 are given", () => {
    expect(budgetExecutionIndicators(seedDataset({ allocation: [], revenue: [] }))).toEqual([]);
  });
});
