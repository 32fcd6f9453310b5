import { describe, expect, it } from "vitest";
import { revenueIndicators } from "./revenue.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

const seed = revenueIndicators(seedDataset());

describe("revenue by source on the seed (一、（二） and 二、)", () => {
  it("totals 预算收入 68,751.30 万元 = 687,513,000 元 (680,008,000 + 100,000 + 7,405,000)", () => {
    expect(exactValue(seed, "revenue.budget.total")).toBe("687513000");
    expect(exactValue(seed, "revenue.budget[higherLevelSubsidy]")).toBe("100000");
  });

  it("totals 使用 680,008,000.00 + 3,257,236.57 + 1,305.86 = 683,266,542.43 (二、 opening paragraph)", () => {
    expect(exactValue(seed, "revenue.used.total")).toBe("683266542.43");
  });

  it("keeps a blank source column missing (利息收入 has no 预算)", () => {
    expect(byKey(seed, "revenue.budget[interestIncome]").nullReason).toBe("missing");
  });
});
