import { readFileSync } from "node:fs";
// The examples package has no dependency on @jixiao/core (adding one needs a lockfile change),
// so the test reaches the core sources by relative path.
import { dec, sum } from "@jixiao/core";
import { CATALOGUE, parseKey } from "@jixiao/core/metrics";
import {
  ExpenseItem,
  FundingType,
  parseDataset,
  RevenueSource,
  ThreePublicItem,
} from "@jixiao/core/schema";
import { describe, expect, it } from "vitest";
import { EXAMPLE_IDS, EXAMPLES, taojiang2020 } from "./index.ts";

const dataset = parseDataset(taojiang2020, "taojiang-natural-resources-2020/dataset.json");
const source = readFileSync(
  new URL("./taojiang-natural-resources-2020/source.txt", import.meta.url),
  "utf8",
);
const figure = (id: string) => {
  const f = dataset.statedFigures.find((s) => s.id === id);
  if (!f) throw new Error(`no stated figure ${id}`);
  return f;
};
const total = (values: readonly (string | null | undefined)[]) =>
  sum(values.filter((v): v is string => v != null).map(dec)).toFixed(2);

describe("examples index", () => {
  it("lists the Taojiang dataset by id", () => {
    expect(EXAMPLE_IDS).toEqual(["taojiang-natural-resources-2020"]);
    expect(EXAMPLES["taojiang-natural-resources-2020"]).toBe(taojiang2020);
  });
});

