import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, dec } from "../decimal.ts";
import { decimalPlaces, roundHalfUp, truncate } from "./rounding.ts";

describe("roundHalfUp (四舍五入)", () => {
  it("rounds the seed's rates as displayed", () => {
    // 1.2.1: 84,284.72 ÷ 820,000 × 100 = 10.27862… → 10.28
    expect(roundHalfUp(dec("84284.72").div("820000").times(100))).toBe("10.28");
    // 1.2.2: −85.14920… → −85.15; 四、2: 99.84938… → 99.85 (the seed's 99.84 is a truncation)
    expect(roundHalfUp(dec("-85.1492011165"))).toBe("-85.15");
    expect(roundHalfUp(dec("99.8493885334"))).toBe("99.85");
  });

  it("rounds exact halves away from zero, unlike binary floats", () => {
    // 2.675 is 2.67499999… as a JS number; as a decimal it is an exact half
    expect(roundHalfUp(dec("2.675"))).toBe("2.68");
    expect(roundHalfUp(dec("-2.675"))).toBe("-2.68");
    expect(roundHalfUp(dec("0.005"))).toBe("0.01");
    expect(roundHalfUp(dec("0.0049999"))).toBe("0.00");
  });

  it("pads to the requested places and never prints −0", () => {
    expect(roundHalfUp(dec("100"))).toBe("100.00");
    expect(roundHalfUp(dec("-0.001"))).toBe("0.00");
    expect(roundHalfUp(dec("68223.746467"), 4)).toBe("68223.7465");
    expect(roundHalfUp(dec("237.959770976"), 0)).toBe("238");
  });

  it("property: the rounded value is within half a unit of the last place", () => {
    const value = fc
      .bigInt({ min: -(10n ** 15n), max: 10n ** 15n })
      .map((n) => dec(n.toString()).div(1_000_000));
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, places) => {
        const r = dec(roundHalfUp(v, places));
        const half = new Decimal(10).pow(-places).div(2);
        return r.minus(v).abs().lte(half) && decimalPlaces(roundHalfUp(v, places)) === places;
      }),
    );
  });
});

describe("truncate (截尾)", () => {
  it("cuts toward zero: 99.8493… → 99.84, as the seed's 预算完成率 (四、2)", () => {
    expect(truncate(dec("99.8493885334"))).toBe("99.84");
    expect(truncate(dec("-85.1492"))).toBe("-85.14");
    expect(truncate(dec("-0.009"))).toBe("0.00");
  });

  it("property: truncation never moves away from zero and loses less than one unit", () => {
    const value = fc
      .bigInt({ min: -(10n ** 15n), max: 10n ** 15n })
      .map((n) => dec(n.toString()).div(1_000_000));
    fc.assert(
      fc.property(value, (v) => {
        const t = dec(truncate(v, 2));
        return t.abs().lte(v.abs()) && v.minus(t).abs().lt("0.01");
      }),
    );
  });
});

describe("decimalPlaces", () => {
  it("counts the places written", () => {
    expect(decimalPlaces("205")).toBe(0);
    expect(decimalPlaces("10.28")).toBe(2);
    expect(decimalPlaces("68326.654243")).toBe(6);
    expect(decimalPlaces("-85.15")).toBe(2);
  });
});
