import { describe, expect, it } from "vitest";
import { budgetSummaryIndicators } from "./budget-summary.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

const seed = budgetSummaryIndicators(seedDataset());

describe("预算规模 table on the seed (一、（二）)", () => {
  it("gives 支出−收入 per kind: 基本 −2,103,249.02, 项目 4,332,713.69", () => {
    // 31,735,764.67 − 33,839,013.69 = −2,103,249.02; 650,501,700 − 646,168,986.31 = 4,332,713.69
    expect(exactValue(seed, "budgetSummary.difference[basic]")).toBe("-2103249.02");
    expect(exactValue(seed, "budgetSummary.difference[project]")).toBe("4332713.69");
  });

  it("totals 预算支出 682,237,464.67, 预算收入 680,008,000, 差 2,229,464.67 (合计 row and 注)", () => {
    expect(exactValue(seed, "budgetSummary.budgetExpenditure.total")).toBe("682237464.67");
    expect(exactValue(seed, "budgetSummary.budgetRevenue.total")).toBe("680008000");
    expect(exactValue(seed, "budgetSummary.difference.total")).toBe("2229464.67");
  });

  it("is missing where a cell is blank", () => {
    const out = budgetSummaryIndicators(
      seedDataset({
        budgetSummary: [
          { kind: "basic", name: "基本支出", budgetExpenditure: "1", budgetRevenue: "" },
        ],
      }),
    );
    expect(byKey(out, "budgetSummary.difference[basic]").nullReason).toBe("missing");
  });
});
