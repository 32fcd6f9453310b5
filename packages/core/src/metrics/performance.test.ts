import { describe, expect, it } from "vitest";
import { performanceIndicators } from "./performance.ts";
import { byKey } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("实际完成率 of performance indicators", () => {
  it("is 90.7 ÷ 80 公顷 = 113.375% for 增减挂钩周转指标 (四、（二）（2）: 113%)", () => {
    const rate = byKey(
      performanceIndicators(seedDataset()),
      "performance.completionRate[linkage-quota]",
    );
    expect(rate.value?.toString()).toBe("113.375");
    expect(rate.inputs.map((i) => [i.unit, i.path])).toEqual([
      ["公顷", "performanceIndicators[0].actual"],
      ["公顷", "performanceIndicators[0].planned"],
    ]);
  });

  it("reports 计划数 80 and 实际完成数 90.7 in the indicator's own unit (公顷)", () => {
    const out = performanceIndicators(seedDataset());
    expect(byKey(out, "performance.planned[linkage-quota]").value?.toString()).toBe("80");
    expect(byKey(out, "performance.actual[linkage-quota]").unit).toBe("公顷");
  });

  it("is absent without a plan, and null (undefined) for a zero plan", () => {
    const out = performanceIndicators(
      seedDataset({
        performanceIndicators: [
          {
            id: "x",
            category: "output.quantity",
            name: "x",
            unit: "宗",
            planned: "",
            actual: "46",
          },
          {
            id: "y",
            category: "output.quantity",
            name: "y",
            unit: "宗",
            planned: "0",
            actual: "3",
          },
        ],
      }),
    );
    // x reports 46 宗 with no target: no completion rate at all, rather than a "missing" one
    expect(out.some((i) => i.key === "performance.completionRate[x]")).toBe(false);
    expect(byKey(out, "performance.planned[x]").nullReason).toBe("missing");
    expect(byKey(out, "performance.completionRate[y]").nullReason).toBe("undefined");
  });
});
