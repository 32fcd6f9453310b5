import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../decimal.ts";
import { formatPercent, formatWanYuan, formatYuan, groupThousands } from "./format.ts";
import { roundHalfUp } from "./rounding.ts";

describe("formatYuan", () => {
  it("prints 元 as the seed does: thousands separators, 2 places", () => {
    expect(formatYuan(dec("682237464.67"))).toBe("682,237,464.67");
    expect(formatYuan(dec("650501700"))).toBe("650,501,700.00");
    expect(formatYuan(dec("-4332713.69"))).toBe("-4,332,713.69");
    expect(formatYuan(dec("0"))).toBe("0.00");
    expect(formatYuan(dec("820"))).toBe("820.00");
  });

  it("property: removing the separators gives the 四舍五入 value", () => {
    const cents = fc
      .bigInt({ min: -(10n ** 14n), max: 10n ** 14n })
      .map((c) => dec(c.toString()).div(1000));
    fc.assert(fc.property(cents, (v) => formatYuan(v).replaceAll(",", "") === roundHalfUp(v, 2)));
  });
});

describe("formatWanYuan", () => {
  it("restates 元 in 万元 as the seed does", () => {
    // 1.2.1: 决算数 84,284.72 元 = 8.43 万元; 预算数 82.00 万元
    expect(formatWanYuan(dec("84284.72"))).toBe("8.43");
    expect(formatWanYuan(dec("820000"))).toBe("82.00");
    // 四、2: 实际支出 68,223.746467 万元; 4 places rounds to 68,223.7465
    expect(formatWanYuan(dec("682237464.67"), 4)).toBe("68,223.7465");
    expect(formatWanYuan(dec("682237464.67"), 4, false)).toBe("68223.7465");
    // 一、（二）: 68,751.30 万元
    expect(formatWanYuan(dec("687513000"))).toBe("68,751.30");
  });
});

describe("formatPercent", () => {
  it("prints a percentage with 2 places and a % sign", () => {
    expect(formatPercent(dec("237.959770976348"))).toBe("237.96%");
    expect(formatPercent(dec("-71.5806356680"))).toBe("-71.58%");
    expect(formatPercent(dec("100"))).toBe("100.00%");
    expect(formatPercent(dec("113.375"), 0)).toBe("113%");
  });
});

describe("groupThousands", () => {
  it("groups only the integer part", () => {
    expect(groupThousands("1234567.891")).toBe("1,234,567.891");
    expect(groupThousands("-1234")).toBe("-1,234");
    expect(groupThousands("123")).toBe("123");
    expect(groupThousands("1000")).toBe("1,000");
  });
});
