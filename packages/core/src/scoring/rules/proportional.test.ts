import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { scoreProportional } from "./proportional.ts";

const input = (value: string, weight = "5") => ({
  weight: new Decimal(weight),
  value: new Decimal(value),
  label: "满意度",
  unit: "分",
  places: 2,
});

describe("scoreProportional", () => {
  it("higherBetter: 满意度 95.2 (seed 五、2.4.2 D) against 100 → 5 × 0.952 = 4.76", () => {
    const r = scoreProportional({ direction: "higherBetter", target: "100" }, input("95.2"));
    expect(r.score?.toString()).toBe("4.76");
    expect(r.reason).toBe("满意度95.20分，得分=5×min(95.20分÷100分, 1)=4.76分，扣0.24分");
  });

  it("never above full marks: 237.96% completion is 5 of 5", () => {
    expect(
      scoreProportional(
        { direction: "higherBetter", target: "100" },
        input("237.96"),
      ).score?.toString(),
    ).toBe("5");
  });

  it("lowerBetter: 125 against ≤ 100 → 5 × 100/125 = 4", () => {
    expect(
      scoreProportional(
        { direction: "lowerBetter", target: "100" },
        input("125"),
      ).score?.toString(),
    ).toBe("4");
    expect(
      scoreProportional({ direction: "lowerBetter", target: "100" }, input("0")).score?.toString(),
    ).toBe("5");
  });

  it("target: 90 against = 100 → 5 × (1 − 10/100) = 4.5; 250 → 0", () => {
    expect(
      scoreProportional({ direction: "target", target: "100" }, input("90")).score?.toString(),
    ).toBe("4.5");
    expect(
      scoreProportional({ direction: "target", target: "100" }, input("250")).score?.toString(),
    ).toBe("0");
  });
});
