import { describe, expect, it } from "vitest";
import { procurementIndicators } from "./procurement.ts";
import { byKey } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("政府采购执行率", () => {
  it("is actual ÷ budget: 950,000 ÷ 1,000,000 = 95% (the seed gives no procurement amounts)", () => {
    const out = procurementIndicators(
      seedDataset({ procurement: { budget: "1000000", actual: "950000" } }),
    );
    expect(byKey(out, "procurement.executionRate").value?.toString()).toBe("95");
    expect(procurementIndicators(seedDataset())).toEqual([]);
  });

  it("is null for 0 ÷ 0 and a blank budget", () => {
    const na = procurementIndicators(seedDataset({ procurement: { budget: "0", actual: "0" } }));
    expect(byKey(na, "procurement.executionRate").nullReason).toBe("notApplicable");
    const blank = procurementIndicators(seedDataset({ procurement: { budget: "", actual: "1" } }));
    expect(byKey(blank, "procurement.executionRate").nullReason).toBe("missing");
  });
});
