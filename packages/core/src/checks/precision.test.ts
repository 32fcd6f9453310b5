import { describe, expect, it } from "vitest";
import { dec } from "../decimal.ts";
import {
  ratioInterval,
  reachesByRounding,
  reachesByTruncation,
  roundsTo,
  truncatesTo,
} from "./precision.ts";

describe("stated precision", () => {
  it("99.84% is not a match for 99.8494…% but a truncation (seed 四(一)2 预算完成率)", () => {
    const exact = dec("682237464.67").div(dec("683266542.43")).times(100); // 99.84938…
    expect(roundsTo(dec("99.84"), exact, 2)).toBe(false);
    expect(roundsTo(dec("99.85"), exact, 2)).toBe(true);
    expect(truncatesTo(dec("99.84"), exact, 2)).toBe(true);
  });

  it("one 分 is a difference", () => {
    expect(roundsTo(dec("682237464.66"), dec("682237464.67"), 2)).toBe(false);
    expect(roundsTo(dec("682237464.67"), dec("682237464.67"), 2)).toBe(true);
  });

  it("truncation of a negative value cuts toward zero (−85.149… → −85.14)", () => {
    expect(truncatesTo(dec("-85.14"), dec("-85.1491"), 2)).toBe(true);
    expect(roundsTo(dec("-85.15"), dec("-85.1491"), 2)).toBe(true);
  });

  it("不动产登记收费 129万 ÷ 40万 → 322% is reachable from inputs given to 1 万元 (seed 四(二)(6))", () => {
    const range = ratioInterval(
      { lo: dec("1285000"), hi: dec("1295000") },
      { lo: dec("395000"), hi: dec("405000") },
    );
    expect(range).not.toBeNull();
    expect(range?.lo.toDecimalPlaces(2).toString()).toBe("317.28");
    expect(range?.hi.toDecimalPlaces(2).toString()).toBe("327.85");
    expect(reachesByRounding(dec("322"), range ?? { lo: dec("0"), hi: dec("0") }, 0)).toBe(true);
  });

  it("采矿权出让收益 1605.6万 ÷ 300万 → 537% is not reachable (seed 四(二)(4))", () => {
    const range = ratioInterval(
      { lo: dec("16055500"), hi: dec("16056500") },
      { lo: dec("2995000"), hi: dec("3005000") },
    );
    if (!range) throw new Error("no range");
    expect(reachesByRounding(dec("537"), range, 0)).toBe(false);
    expect(reachesByTruncation(dec("537"), range, 0)).toBe(false);
    expect(reachesByRounding(dec("535"), range, 0)).toBe(true);
  });

  it("立项争资 4068万 ÷ 4000万 → 101% is reachable only by truncation (seed 四(二)(1))", () => {
    const range = ratioInterval(
      { lo: dec("40675000"), hi: dec("40685000") },
      { lo: dec("39995000"), hi: dec("40005000") },
    );
    if (!range) throw new Error("no range");
    expect(reachesByRounding(dec("101"), range, 0)).toBe(false);
    expect(reachesByTruncation(dec("101"), range, 0)).toBe(true);
  });

  it("a denominator interval touching 0 gives no range", () => {
    expect(
      ratioInterval({ lo: dec("1"), hi: dec("2") }, { lo: dec("0"), hi: dec("1") }),
    ).toBeNull();
  });
});
