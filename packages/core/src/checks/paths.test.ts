import { describe, expect, it } from "vitest";
import { resolvePath } from "./paths.ts";

describe("resolvePath", () => {
  const data = {
    revenueTargets: [{ id: "a", givenIn: { unit: "万元", places: 0 } }],
    staffing: { atBudget: { n: 282 } },
  };

  it("reads nested objects and array items (seed 一(2): 编制 282)", () => {
    expect(resolvePath(data, "staffing.atBudget.n")).toBe(282);
    expect(resolvePath(data, "revenueTargets[0].givenIn")).toEqual({ unit: "万元", places: 0 });
  });

  it("gives undefined for a missing step or a wildcard", () => {
    expect(resolvePath(data, "revenueTargets[3].givenIn")).toBeUndefined();
    expect(resolvePath(data, "revenueTargets[*].givenIn")).toBeUndefined();
    expect(resolvePath(data, "staffing.atBudget.n.x")).toBeUndefined();
  });
});
