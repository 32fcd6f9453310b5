import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { projectFundingIndicators } from "./project-funding.ts";
import { byKey } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("项目支出财政资金占比", () => {
  it("is 646,168,986.31 ÷ 650,501,700.00 = 99.33% on the seed (表（二） 项目支出 到位; 2.2 合计)", () => {
    // The seed's 2.1 says the project money was 全部为财政资金 (100%).
    const share = byKey(projectFundingIndicators(seedDataset()), "projects.fiscalFundingShare");
    expect(share.value && roundHalfUp(share.value, 4)).toBe("99.3339");
    expect(share.inputs.map((i) => [i.label, i.path])).toEqual([
      ["项目支出财政拨款到位金额", "allocation[4].received"],
      ["项目实际使用合计", "projects[*].actual"],
    ]);
  });

  it("falls back to the 预算规模 table and the expenditure line when allocation and projects are absent", () => {
    const out = projectFundingIndicators(seedDataset({ allocation: [], projects: [] }));
    const share = byKey(out, "projects.fiscalFundingShare");
    expect(share.inputs.map((i) => i.path)).toEqual([
      "budgetSummary[1].budgetRevenue",
      "expenditure[4].actual",
    ]);
    expect(projectFundingIndicators(seedDataset({ allocation: [], budgetSummary: [] }))).toEqual(
      [],
    );
  });
});
