import { describe, expect, it } from "vitest";
import { basicExpenditureIndicators } from "./basic-expenditure.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

const seed = basicExpenditureIndicators(seedDataset());

describe("基本支出明细 on the seed (二、1.1)", () => {
  it("totals 预算 31,132,746.66 and 决算 31,735,764.67, 结转结余 −603,018.01 (合计 row)", () => {
    // 预算: 25,507,764.16 + 805,953.00 + 4,819,029.50 + (折旧 blank) = 31,132,746.66
    expect(exactValue(seed, "basicExpenditure.budget.total")).toBe("31132746.66");
    // 决算: … + 603,018.01 = 31,735,764.67
    expect(exactValue(seed, "basicExpenditure.actual.total")).toBe("31735764.67");
    expect(exactValue(seed, "basicExpenditure.carryover.total")).toBe("-603018.01");
  });

  it("gives 0 for rows with equal 预算 and 决算, and missing for the 折旧 row with no 预算", () => {
    expect(exactValue(seed, "basicExpenditure.carryover[wagesAndBenefits]")).toBe("0");
    const dep = byKey(seed, "basicExpenditure.carryover[depreciation]");
    expect(dep.value).toBeNull();
    expect(dep.reason).toContain("basicExpenditure[3].budget");
  });
});
