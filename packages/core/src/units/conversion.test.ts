import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dec } from "../decimal.ts";
import { hectareToMu, wanYuanToYuan, yuanPerUnit, yuanToWanYuan } from "./conversion.ts";

describe("unit conversions", () => {
  it("元 ↔ 万元 exactly: 820,000 元 = 82 万元; 33,359.00 万元 = 333,590,000 元 (seed)", () => {
    expect(yuanToWanYuan(dec("820000")).toString()).toBe("82");
    expect(yuanToWanYuan(dec("683266542.43")).toString()).toBe("68326.654243");
    expect(wanYuanToYuan(dec("33359.00")).toString()).toBe("333590000");
  });

  it("公顷 → 亩 at 15 亩 per 公顷: 159.1181 公顷 = 2,386.7715 亩 (seed 四、（二）（1） says 2386.7亩)", () => {
    expect(hectareToMu(dec("159.1181")).toString()).toBe("2386.7715");
  });

  it("gives the scale of each money unit", () => {
    expect(yuanPerUnit("元").toString()).toBe("1");
    expect(yuanPerUnit("万元").toString()).toBe("10000");
    // 6.15 亿元 = 615,000,000 元
    expect(dec("6.15").times(yuanPerUnit("亿元")).toString()).toBe("615000000");
  });

  it("property: 元 → 万元 → 元 is the identity for amounts in 分", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (cents) => {
        const yuan = dec(cents.toString()).div(100);
        return wanYuanToYuan(yuanToWanYuan(yuan)).equals(yuan);
      }),
    );
  });
});
