import { describe, expect, it } from "vitest";
import { SEED_EXPENDITURE, SEED_THREE_PUBLIC } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import {
  statedAmount,
  statedCount,
  statedRate,
  statedRestatement,
  statedUnknownQuantity,
  tableRowSum,
} from "./stated-figures.ts";

const T1 = "预算支出与实际支出对比表（一）";

describe("table.row-sum", () => {
  it("fires on a 合计 one 分 off the rows' sum and names the table (seed 表（一）合计 682,237,464.67)", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("t1-total", "expenditure.actual.total", "682237464.66", "元", {
          table: T1,
          row: "合计",
          column: "实际使用",
        }),
      ],
    });
    const [f, ...rest] = findings(dataset, tableRowSum);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("error");
    expect(f?.diagnosis).toBe("mismatch");
    expect(f?.expected).toBe("682237464.67");
    expect(f?.locations[0]?.table).toBe(T1);
    expect(f?.message).toBe(
      "“预算支出与实际支出对比表（一）”“合计”行“实际使用”列所述实际支出合计682237464.66元与按数据重算的682237464.67元（5项合计）不符，所述数少0.01元。",
    );
  });

  it("stays silent when the 合计 and the difference column agree to the 分", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("t1-total", "expenditure.actual.total", "682237464.67", "元", {
          table: T1,
          row: "合计",
        }),
        stated("t1-diff", "expenditure.difference.total", "0.00", "元", { table: T1, row: "合计" }),
        stated("t1-d1", "expenditure.difference[wagesAndBenefits]", "0.00", "元", {
          table: T1,
          row: "工资福利费用",
        }),
      ],
    });
    expect(findings(dataset, tableRowSum)).toEqual([]);
  });

  it("reads blank cells as 0 in a difference column, as the table prints it (seed 表（二）利息 1,305.86)", () => {
    const dataset = makeDataset({
      allocation: [{ item: "interestIncome", name: "利息", received: "1305.86", actual: null }],
      statedFigures: [
        stated("t2-interest", "allocation.difference[interestIncome]", "1305.86", "元", {
          table: "表（二）",
          row: "利息",
        }),
      ],
    });
    expect(findings(dataset, tableRowSum)).toEqual([]);
  });
});

describe("stated.amount", () => {
  it("one 分 is a finding; the exact amount is not (seed 二、基本支出31,735,764.67元)", () => {
    const make = (value: string) =>
      makeDataset({
        expenditure: [...SEED_EXPENDITURE],
        statedFigures: [
          stated("basic", "expenditure.basic.actual", value, "元", {
            section: "二、部门整体支出管理及使用情况分析",
          }),
        ],
      });
    expect(findings(make("31735764.67"), statedAmount)).toEqual([]);
    const [f] = findings(make("31735764.68"), statedAmount);
    expect(f?.diagnosis).toBe("mismatch");
    expect(f?.message).toContain("所述数多0.01元");
  });
});

describe("stated.restatement", () => {
  const make = (value: string, refersTo = "threePublicExpenses.actual.total") =>
    makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      expenditure: [...SEED_EXPENDITURE],
      statedFigures: [
        stated("r", refersTo, value, "万元", { section: "二、部门整体支出管理及使用情况分析" }),
      ],
    });

  it("8.43万元 of 84,284.72元 is rounded correctly: silent (seed 1.2.1)", () => {
    expect(findings(make("8.43"), statedRestatement)).toEqual([]);
  });

  it("68223.7464万元 of 682,237,464.67元 is truncated, not rounded (seed 一、（三）)", () => {
    const [f] = findings(make("68223.7464", "expenditure.actual.total"), statedRestatement);
    expect(f?.diagnosis).toBe("truncated");
    expect(f?.severity).toBe("warning");
    expect(f?.expected).toBe("68223.7465");
    expect(f?.message).toContain("所述数为截尾而非四舍五入");
  });

  it("a 减少 stated as a magnitude is compared with the negative difference (seed 1.2.1 减少73.57万元)", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      statedFigures: [
        stated("d", "threePublicExpenses.budgetDifference.total", "73.57", "万元", {
          quote: "决算数比预算数减少73.57万元",
        }),
        stated(
          "d2",
          "threePublicExpenses.budgetDifference.total",
          "-73.57",
          "万元",
          {},
          { wording: "decrease", text: "73.57" },
        ),
      ],
    });
    expect(findings(dataset, statedRestatement)).toEqual([]);
  });

  it("a 元 number written under 万元 is a unit slip", () => {
    const [f] = findings(make("84284.72"), statedRestatement);
    expect(f?.diagnosis).toBe("unitSlip");
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("单位应为元而非万元");
  });
});

