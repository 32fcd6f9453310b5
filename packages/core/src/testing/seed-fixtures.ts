import type { z } from "zod";
import type {
  AllocationLine,
  BasicExpenditureLine,
  BudgetSummaryLine,
  DatasetInput,
  ExpenditureLine,
  HeadcountByType,
  RevenueLine,
  Staffing,
  ThreePublicExpenseLine,
} from "../schema/dataset.ts";

/**
 * Test-only building blocks for datasets, shared by the tests of every package (imported as
 * `@jixiao/core/testing`). Every value is the seed report's own
 * (shared/seed/taojiang-natural-resources-2020-evaluation-report.txt), and each constant says
 * where in the seed it stands, so expected values can be worked out by hand. Pure data and pure
 * functions: no I/O, no test framework. Production code never imports this module.
 *
 * The `SEED_*` rows are shared, read-only values: spread them into a fresh array
 * (`[...SEED_THREE_PUBLIC]`) and clone before changing anything in place.
 */

/** The department's identity (seed 一、部门概况（一）: 统一社会信用代码 11430922MB1636254P). */
export const SEED_DEPARTMENT = {
  name: "桃江县自然资源局",
  fiscalYear: 2020,
  unifiedSocialCreditCode: "11430922MB1636254P",
} as const;

/**
 * 编制 or 在职 split into 全额编制 and 自收自支编制 (人), as the seed lists them (seed 一、（2）:
 * 编制 282 = 全额 258 + 自收自支 24; 年末在职 288 = 全额 264 + 自收自支 24).
 * @example staffByType(258, 24) // [{ type: "全额编制", count: 258 }, { type: "自收自支编制", count: 24 }]
 */
export function staffByType(full: number, selfFunded: number): z.input<typeof HeadcountByType>[] {
  return [
    { type: "全额编制", count: full },
    { type: "自收自支编制", count: selfFunded },
  ];
}

/**
 * The smallest valid 人员情况 with the seed's counts (seed 一、（2）): 年初核定编制 282 人, 年末
 * 编制 not stated (null), 年末在职 288 人, 离退休 89 人; no split by type. A fresh object on
 * every call.
 * @example minimalStaffing().atYearEnd.activeStaff // 288
 */
export function minimalStaffing(): z.input<typeof Staffing> {
  return {
    atBudget: { asOf: "2020-01-01", authorizedHeadcount: 282 },
    atYearEnd: { asOf: "2020-12-31", authorizedHeadcount: null, activeStaff: 288 },
    retiredStaff: 89,
  };
}

/**
 * The smallest valid DatasetInput: schema version 1, the seed department ({@link SEED_DEPARTMENT}),
 * no budget units (as of 2020-01-01) and {@link minimalStaffing}; `patch` then adds or replaces
 * top-level fields (a replaced field keeps its place in key order). Not parsed: pass it to
 * `parseDataset` (or break it first, to test validation). Fresh objects on every call, except
 * the rows `patch` brings.
 * @example parseDataset(minimalDatasetInput({ projects: [seedProject(1)] })).projects[0]?.budget // "593785100.00"
 */
export function minimalDatasetInput(patch: Partial<DatasetInput> = {}): DatasetInput {
  return {
    schemaVersion: 1,
    department: { ...SEED_DEPARTMENT },
    budgetUnits: { asOf: "2020-01-01", groups: [] },
    staffing: minimalStaffing(),
    ...patch,
  };
}

/**
 * Revenue by source (seed 一、（二）: 财政拨款预算收入 68,000.80 万元, 上级补助 10.00 万元, 其他
 * 740.50 万元; 二、: 使用财政拨款 680,008,000.00, 利息 1,305.86, 其他收入 3,257,236.57), 到位
 * arranged so that Σ 到位 = 预算拨款与实际支出对比表（二）合计 683,266,542.43.
 */
