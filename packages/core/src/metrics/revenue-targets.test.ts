import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { revenueTargetIndicators } from "./revenue-targets.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("revenue targets on the seed (四、（二）（1）)", () => {
  const seed = revenueTargetIndicators(seedDataset());

  it("非税收入 completion = 79,381 万元 ÷ 33,359.00 万元 = 237.96%", () => {
    const rate = byKey(seed, "revenueTargets.completionRate[non-tax]");
    expect(rate.value && roundHalfUp(rate.value, 4)).toBe("237.9598");
    expect(rate.value && roundHalfUp(rate.value, 2)).toBe("237.96");
    expect(rate.inputs.map((i) => i.path)).toEqual([
      "revenueTargets[0].actual",
      "revenueTargets[0].plan",
    ]);
  });

  it("土地出让 6.15 亿元 ÷ 3 亿元 = 205%; 罚没收入 196 ÷ 300 万元 = 65.33%", () => {
    expect(exactValue(seed, "revenueTargets.completionRate[land-sale]")).toBe("205");
    const fines = byKey(seed, "revenueTargets.completionRate[fines]").value;
    expect(fines && roundHalfUp(fines, 2)).toBe("65.33");
    expect(exactValue(seed, "revenueTargets.plan[non-tax]")).toBe("333590000");
  });

  it("is null for a zero or blank plan", () => {
    const out = revenueTargetIndicators(
      seedDataset({
        revenueTargets: [
          { id: "a", name: "a", plan: "0", actual: "5" },
          { id: "b", name: "b", plan: "", actual: "5" },
          { id: "c", name: "c", plan: "0", actual: "0" },
        ],
      }),
    );
    expect(byKey(out, "revenueTargets.completionRate[a]").nullReason).toBe("undefined");
    expect(byKey(out, "revenueTargets.completionRate[b]").nullReason).toBe("missing");
    expect(byKey(out, "revenueTargets.completionRate[c]").nullReason).toBe("notApplicable");
  });
});