describe("stated.rate", () => {
  const staffing = (yearEnd: number | null) => ({
    atBudget: { asOf: "2020-01-01", authorizedHeadcount: 282 },
    atYearEnd: { asOf: "2020-12-31", authorizedHeadcount: yearEnd, activeStaff: 288 },
    retiredStaff: 89,
  });

  it("10.28% “三公经费”控制率 and −85.15% 变动率 match (seed 1.2.1, 1.2.2)", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      statedFigures: [
        stated("c", "threePublicExpenses.controlRate.total", "10.28", "%"),
        stated("v", "threePublicExpenses.changeRate.total", "-85.15", "%"),
        stated("v1", "threePublicExpenses.changeRate[officialReception]", "-71.58", "%"),
        stated("v2", "threePublicExpenses.changeRate[officialVehicleOperation]", "-93.79", "%"),
        stated("v3", "threePublicExpenses.changeRate.total", "85.15", "%", {
          quote: "下降比例为85.15%",
        }),
      ],
    });
    expect(findings(dataset, statedRate)).toEqual([]);
  });

  it("a rate rounded 四舍五入 at fewer places matches: 10.3% and 10% for 10.2786…% (and an exact 差额 in 元)", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      allocation: [
        { item: "project", name: "项目支出", received: "683266542.43", actual: "682237464.67" },
      ],
      statedFigures: [
        stated("c1", "threePublicExpenses.controlRate.total", "10.3", "%"),
        stated("c0", "threePublicExpenses.controlRate.total", "10", "%"),
        stated("u", "allocation.difference[project]", "1029077.76", "元"),
      ],
    });
    expect(findings(dataset, statedRate)).toEqual([]);
    expect(findings(dataset, statedAmount)).toEqual([]);
  });

  it("a rate cut instead of rounded is 截尾 (10.27% for 10.2786…%)", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      statedFigures: [stated("c", "threePublicExpenses.controlRate.total", "10.27", "%")],
    });
    const [f] = findings(dataset, statedRate);
    expect(f?.diagnosis).toBe("truncated");
    expect(f?.expected).toBe("10.28");
    expect(f?.message).toBe(
      "第四部分所述“三公经费”控制率10.27%与按数据重算的10.28%（84,284.72÷820,000.00）不符：所述数为截尾而非四舍五入。",
    );
  });

  it("100% 在职人员控制率 used the year-end 编制 288 as denominator (seed 四(一)1)", () => {
    const dataset = makeDataset({
      staffing: staffing(288),
      statedFigures: [stated("s", "staffing.activeStaffControlRate", "100", "%")],
    });
    const [f, ...rest] = findings(dataset, statedRate);
    expect(rest).toEqual([]);
    expect(f?.diagnosis).toBe("wrongDenominator");
    expect(f?.expected).toBe("102");
    expect(f?.values?.所用分母).toBe("年末编制数 288人");
    expect(f?.message).toContain("以年末编制数288为分母");
  });

  it("without a quantity that explains it, 100% is a plain mismatch", () => {
    const dataset = makeDataset({
      staffing: staffing(null),
      statedFigures: [stated("s", "staffing.activeStaffControlRate", "100", "%")],
    });
    const [f] = findings(dataset, statedRate);
    expect(f?.diagnosis).toBe("mismatch");
  });

  it("rates from inputs given in whole 万元 are judged by interval (seed 四(二): 322% silent, 537% mismatch, 101% truncated)", () => {
    const target = (id: string, plan: string, actual: string, actualPlaces = 0) => ({
      id,
      name: id,
      plan,
      actual,
      planGivenIn: { unit: "万元", places: 0 },
      actualGivenIn: { unit: "万元", places: actualPlaces },
    });
    const dataset = makeDataset({
      revenueTargets: [
        target("fee", "400000", "1290000"),
        target("mining", "3000000", "16056000", 1),
        target("funding", "40000000", "40680000"),
        target("linkage", "10000000", "49130000"),
      ],
      statedFigures: [
        stated("fee", "revenueTargets.completionRate[fee]", "322", "%"),
        stated("mining", "revenueTargets.completionRate[mining]", "537", "%"),
        stated("funding", "revenueTargets.completionRate[funding]", "101", "%"),
        stated("linkage", "revenueTargets.completionRate[linkage]", "491", "%"),
      ],
    });
    const out = findings(dataset, statedRate);
    expect(out.map((f) => [f.locations[0]?.statedFigureId, f.diagnosis])).toEqual([
      ["mining", "mismatch"],
      ["funding", "truncated"],
    ]);
    expect(out[0]?.values?.可达范围).toBe("534.29%～536.11%");
  });

  it("without givenIn the same 322% is a finding (322.5% rounds to 323%)", () => {
    const dataset = makeDataset({
      revenueTargets: [{ id: "fee", name: "不动产登记收费", plan: "400000", actual: "1290000" }],
      statedFigures: [stated("fee", "revenueTargets.completionRate[fee]", "322", "%")],
    });
    expect(findings(dataset, statedRate).map((f) => f.diagnosis)).toEqual(["truncated"]);
  });

  it("0.00% stated where the prior year is 0 is 不适用 (info, seed 1.2.2 公务用车购置)", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      statedFigures: [
        stated("p", "threePublicExpenses.changeRate[officialVehiclePurchase]", "0.00", "%"),
      ],
    });
    const [f] = findings(dataset, statedRate);
    expect(f?.severity).toBe("info");
    expect(f?.diagnosis).toBe("notApplicable");
    expect(f?.message).toContain("应填“不适用”");
  });
});