export const SEED_REVENUE = [
  {
    source: "fiscalAppropriation",
    name: "财政拨款收入",
    budget: "680008000",
    received: "677904750.98",
    used: "680008000",
  },
  {
    source: "higherLevelSubsidy",
    name: "上级补助收入",
    budget: "100000",
    received: "",
    used: "",
  },
  {
    source: "otherRevenue",
    name: "其他收入",
    budget: "7405000",
    received: "5360485.59",
    used: "3257236.57",
  },
  {
    source: "interestIncome",
    name: "利息收入",
    budget: "",
    received: "1305.86",
    used: "1305.86",
  },
] as const satisfies readonly z.input<typeof RevenueLine>[];

/** The seed's 预算规模 table (seed 一、（二）): 基本支出 and 项目支出, 预算支出 against 预算收入, 元. */
export const SEED_BUDGET_SUMMARY = [
  {
    kind: "basic",
    name: "基本支出",
    budgetExpenditure: "31735764.67",
    budgetRevenue: "33839013.69",
  },
  {
    kind: "project",
    name: "项目支出",
    budgetExpenditure: "650501700",
    budgetRevenue: "646168986.31",
  },
] as const satisfies readonly z.input<typeof BudgetSummaryLine>[];

/**
 * The seed's 预算支出与实际支出对比表（一） basic lines and 项目支出 (seed 二、表（一）): 301
 * 25,507,764.16; 302 4,819,029.50; 303 805,953.00; 折旧 603,018.01; 项目 650,501,700.00
 * (合计 682,237,464.67).
 */
export const SEED_EXPENDITURE = [
  {
    item: "wagesAndBenefits",
    kind: "basic",
    name: "工资福利费用",
    budget: "25507764.16",
    actual: "25507764.16",
  },
  {
    item: "goodsAndServices",
    kind: "basic",
    name: "商品和服务费用",
    budget: "4819029.50",
    actual: "4819029.50",
  },
  {
    item: "householdSubsidies",
    kind: "basic",
    name: "对个人和家庭补助费用",
    budget: "805953.00",
    actual: "805953.00",
  },
  {
    item: "depreciation",
    kind: "basic",
    name: "固定资产折旧费",
    budget: "603018.01",
    actual: "603018.01",
  },
  {
    item: "project",
    kind: "project",
    name: "项目支出",
    budget: "650501700.00",
    actual: "650501700.00",
  },
] as const satisfies readonly z.input<typeof ExpenditureLine>[];

/**
 * The seed's 预算拨款与实际支出对比表（二） (seed 二、表（二）): 到位 and 实际使用 by line, then
 * 利息 1,305.86 and 其他 5,360,485.59 that arrived without a line (到位合计 683,266,542.43).
 */
export const SEED_ALLOCATION = [
  {
    item: "wagesAndBenefits",
    name: "工资福利费用",
    received: "25507764.16",
    actual: "25507764.16",
  },
  {
    item: "goodsAndServices",
    name: "商品和服务费用",
    received: "4819029.50",
    actual: "4819029.50",
  },
  {
    item: "householdSubsidies",
    name: "对个人和家庭补助费用",
    received: "805953.00",
    actual: "805953.00",
  },
  { item: "depreciation", name: "固定资产折旧费", received: "603018.01", actual: "603018.01" },
  { item: "project", name: "项目支出", received: "646168986.31", actual: "650501700.00" },
  { item: "interestIncome", name: "利息", received: "1305.86", actual: "" },
  { item: "otherRevenue", name: "其他", received: "5360485.59", actual: "" },
] as const satisfies readonly z.input<typeof AllocationLine>[];

/**
 * The seed's 基本支出明细 (seed 二、1.1): 工资福利支出 25,507,764.16; 对个人和家庭的补助
 * 805,953.00; 商品和服务支出 4,819,029.50; 固定资产折旧费 no budget, 603,018.01 spent.
 */
