import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { ThresholdDeductRule } from "../../frameworks/schema.ts";
import { scoreThresholdDeduct } from "./threshold-deduct.ts";

// Published Hunan rules (湖南省部门整体支出绩效评价指标表): 在职人员控制率 ≤100% 计5分，每超过一个百分点
// 扣0.5分; “三公经费”变动率 ≤0 计5分，>0 每超过一个百分点扣0.5分; 扣完为止.
const staff = ThresholdDeductRule.parse({
  type: "thresholdDeduct",
  params: { direction: "lowerBetter", threshold: "100", perPoint: "0.5" },
}).params;
const change = ThresholdDeductRule.parse({
  type: "thresholdDeduct",
  params: { direction: "lowerBetter", threshold: "0", perPoint: "0.5" },
}).params;
const input = (value: string, label: string, unit = "%") => ({
  weight: new Decimal(5),
  value: new Decimal(value),
  label,
  unit,
  places: 2,
});

describe("scoreThresholdDeduct", () => {
  it("在职人员控制率 88.66% scores 5 of 5", () => {
    const r = scoreThresholdDeduct(staff, input("88.66", "在职人员控制率"));
    expect(r.score?.toString()).toBe("5");
    expect(r.reason).toBe("在职人员控制率88.66%，不超过100%，得满分5分");
  });

  it("在职人员控制率 100% exactly is still full marks", () => {
    expect(scoreThresholdDeduct(staff, input("100", "在职人员控制率")).score?.toString()).toBe("5");
  });

  it("Taojiang 在职人员控制率 102.13% (288 ÷ 282, seed 一、（2）) loses 2.13 × 0.5 = 1.065 → 1.07", () => {
    const r = scoreThresholdDeduct(staff, input("102.13", "在职人员控制率"));
    expect(r.score?.toString()).toBe("3.93");
    expect(r.reason).toBe("在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分");
  });

  it("a “三公经费”变动率 above 0 loses 0.5 per point", () => {
    const r = scoreThresholdDeduct(change, input("3.4", "“三公经费”变动率"));
    // 3.4 points × 0.5 = 1.7
    expect(r.score?.toString()).toBe("3.3");
    expect(r.reason).toContain("超过0%的3.4个百分点，每点扣0.5分，扣1.7分");
  });

  it("Taojiang “三公经费”变动率 −85.15% (seed 1.2.2 合计) keeps full marks", () => {
    expect(
      scoreThresholdDeduct(change, input("-85.15", "“三公经费”变动率")).score?.toString(),
    ).toBe("5");
  });

  it("floors at 0 (扣完为止): +12.5% would cost 6.25 of 5", () => {
    const r = scoreThresholdDeduct(change, input("12.5", "“三公经费”变动率"));
    expect(r.score?.toString()).toBe("0");
    expect(r.reason).toContain("扣5分，扣完为止，得0分");
  });

  it("counting: whole points ignore the fraction, started points count it as one", () => {
    const whole = { ...staff, counting: "wholePoints" as const };
    const started = { ...staff, counting: "startedPoints" as const };
    expect(scoreThresholdDeduct(whole, input("102.13", "在职人员控制率")).score?.toString()).toBe(
      "4",
    );
    expect(scoreThresholdDeduct(started, input("102.13", "在职人员控制率")).score?.toString()).toBe(
      "3.5",
    );
  });

  it("higherBetter deducts below the threshold: 满意度 87.5 under ≥90, −0.5 per point", () => {
    const p = { ...staff, direction: "higherBetter" as const, threshold: "90" };
    const r = scoreThresholdDeduct(p, { ...input("87.5", "满意度", "分"), weight: new Decimal(6) });
    expect(r.score?.toString()).toBe("4.75");
    expect(r.reason).toContain("低于90分的2.5分");
  });
});
