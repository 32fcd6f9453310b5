import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { HUNAN_CONTROL_BANDS } from "../../frameworks/builtin/common-items.ts";
import { BandsRule } from "../../frameworks/schema.ts";
import { scoreBands } from "./bands.ts";

// Published Hunan rule: 预算控制率=0，计5分；0-10%（含），计4分；10-20%（含），计3分；20-30%（含），
// 计2分；大于30%不得分.
const control = BandsRule.parse(HUNAN_CONTROL_BANDS).params;
const score = (value: string) =>
  scoreBands(control, {
    weight: new Decimal(5),
    value: new Decimal(value),
    label: "预算控制率",
    unit: "%",
    places: 2,
  }).score?.toString();

describe("scoreBands", () => {
  it("scores both sides of every endpoint of the Hunan 预算控制率 bands", () => {
    const cases: [string, string][] = [
      ["0", "5"],
      ["0.01", "4"],
      ["9.99", "4"],
      ["10", "4"],
      ["10.01", "3"],
      ["20", "3"],
      ["20.01", "2"],
      ["30", "2"],
      ["30.01", "0"],
      ["250", "0"],
    ];
    for (const [value, expected] of cases) expect([value, score(value)]).toEqual([value, expected]);
  });

  it("explains the band in the reason", () => {
    const r = scoreBands(control, {
      weight: new Decimal(5),
      value: new Decimal("10"),
      label: "预算控制率",
      unit: "%",
      places: 2,
    });
    expect(r.reason).toBe("预算控制率10.00%，在(0%, 10%]区间，得4分，扣1分");
  });

  it("left-closed bands: [90, 95) excludes 95 and includes 90", () => {
    const p = BandsRule.parse({
      type: "bands",
      params: {
        bands: [
          { min: "95", score: "5" },
          { min: "90", max: "95", score: "4" },
        ],
      },
    }).params;
    const at = (v: string) =>
      scoreBands(p, {
        weight: new Decimal(5),
        value: new Decimal(v),
        label: "满意度",
        unit: "分",
        places: 2,
      }).score?.toString();
    expect(at("95")).toBe("5");
    expect(at("94.99")).toBe("4");
    expect(at("90")).toBe("4");
    expect(at("89.99")).toBe("0");
  });
});
