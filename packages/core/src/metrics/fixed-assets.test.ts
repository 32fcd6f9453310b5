import { describe, expect, it } from "vitest";
import { fixedAssetIndicators } from "./fixed-assets.ts";
import { byKey } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("固定资产利用率", () => {
  it("is in use ÷ total: 900,000 ÷ 1,200,000 = 75% (the seed gives no fixed-asset totals)", () => {
    const out = fixedAssetIndicators(
      seedDataset({ fixedAssets: { inUse: "900000", total: "1200000" } }),
    );
    expect(byKey(out, "fixedAssets.utilizationRate").value?.toString()).toBe("75");
    expect(fixedAssetIndicators(seedDataset())).toEqual([]);
  });

  it("is undefined when there are assets in use but a zero total", () => {
    const out = fixedAssetIndicators(seedDataset({ fixedAssets: { inUse: "5", total: "0" } }));
    expect(byKey(out, "fixedAssets.utilizationRate").nullReason).toBe("undefined");
  });
});