export const SEED_BASIC_EXPENDITURE = [
  {
    item: "wagesAndBenefits",
    name: "工资福利支出",
    budget: "25507764.16",
    actual: "25507764.16",
  },
  {
    item: "householdSubsidies",
    name: "对个人和家庭的补助",
    budget: "805953.00",
    actual: "805953.00",
  },
  {
    item: "goodsAndServices",
    name: "商品和服务支出",
    budget: "4819029.50",
    actual: "4819029.50",
  },
  { item: "depreciation", name: "固定资产折旧费", budget: "", actual: "603018.01" },
] as const satisfies readonly z.input<typeof BasicExpenditureLine>[];

/**
 * The seed's "三公"经费 table 1.2.1/1.2.2 (seed 二、1.2): 公务接待费 820,000.00 / 62,769.85 /
 * 220,870.00; 公务用车运行维护费 0.00 / 21,514.87 / 346,673.34; 购置 and 出国 0.
 */
export const SEED_THREE_PUBLIC = [
  {
    item: "officialReception",
    name: "公务接待费",
    budget: "820000.00",
    actual: "62769.85",
    priorYearActual: "220870.00",
  },
  {
    item: "officialVehicleOperation",
    name: "公务用车运行维护费",
    budget: "0.00",
    actual: "21514.87",
    priorYearActual: "346673.34",
  },
  {
    item: "officialVehiclePurchase",
    name: "公务用车购置",
    budget: "0.00",
    actual: "0.00",
    priorYearActual: "0.00",
  },
  {
    item: "officialOverseasTravel",
    name: "因公出国（境）费用",
    budget: "0.00",
    actual: "0.00",
    priorYearActual: "0.00",
  },
] as const satisfies readonly z.input<typeof ThreePublicExpenseLine>[];

/** One 项目支出 row as the seed prints it: 序号, 项目名称, 可用指标 = 实际使用 (元), no 文号. */
export type SeedProject = { seq: number; name: string; budget: string; actual: string };

/**
 * The seed's 项目支出 table, all 20 rows (seed 二、2.2; 合计 650,501,700.00), 可用指标 equal to
 * 实际使用, without 文号.
 */
export const SEED_PROJECTS: readonly SeedProject[] = [
  ["土地成本", "593785100.00"],
  ["地质灾害防治专项费用", "500000.00"],
  ["驻村帮扶第一书记工作经费", "30000.00"],
  ["地质灾害治理、人居环境建设等", "3150000.00"],
  ["2019年益阳市地质灾害综合防治第二批专项资金", "100000.00"],
  ["2019年度脱贫攻坚考核奖励资金", "10000.00"],
  ["2020年地灾防治项目资金", "600000.00"],
  ["2020年地灾防治项目资金", "1200000.00"],
  ["2020年第一批中央自然灾害防治体建设补助资金", "1800000.00"],
  ["2020年增减挂钩项目资金", "19131700.00"],
  ["县级耕地占补平衡项目资金", "10000000.00"],
  ["石煤矿治理退还弘基矿业“两权”价款", "2018000.00"],
  ["2020年第一批市级土地整治项目", "400000.00"],
  ["2020年自然资源相关补助资金", "690000.00"],
  ["2020年第三批中央自然灾害防治体系建设资金", "2520000.00"],
  ["第三次国土调查经费", "2000000.00"],
  ["飞力建材采矿权价款支出成本", "111200.00"],
  ["华信陶粒采矿权价款支出成本", "246800.00"],
  ["2019年土地出让征收经费及奖励", "12168900.00"],
  ["2020年地质灾害应急经费", "40000.00"],
].map(([name = "", amount = ""], i) => ({ seq: i + 1, name, budget: amount, actual: amount }));

/**
 * Row `seq` (1–20) of the seed's 项目支出 table ({@link SEED_PROJECTS}), as a fresh object.
 * @throws Error when the seed has no row `seq`.
 * @example seedProject(2) // { seq: 2, name: "地质灾害防治专项费用", budget: "500000.00", actual: "500000.00" }
 */
export function seedProject(seq: number): SeedProject {
  const row = SEED_PROJECTS[seq - 1];
  if (!row)
    throw new Error(`种子报告项目支出表没有第${seq}行 / the seed has no project row ${seq}`);
  return { ...row };
}