describe("taojiang-natural-resources-2020 dataset", () => {
  it("parses, with the department profile of 一、（一）", () => {
    expect(dataset.department.name).toBe("桃江县自然资源局");
    expect(dataset.department.fiscalYear).toBe(2020);
    expect(dataset.department.unifiedSocialCreditCode).toBe("11430922MB1636254P");
    // （3）主要职能 lists functions 1–18
    expect(dataset.department.functions).toHaveLength(18);
    expect(dataset.department.functions[15]).toBe("统一领导和管理县林业局。");
  });

  it("has the 20 projects of 2.2, summing to the table's 合计 650,501,700.00", () => {
    expect(dataset.projects.map((p) => p.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(total(dataset.projects.map((p) => p.budget))).toBe("650501700.00");
    expect(total(dataset.projects.map((p) => p.actual))).toBe("650501700.00");
    // 土地成本 593,785,100.00 is the largest row
    expect(dataset.projects[0]).toMatchObject({ name: "土地成本", budget: "593785100.00" });
  });

  it("keeps project document numbers exactly as printed", () => {
    const doc = (seq: number) => dataset.projects.find((p) => p.seq === seq)?.documentNumber;
    expect(doc(4)).toBe("桃自然资字[2019]年57号");
    expect(doc(7)).toBe("湘财资环指[2020]23号");
    expect(doc(8)).toBe("湘财资环指[2019]68号");
    expect(doc(20)).toBe("[2020]年134号");
    expect(doc(1)).toBeNull();
    expect(dataset.projects.find((p) => p.seq === 20)?.name).toBe("2020年地质灾害应急经费");
  });

  it("keeps blank cells blank: 折旧 budget in 基本支出明细, 其他 and 资本性支出 in 表（一）", () => {
    const dep = dataset.basicExpenditure.find((l) => l.item === "depreciation");
    expect(dep?.budget).toBeNull();
    expect(dep?.actual).toBe("603018.01");
    // 表（一） gives the 折旧 a budget of 603,018.01 where 基本支出明细 leaves it blank
    expect(dataset.expenditure.find((l) => l.item === "depreciation")?.budget).toBe("603018.01");
    const other = dataset.expenditure.find((l) => l.item === "other");
    expect(other?.budget).toBeNull();
    expect(other?.actual).toBeNull();
    expect(dataset.allocation.find((l) => l.item === "interestIncome")?.actual).toBeNull();
  });

  it("has table rows whose sums match the totals the seed prints where the seed is consistent", () => {
    // 表（一）合计 682,237,464.67 in both columns
    expect(total(dataset.expenditure.map((l) => l.budget))).toBe(
      figure("s-2-t1-total-budget").value.replace(/,/g, ""),
    );
    // 表（二）合计 到位 683,266,542.43
    expect(total(dataset.allocation.map((l) => l.received))).toBe("683266542.43");
    // 基本支出明细 合计 31,132,746.66 leaves out the blank 折旧 budget
    expect(total(dataset.basicExpenditure.map((l) => l.budget))).toBe("31132746.66");
    // 三公 1.2.2 合计 2019年决算数 567,543.34
    expect(total(dataset.threePublicExpenses.map((l) => l.priorYearActual))).toBe("567543.34");
    // 预算规模表 合计 预算收入 680008000
    expect(total(dataset.budgetSummary.map((l) => l.budgetRevenue))).toBe("680008000.00");
  });

  it("transcribes every table amount as the seed prints it", () => {
    // The seed prints 元 with thousands separators ("25,507,764.16"), except the 预算规模 table
    // ("31735764.67", "650501700"). Every non-blank data cell must occur in the seed in one form.
    const grouped = (v: string) => {
      const [int = "", frac = "00"] = v.split(".");
      return `${int.replace(/\B(?=(\d{3})+$)/g, ",")}.${frac}`;
    };
    const plain = (v: string) => v.replace(/\.00$/, "");
    const cells = [
      ...dataset.expenditure.flatMap((l) => [l.budget, l.actual]),
      ...dataset.allocation.flatMap((l) => [l.received, l.actual]),
      ...dataset.basicExpenditure.flatMap((l) => [l.budget, l.actual]),
      ...dataset.threePublicExpenses.flatMap((l) => [l.budget, l.actual, l.priorYearActual]),
      ...dataset.projects.flatMap((p) => [p.budget, p.actual]),
      ...dataset.budgetSummary.flatMap((l) => [l.budgetExpenditure, l.budgetRevenue]),
    ].filter((v): v is string => v !== null);
    // 表（一）10 (其他, 资本性支出 blank), 表（二）12 (利息, 其他 使用 blank), 基本支出明细 7 (折旧 预算
    // blank), 三公 12, 项目 40, 预算规模 4
    expect(cells).toHaveLength(10 + 12 + 7 + 12 + 40 + 4);
    for (const v of cells) {
      expect(source.includes(grouped(v)) || source.includes(plain(v)), v).toBe(true);
    }
  });

  it("records staffing as each section states it", () => {
    // 一、（2）: 282 = 258 全额 + 24 自收自支 at budget time; 288 在职 at year end
    expect(dataset.staffing.atBudget.authorizedHeadcount).toBe(282);
    expect(dataset.staffing.atBudget.authorizedByType.map((t) => t.count)).toEqual([258, 24]);
    expect(dataset.staffing.atYearEnd.activeStaff).toBe(288);
    expect(dataset.staffing.retiredStaff).toBe(89);
    // 四、（一）1: 县编办核定我局编制288名
    expect(dataset.staffing.atYearEnd.authorizedHeadcount).toBe(288);
    expect(figure("s-4-staff-control-rate").value).toBe("100");
  });

  it("converts revenue targets to 元 exactly and records the unit they were given in", () => {
    const t = (id: string) => dataset.revenueTargets.find((r) => r.id === id);
    // 四、（二）（1）: 计划33,359.00万元，实际完成79381万元
    expect(t("non-tax-revenue")).toMatchObject({ plan: "333590000.00", actual: "793810000.00" });
    expect(t("non-tax-revenue")?.planGivenIn).toEqual({ unit: "万元", places: 2 });
    expect(t("non-tax-revenue")?.actualGivenIn).toEqual({ unit: "万元", places: 0 });
    // 土地出让总价款6.15亿元，计划3亿元
    expect(t("land-transfer")).toMatchObject({ plan: "300000000.00", actual: "615000000.00" });
    expect(t("land-transfer")?.givenIn).toEqual({ unit: "亿元", places: 0 });
    // 采矿权出让收益1605.6万元，计划300万元，stated 537% although 1605.6 ÷ 300 = 535.2%
    expect(t("mining-right-transfer-revenue")?.actual).toBe("16056000.00");
    expect(figure("s-4-4-mining-right-transfer-revenue-rate").value).toBe("537");
    const rate = dec("16056000.00").div(dec("3000000.00")).times(100);
    expect(rate.toFixed(1)).toBe("535.2");
  });

  it("holds each revenue target's plan and actual as exactly the 万元/亿元 figures the text states", () => {
    const factor: Record<string, string> = { 元: "1", 万元: "10000", 亿元: "100000000" };
    for (const target of dataset.revenueTargets) {
      for (const side of ["plan", "actual"] as const) {
        const stated = dataset.statedFigures.filter(
          (f) => f.refersTo === `revenueTargets.${side}[${target.id}]`,
        );
        expect(stated.length, `${target.id} ${side}`).toBeGreaterThan(0);
        for (const f of stated) {
          const yuan = dec(f.value).times(dec(factor[f.unit] ?? "NaN"));
          expect(yuan.toFixed(2), f.id).toBe(target[side]);
        }
      }
    }
  });

  it("has the performance indicators of 四 with planned values where a target is given", () => {
    const pi = (id: string) => dataset.performanceIndicators.find((p) => p.id === id);
    // 确认周转指标90.7公顷，为目标任务80公顷的113%
    expect(pi("linkage-turnover-quota")).toMatchObject({
      planned: "80",
      actual: "90.7",
      unit: "公顷",
    });
    expect(pi("land-approval-area")?.actual).toBe("159.1181");
    expect(pi("certificates-issued")?.actual).toBe("37163");
    expect(dataset.satisfaction).toMatchObject({ questionnaires: 20, score: "95.2" });
  });

  it("records organisation stages before and after 2020-07-06", () => {
    const [start, july] = dataset.organisation;
    expect(start?.internalDivisions).toHaveLength(15);
    expect(start?.subordinateUnits).toHaveLength(12);
    expect(july?.asOf).toBe("2020-07-06");
    expect(july?.internalDivisions).toHaveLength(19);
    expect(july?.subordinateUnits).toHaveLength(13);
    expect(july?.basis).toEqual(["桃办〔2019〕38号", "桃编发〔2020〕5号", "桃发〔2019〕15号"]);
    const units = dataset.budgetUnits.groups.filter((g) => g.level === 2);
    expect(units.reduce((n, g) => n + g.count, 0)).toBe(12);
  });

  it("keeps basis document numbers with their inconsistent brackets", () => {
    const numbers = dataset.evaluationProcess.basisDocuments.map((d) => d.documentNumber);
    expect(numbers).toContain("益政发【2013】10号");
    expect(numbers).toContain("财预［2011］285号");
    expect(numbers).toContain("桃财绩（2021）14号");
    expect(numbers).toContain("桃财绩〔2021〕14号");
    expect(dataset.evaluationProcess.agency).toBe("湖南正方会计师事务所有限公司");
  });
});

describe("stated figures", () => {
  const codes = new Set(CATALOGUE.map((e) => e.code));
  const enumValues: Record<string, readonly string[]> = {
    expenseItem: ExpenseItem.options,
    revenueSource: RevenueSource.options,
    allocationItem: [...ExpenseItem.options, ...RevenueSource.options],
    threePublicItem: ThreePublicItem.options,
    budgetSummaryKind: ["basic", "project", "other"],
    fundingType: FundingType.options,
    projectSeq: dataset.projects.map((p) => String(p.seq)),
    revenueTargetId: dataset.revenueTargets.map((t) => t.id),
    performanceIndicatorId: dataset.performanceIndicators.map((p) => p.id),
    organisationStageId: dataset.organisation.map((o) => o.id),
    headcountType: ["全额编制", "自收自支编制"],
  };

  it("have unique ids", () => {
    const ids = dataset.statedFigures.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("refer to null or a catalogue key whose param names something in the dataset", () => {
    for (const f of dataset.statedFigures) {
      if (f.refersTo === null) {
        expect(f.note, `${f.id} has a null refersTo and must say why`).toBeTruthy();
        continue;
      }
      const { code, param } = parseKey(f.refersTo);
      expect(codes.has(code), `${f.id}: ${code}`).toBe(true);
      const entry = CATALOGUE.find((e) => e.code === code);
      if (entry?.param) {
        expect(param, `${f.id} needs a param`).toBeDefined();
        expect(enumValues[entry.param], `${f.id}: ${f.refersTo}`).toContain(param);
      } else {
        expect(param, `${f.id} takes no param`).toBeUndefined();
      }
    }
  });

  it("quote the seed verbatim, and their text stands in the quote", () => {
    for (const f of dataset.statedFigures) {
      const quote = f.location.quote;
      if (quote) {
        expect(source.includes(quote), `${f.id}: ${quote}`).toBe(true);
        expect(quote.includes(f.text), f.id).toBe(true);
      }
    }
  });

  it("spot-check the seed's stated values", () => {
    // 1.2.1 合计 控制率 10.28
    expect(figure("s-2-3p1-total-control")).toMatchObject({ value: "10.28", unit: "%" });
    // 1.2.2 合计 变动比例 -85.15%
    expect(figure("s-2-3p2-total-rate").value).toBe("-85.15");
    // 二: 预算收入结转结余1,029,077.76元
    expect(figure("s-2-carryover")).toMatchObject({
      value: "1029077.76",
      refersTo: "carryover.amount",
    });
    // 四、（一）2: 预算完成率为99.84%, 总预算拨款收入68326.654243万元
    expect(figure("s-4-completion-rate").value).toBe("99.84");
    expect(figure("s-4-received-total")).toMatchObject({ value: "68326.654243", unit: "万元" });
    // 一、（三）: 预算支出为68223.7464万元 (truncated from 68,223.746467)
    expect(figure("s-1-goal-budget-expenditure").value).toBe("68223.7464");
    // 1.2: “三公经费”决算数比预算数减少73.57万元 — a decrease, signed as 决算 − 预算
    expect(figure("s-2-3p-budget-diff-wan")).toMatchObject({
      value: "-73.57",
      wording: "decrease",
    });
    // 一、（二）: 财政拨款预算支出760,792,028.10元 matches nothing
    expect(figure("s-1-fiscal-budget-expenditure").refersTo).toBeNull();
    // 四、（二）（1）: 159.1181公顷（2386.7亩）
    expect(figure("s-4-1-land-approval-area-mu")).toMatchObject({ value: "2386.7", unit: "亩" });
    // 2.2 项目支出表 header says （单位:万元）
    expect(figure("s-2-proj-total-budget").unit).toBe("万元");
  });
});
