import { describe, expect, it } from "vitest";
import { profileIndicators } from "./profile.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("部门概况 counts on the seed (一、（一）)", () => {
  const seed = profileIndicators(seedDataset());

  it("counts 1 一级 and 12 二级预算单位 (参公 1 + 全额 9 + 自收自支 2)", () => {
    expect(exactValue(seed, "budgetUnits.count.level1")).toBe("1");
    expect(exactValue(seed, "budgetUnits.count.level2")).toBe("12");
    expect(exactValue(seed, "budgetUnits.count.level2ByFundingType[full]")).toBe("9");
    expect(exactValue(seed, "budgetUnits.count.level2ByFundingType[selfFunded]")).toBe("2");
    expect(exactValue(seed, "budgetUnits.count.level2ByFundingType[civilServiceManaged]")).toBe(
      "1",
    );
    expect(byKey(seed, "budgetUnits.count.level2").inputs.map((i) => i.path)).toEqual([
      "budgetUnits.groups[1].count",
      "budgetUnits.groups[2].count",
      "budgetUnits.groups[3].count",
    ]);
  });

  it("counts 15 → 19 内设股室 and 12 → 13 二级机构 across the 2020-07-06 reorganisation (（1）)", () => {
    expect(exactValue(seed, "organisation.internalDivisions.count[start]")).toBe("15");
    expect(exactValue(seed, "organisation.internalDivisions.count[reorganised]")).toBe("19");
    expect(exactValue(seed, "organisation.subordinateUnits.count[start]")).toBe("12");
    expect(exactValue(seed, "organisation.subordinateUnits.count[reorganised]")).toBe("13");
  });

  it("counts 0 for a level with no group", () => {
    const out = profileIndicators(
      seedDataset({
        budgetUnits: { asOf: "2020-01-01", groups: [{ level: 1, fundingType: "full", count: 1 }] },
      }),
    );
    expect(exactValue(out, "budgetUnits.count.level2")).toBe("0");
  });
});
