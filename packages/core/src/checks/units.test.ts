import { describe, expect, it } from "vitest";
import { conversionFactor, isMoneyUnit, slipUnits } from "./units.ts";

describe("units for checks", () => {
  it("converts 元 → 万元 → 亿元 exactly, and 公顷 → 亩 (seed: 159.1181公顷 = 2386.7715亩)", () => {
    expect(conversionFactor("元", "万元")?.toString()).toBe("0.0001");
    expect(conversionFactor("亿元", "万元")?.toString()).toBe("10000");
    expect(conversionFactor("公顷", "亩")?.times("159.1181").toString()).toBe("2386.7715");
    expect(conversionFactor("人", "名")?.toString()).toBe("1");
  });

  it("refuses units that measure different things", () => {
    expect(conversionFactor("元", "%")).toBeNull();
    expect(conversionFactor("人", "公顷")).toBeNull();
  });

  it("lists the money units a number could have slipped into", () => {
    expect(slipUnits("万元").map((s) => [s.unit, s.factor.toString()])).toEqual([
      ["元", "10000"],
      ["亿元", "0.0001"],
    ]);
    expect(slipUnits("%")).toEqual([]);
    expect(isMoneyUnit("亿元")).toBe(true);
    expect(isMoneyUnit("亩")).toBe(false);
  });
});
