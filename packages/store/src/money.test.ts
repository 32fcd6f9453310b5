import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalMoney } from "./money.ts";

describe("canonicalMoney", () => {
  it("keeps 2-place amounts as written and pads others, exactly", () => {
    // 682,237,464.67 元: the seed's 支出合计 (表（一）).
    expect(canonicalMoney("682237464.67")).toBe("682237464.67");
    expect(canonicalMoney("0.01")).toBe("0.01");
    expect(canonicalMoney("99999999999999.99")).toBe("99999999999999.99");
    expect(canonicalMoney("0.1")).toBe("0.10");
    expect(canonicalMoney("820000")).toBe("820000.00");
  });

  it("refuses more than 2 decimals and non-numbers, bilingually", () => {
    expect(() => canonicalMoney("1.005")).toThrow(
      "“1.005”不是金额（元，最多两位小数） / '1.005' is not an amount in 元 (at most 2 decimals)",
    );
    expect(() => canonicalMoney("1e5")).toThrow(/不是金额/);
  });

  it("is idempotent (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (cents) => {
        const s = `${cents / 100n}.${String(cents % 100n).padStart(2, "0")}`;
        expect(canonicalMoney(canonicalMoney(s))).toBe(s);
      }),
    );
  });
});
