import { describe, expect, it } from "vitest";
import { Decimal, dec } from "../decimal.ts";
import { seedDataset } from "../metrics/testing/seed-fixture.ts";
import {
  aggregateM1,
  aggregateM2,
  aggregateOutturn,
  assessPefa,
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

describe("PI-1 says what it compares (口径), and compares what it says", () => {
  it("without 年初预算 (Taojiang 2020): Σ决算 ÷ Σ预算 of the lines, which include 追加 — said so", () => {
    // Seed 预算支出与实际支出对比表: 预算合计 = 实际合计 = 682,237,464.67 → 100%.
    const pi1 = assessPefa(seedDataset(), "aggregateExpenditureOutturn");
    expect(pi1.years[2]?.value?.toString()).toBe("100");
    expect(pi1.years[2]?.comparison).toBe("决算÷预算（含追加；数据集未分列年初预算）");
    expect(pi1.reason).toBe(
      "2018年无值（无数据），2019年无值（无数据），2020年100.00%（单年A档）；口径：决算÷预算（含追加；数据集未分列年初预算）；标准（最近三年中至少两年）：A: 95%–105%；B: 90%–110%；C: 85%–115%；有效年度不足，缺失年度可能改变等级，信息不足，评D*",
    );
    expect(pi1.reason).not.toContain("决算÷年初预算");
  });

  it("with budgetStages.initialBudget: Σ决算 ÷ 年初预算, said so", () => {
    // 年初预算 683,266,542.43 is hypothetical (the seed gives no 年初预算/追加 split; it is the
    // seed's 到位合计, as budget-execution.ts's example uses it). 682,237,464.67 ÷ 683,266,542.43
    // = 99.849387…% → 99.85% (A: 95–105%).
    const dataset = seedDataset({
      budgetStages: {
        priorYearCarryover: null,
        initialBudget: "683266542.43",
        supplementaryAppropriation: null,
        yearEndCarryover: null,
      },
    });
    const pi1 = assessPefa(dataset, "aggregateExpenditureOutturn");
    const value = pi1.years[2]?.value;
    expect(value?.eq(dec("682237464.67").div("683266542.43").times(100))).toBe(true);
    expect(value?.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe("99.85");
    expect(pi1.years[2]?.comparison).toBe("决算÷年初预算（预算阶段）");
    expect(pi1.reason).toContain("2020年99.85%（单年A档）；口径：决算÷年初预算（预算阶段）；");
    // PI-2 has no line-level 年初预算: it still compares with the lines' 预算（含追加）, and says so.
    expect(assessPefa(dataset, "expenditureCompositionOutturn").reason).toContain(
      "口径：各行决算与预算（含追加）；",
    );
  });
});
