import { describe, expect, it } from "vitest";
import { cell, percentRatio } from "./derive.ts";
import { entryFor, makeIndicator } from "./indicator.ts";

describe("makeIndicator", () => {
  // seed 1.2.1: 公务接待费 决算 62,769.85, 预算 820,000.00
  const actual = cell("公务接待费决算数", "62769.85", "元", "threePublicExpenses[0].actual");
  const budget = cell("公务接待费预算数", "820000.00", "元", "threePublicExpenses[0].budget");

  it("takes name, unit, formula, direction and source from the catalogue entry", () => {
    const i = makeIndicator(
      "threePublicExpenses.controlRate",
      "officialReception",
      percentRatio(actual, budget),
      [actual, budget],
    );
    expect(i.key).toBe("threePublicExpenses.controlRate[officialReception]");
    expect(i.param).toBe("officialReception");
    expect(i.name).toBe("“三公经费”控制率");
    expect(i.unit).toBe("%");
    expect(i.formula).toBe(entryFor("threePublicExpenses.controlRate").formula);
    expect(i.direction).toBe("lowerBetter");
    expect(i.source).toBe("财预〔2013〕53号 附件2");
    expect(i.value?.toSignificantDigits(8).toString()).toBe("7.6548598");
    expect(i).not.toHaveProperty("nullReason");
  });

  it("carries nullReason and reason when the value is null, and honours formula/unit overrides", () => {
    const zero = cell("预算数", "0", "元");
    const i = makeIndicator(
      "operatingExpenses.controlRate",
      undefined,
      percentRatio(actual, zero),
      [actual, zero],
      {
        formula: "x ÷ y",
        unit: "%",
      },
    );
    expect(i.value).toBeNull();
    expect(i.nullReason).toBe("undefined");
    expect(i.reason).toContain("分母为0");
    expect(i.formula).toBe("x ÷ y");
  });

  it("throws on an uncatalogued code or a param that does not fit the entry", () => {
    expect(() =>
      makeIndicator(
        "no.such.code",
        undefined,
        { value: null, nullReason: "missing", reason: "" },
        [],
      ),
    ).toThrow(/not in the catalogue/);
    expect(() =>
      makeIndicator("threePublicExpenses.controlRate", undefined, percentRatio(actual, budget), []),
    ).toThrow(/param mismatch/);
    expect(() => makeIndicator("carryover.amount", "x", percentRatio(actual, budget), [])).toThrow(
      /param mismatch/,
    );
  });
});
