import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { StepDeductRule } from "../../frameworks/schema.ts";
import { scoreStepDeduct } from "./step-deduct.ts";

// Published Hunan rule: 预算完成率 100%计满分，每低于5%扣2分，扣完为止 (DESIGN.md §6 rule 2).
const completion = StepDeductRule.parse({
  type: "stepDeduct",
  params: { direction: "higherBetter", target: "100", step: "5", perStep: "2" },
}).params;
const score = (value: string, params = completion) =>
  scoreStepDeduct(params, {
    weight: new Decimal(5),
    value: new Decimal(value),
    label: "预算完成率",
    unit: "%",
    places: 2,
  });

describe("scoreStepDeduct", () => {
  it("预算完成率 92.8% scores 3 of 5 (the published worked case: one full 5% step short)", () => {
    const r = score("92.8");
    expect(r.score?.toString()).toBe("3");
    expect(r.reason).toBe("预算完成率92.80%，低于100%的7.2个百分点，每满5%扣2分，计1档，扣2分");
  });

  it("Taojiang 预算完成率 99.85% (seed 四、2 states 99.84%) loses nothing", () => {
    expect(score("99.85").score?.toString()).toBe("5");
  });

  it("step edges: 95 is one full step, 95.01 none; 90 two; 85 three → floored at 0", () => {
    expect(score("95").score?.toString()).toBe("3");
    expect(score("95.01").score?.toString()).toBe("5");
    expect(score("90").score?.toString()).toBe("1");
    expect(score("90.01").score?.toString()).toBe("3");
    expect(score("85").score?.toString()).toBe("0");
    expect(score("100").score?.toString()).toBe("5");
    expect(score("120").score?.toString()).toBe("5");
  });

  it("started steps count any shortfall: 99.85% then loses 2", () => {
    expect(score("99.85", { ...completion, counting: "started" }).score?.toString()).toBe("3");
  });
});
