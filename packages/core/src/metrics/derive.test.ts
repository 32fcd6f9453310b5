import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, dec } from "../decimal.ts";
import { roundHalfUp } from "../units/rounding.ts";
import { cell, cellValue, changeRate, difference, percentRatio, total } from "./derive.ts";

const yuan = (label: string, raw: string | null) => cell(label, raw, "元", `t.${label}`);

describe("cellValue: blank is missing, never 0 (DESIGN.md §7)", () => {
  it("reads decimal strings exactly and blanks as null", () => {
    expect(cellValue("682237464.67")?.toString()).toBe("682237464.67");
    expect(cellValue("0")?.isZero()).toBe(true);
    for (const blank of [null, undefined, "", "  ", "-", "—"]) expect(cellValue(blank)).toBeNull();
  });
});

describe("percentRatio", () => {
  it("computes 预算完成率 682,237,464.67 ÷ 683,266,542.43 = 99.8494%, unrounded (seed 四、2)", () => {
    const r = percentRatio(yuan("实际支出", "682237464.67"), yuan("到位", "683266542.43"));
    expect(r.value?.toSignificantDigits(10).toString()).toBe("99.84938853");
    expect(r.value && roundHalfUp(r.value, 2)).toBe("99.85");
  });

  it("0 ÷ 0 → null 不适用; x ÷ 0 → null undefined; blank → null missing", () => {
    const na = percentRatio(yuan("决算数", "0"), yuan("预算数", "0.00"));
    expect(na).toMatchObject({ value: null, nullReason: "notApplicable" });
    expect(na.reason).toContain("不适用");
    // seed 1.2.1: 公务用车运行维护费 预算 0.00, 决算 21,514.87
    const undef = percentRatio(yuan("决算数", "21514.87"), yuan("预算数", "0"));
    expect(undef).toMatchObject({ value: null, nullReason: "undefined" });
    expect(undef.reason).toContain("21,514.87元");
    const miss = percentRatio(yuan("决算数", null), yuan("预算数", "820000"));
    expect(miss).toMatchObject({ value: null, nullReason: "missing" });
    expect(miss.reason).toContain("决算数（t.决算数）");
    expect(miss.reason).not.toContain("预算数（t.预算数）");
  });
});

describe("changeRate", () => {
  it("computes (84,284.72 − 567,543.34) ÷ 567,543.34 = −85.1492% (seed 1.2.2 合计)", () => {
    const r = changeRate(yuan("本年", "84284.72"), yuan("上年", "567543.34"));
    expect(r.value && roundHalfUp(r.value, 4)).toBe("-85.1492");
  });

  it("prior 0 → 上年为0（新增）; both 0 → 不适用; blank → missing", () => {
    expect(changeRate(yuan("本年", "5"), yuan("上年", "0"))).toMatchObject({
      value: null,
      nullReason: "priorYearZero",
    });
    expect(changeRate(yuan("本年", "0"), yuan("上年", "0"))).toMatchObject({
      value: null,
      nullReason: "notApplicable",
    });
    expect(changeRate(yuan("本年", "5"), yuan("上年", null))).toMatchObject({
      value: null,
      nullReason: "missing",
    });
  });
});

describe("difference and total", () => {
  it("difference: 62,769.85 − 820,000.00 = −757,230.15 (seed 1.2.1 公务接待费)", () => {
    expect(difference(yuan("决算", "62769.85"), yuan("预算", "820000.00")).value?.toString()).toBe(
      "-757230.15",
    );
    expect(difference(yuan("决算", "1"), yuan("预算", null)).nullReason).toBe("missing");
  });

  it("total skips blank cells; all blank or no rows → missing", () => {
    // seed 基本支出明细 预算金额: 25,507,764.16 + 805,953.00 + 4,819,029.50 + (blank) = 31,132,746.66
    const t = total([
      yuan("a", "25507764.16"),
      yuan("b", "805953.00"),
      yuan("c", "4819029.50"),
      yuan("d", null),
    ]);
    expect(t.value?.toString()).toBe("31132746.66");
    expect(total([yuan("a", null), yuan("b", "")]).nullReason).toBe("missing");
    expect(total([]).nullReason).toBe("missing");
  });

  it("property: a total equals the exact sum of its non-blank rows", () => {
    const amount = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.boolean())
      .map(([cents, blank]) => (blank ? null : new Decimal(cents.toString()).div(100).toFixed(2)));
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 60 }), (raws) => {
        const t = total(raws.map((r, i) => yuan(String(i), r)));
        const given = raws.filter((r): r is string => r !== null);
        if (given.length === 0) return t.value === null && t.nullReason === "missing";
        const cents = given.reduce((acc, r) => acc + BigInt(r.replace(".", "")), 0n);
        return t.value?.equals(dec(cents.toString()).div(100)) === true;
      }),
    );
  });

  it("property: a rate is unchanged when every amount is scaled by 10 000 (元 ↔ 万元)", () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((c) => dec(c.toString()).div(100));
    fc.assert(
      fc.property(cents, cents, (a, b) => {
        const scale = (v: Decimal) => v.times(10_000).toString();
        for (const f of [percentRatio, changeRate]) {
          const base = f(yuan("a", a.toString()), yuan("b", b.toString()));
          const scaled = f(yuan("a", scale(a)), yuan("b", scale(b)));
          if (base.nullReason !== scaled.nullReason) return false;
          const same =
            base.value === null
              ? scaled.value === null
              : scaled.value !== null && base.value.equals(scaled.value);
          if (!same) return false;
        }
        return true;
      }),
    );
  });
});
