import { describe, expect, it } from "vitest";
import { SEED_INPUT } from "../metrics/testing/seed-fixture.ts";
import { assessPefa } from "../scoring/pefa.ts";
import { parseDataset, safeParseDataset } from "./parse.ts";

/** Three years of a made-up department (numbers invented for the test, not from the seed). */
const history = {
  years: [
    {
      fiscalYear: 2018,
      source: "测试用虚构数据",
      expenditure: [
        {
          code: "wagesAndBenefits",
          name: "工资福利支出",
          originalBudget: "1000000.00",
          actual: "1020000.00",
        },
        { code: "project", name: "项目支出", originalBudget: "4000000.00", actual: "3700000.00" },
      ],
      revenue: [
        {
          code: "fiscalAppropriation",
          name: "财政拨款收入",
          originalBudget: "5000000.00",
          actual: "4800000.00",
        },
      ],
    },
    {
      fiscalYear: 2019,
      expenditure: [
        {
          code: "wagesAndBenefits",
          name: "工资福利支出",
          originalBudget: "1000000.00",
          actual: "990000.00",
        },
        { code: "project", name: "项目支出", originalBudget: "4000000.00", actual: "4100000.00" },
      ],
      revenue: [
        {
          code: "fiscalAppropriation",
          name: "财政拨款收入",
          originalBudget: "5000000.00",
          actual: "5100000.00",
        },
      ],
    },
    {
      fiscalYear: 2020,
      expenditure: [
        {
          code: "wagesAndBenefits",
          name: "工资福利支出",
          originalBudget: "1000000.00",
          actual: "1000000.00",
        },
        { code: "project", name: "项目支出", originalBudget: "4000000.00", actual: "5200000.00" },
      ],
      revenue: [
        {
          code: "fiscalAppropriation",
          name: "财政拨款收入",
          originalBudget: "5000000.00",
          actual: "6200000.00",
        },
      ],
    },
  ],
};

describe("dataset history block (optional, for the PEFA lens)", () => {
  it("is optional: a dataset without it parses as before", () => {
    expect(parseDataset(SEED_INPUT).history).toBeUndefined();
  });

  it("reports a bad line with its path", () => {
    const bad = {
      years: [
        {
          fiscalYear: 2019,
          expenditure: [{ code: "x", name: "其他", originalBudget: 5, actual: "1" }],
        },
      ],
    };
    const result = safeParseDataset({ ...SEED_INPUT, history: bad });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      "history.years[0].expenditure[0].originalBudget",
    ]);
  });

  it("feeds three years to PEFA PI-1: 94.4%, 101.8%, 124% → B (two years within 90–110%)", () => {
    // 2018: 4,720,000 ÷ 5,000,000 = 94.4% (B); 2019: 5,090,000 ÷ 5,000,000 = 101.8% (A);
    // 2020: 6,200,000 ÷ 5,000,000 = 124% (D). A met once, B met twice (94.4, 101.8) → B.
    const dataset = parseDataset({ ...SEED_INPUT, history });
    const pi1 = assessPefa(dataset, "aggregateExpenditureOutturn");
    expect(pi1.years.map((y) => y.value?.toString())).toEqual(["94.4", "101.8", "124"]);
    expect(pi1.grade).toBe("B");
    // PI-3.1: 96%, 102%, 124% → A (97–106) once; B (94–112) twice → B
    expect(assessPefa(dataset, "aggregateRevenueOutturn").grade).toBe("B");
  });
});