describe("stated.count", () => {
  const perf = {
    id: "land-approval-area",
    category: "output.quantity",
    name: "批准总用地面积",
    unit: "公顷",
    planned: null,
    actual: "159.1181",
  } as const;

  it("2386.7亩 for 159.1181公顷 (= 2386.7715亩) is truncated (seed 四(二)(1))", () => {
    const dataset = makeDataset({
      performanceIndicators: [perf],
      statedFigures: [stated("mu", "performance.actual[land-approval-area]", "2386.7", "亩")],
    });
    const out = findings(dataset, statedCount);
    expect(out.map((f) => f.diagnosis)).toEqual(["truncated"]);
    expect(out[0]?.expected).toBe("2386.8");
  });

  it("288 在职人员 agrees with the data: silent", () => {
    const dataset = makeDataset({
      statedFigures: [stated("a", "staffing.activeStaff", "288", "人")],
    });
    expect(findings(dataset, statedCount)).toEqual([]);
  });
});

describe("stated.unknown-quantity", () => {
  it("fires for a figure whose unit cannot be converted to its quantity's", () => {
    const dataset = makeDataset({
      statedFigures: [stated("p", "staffing.activeStaff", "288", "公顷")],
    });
    const out = findings(dataset, statedUnknownQuantity);
    expect(out[0]?.message).toBe(
      "第四部分所列288公顷无法核对：其单位公顷与所指在职人员数的单位人不可换算。",
    );
  });

  it("fires for a key that names nothing in the data, and not for a known key", () => {
    const dataset = makeDataset({
      statedFigures: [
        stated("x", "revenue.used[priorYearCarryover]", "2229464.67", "元"),
        stated("y", "staffing.activeStaff", "288", "人"),
      ],
    });
    const out = findings(dataset, statedUnknownQuantity);
    expect(out.map((f) => f.locations[0]?.statedFigureId)).toEqual(["x"]);
    expect(out[0]?.message).toContain("数据中没有使用收入（上年结转结余）这一项");
  });
});
