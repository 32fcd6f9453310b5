import { describe, expect, it } from "vitest";
import { Decimal, dec } from "../decimal.ts";
import {
  aggregateM1,
  aggregateM2,
  aggregateOutturn,
  compositionVariance,
  type PefaLine,
  pefaGrade,
} from "./pefa.ts";

const line = (code: string, budget: string, actual: string): PefaLine => ({
  code,
  name: code,
  budget: dec(budget),
  actual: dec(actual),
});

describe("PEFA PI-2 composition variance, hand-worked", () => {
  // Budget B = 100, 60, 40 (ΣB = 200); outturn A = 95, 66, 29 (ΣA = 190).
  // Rescale: ΣA/ΣB = 0.95 → adjusted budget 95, 57, 38 (Σ = 190 = ΣA).
  // |A − adj| = 0, 9, 9 → Σ = 18. Variance = 18 ÷ 190 = 9.4736842…% → under 10%: band B.
  // PI-1 on the same lines: 190 ÷ 200 = 95% exactly → inside A's 95–105% (inclusive).
  const lines = [
    line("wages", "100", "95"),
    line("goods", "60", "66"),
    line("project", "40", "29"),
  ];

  it("rescales the budget to the outturn and sums the absolute deviations", () => {
    const v = compositionVariance(lines).value;
    expect(v?.toDecimalPlaces(6).toString()).toBe("9.473684");
    expect(v?.eq(new Decimal(18).div(190).times(100))).toBe(true);
  });

  it("PI-1 aggregate outturn is 95%", () => {
    expect(aggregateOutturn(lines).value?.toString()).toBe("95");
  });

  it("no variance when every line executes exactly (Taojiang 2020 预算支出与实际支出对比表: budget = actual)", () => {
    const taojiang = [
      line("wagesAndBenefits", "25507764.16", "25507764.16"),
      line("goodsAndServices", "4819029.5", "4819029.5"),
      line("householdSubsidies", "805953", "805953"),
      line("depreciation", "603018.01", "603018.01"),
      line("project", "650501700", "650501700"),
    ];
    expect(compositionVariance(taojiang).value?.toString()).toBe("0");
    expect(aggregateOutturn(taojiang).value?.toString()).toBe("100");
  });

  it("a zero budget or a half-filled line gives no value, with a reason", () => {
    expect(aggregateOutturn([line("x", "0", "5")])).toEqual({ value: null, reason: "预算合计为0" });
    expect(
      compositionVariance([{ code: "x", name: "其他", budget: null, actual: dec("5") }]),
    ).toEqual({
      value: null,
      reason: "“其他”只有决算数",
    });
  });
});

describe("pefaGrade: at least two of the last three years", () => {
  it("grades three years", () => {
    // PI-2: 9.47, 4.0, 12 → A met once (4.0); B met twice (9.47, 4.0) → B
    expect(pefaGrade("expenditureCompositionOutturn", [dec("9.47"), dec("4"), dec("12")])).toBe(
      "B",
    );
    // PI-1: 96, 89, 104 → 96 and 104 within 95–105 → A
    expect(pefaGrade("aggregateExpenditureOutturn", [dec("96"), dec("89"), dec("104")])).toBe("A");
    // PI-3.1: 120, 91, 117 → none within 92–116 twice → D
    expect(pefaGrade("aggregateRevenueOutturn", [dec("120"), dec("91"), dec("117")])).toBe("D");
  });

  it("says D* when missing years could still change the grade", () => {
    expect(pefaGrade("aggregateExpenditureOutturn", [null, null, dec("100")])).toBe("D*");
    // two years in A already decide A whatever the third
    expect(pefaGrade("aggregateExpenditureOutturn", [null, dec("100"), dec("101")])).toBe("A");
    // one A year and one D year: the missing year could make it A or leave it D → D*
    expect(pefaGrade("aggregateExpenditureOutturn", [null, dec("100"), dec("130")])).toBe("D*");
  });
});

describe("PEFA aggregation", () => {
  it("M1 weakest link with '+'; M2 by the two-dimension table", () => {
    expect(aggregateM1(["C", "A"])).toBe("C+");
    expect(aggregateM1(["B", "B"])).toBe("B");
    expect(aggregateM1(["D*", "A"])).toBe("D+");
    expect(aggregateM2(["A", "D"])).toBe("C+");
    expect(aggregateM2(["B", "A"])).toBe("B+");
    expect(aggregateM2(["C", "D*"])).toBe("D+");
  });
});
