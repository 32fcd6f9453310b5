import { type Dataset, type DatasetInput, parseDataset } from "../../schema/index.ts";
import {
  SEED_ALLOCATION,
  SEED_BASIC_EXPENDITURE,
  SEED_BUDGET_SUMMARY,
  SEED_DEPARTMENT,
  SEED_EXPENDITURE,
  SEED_PROJECTS,
  SEED_REVENUE,
  SEED_THREE_PUBLIC,
  staffByType,
} from "../../testing/index.ts";

/**
 * A small dataset for tests, built from the seed report's own numbers
 * (../shared/seed/taojiang-natural-resources-2020-evaluation-report.txt). Each table below says
 * where in the seed its rows stand. Test-only: production code never imports this file.
 */
export const SEED_INPUT: DatasetInput = {
  schemaVersion: 1,
  // 一、部门概况（一）: 名称, 统一社会信用代码
  department: { ...SEED_DEPARTMENT },
  // 一、（一）: 1 个一级预算单位, 12 个二级预算单位
  budgetUnits: {
    asOf: "2020-01-01",
    groups: [
      { level: 1, fundingType: "full", count: 1 },
      { level: 2, fundingType: "civilServiceManaged", count: 1 },
      { level: 2, fundingType: "full", count: 9 },
      { level: 2, fundingType: "selfFunded", count: 2 },
    ],
  },
  // 一、（1）机构设置: 年初 15 个职能股室, 12 个二级机构; 2020-07-06 起 19 个股室, 13 个二级机构
  organisation: [
    {
      id: "start",
      asOf: "2020-01-01",
      internalDivisions: Array.from({ length: 15 }, (_, i) => `股室${i + 1}`),
      subordinateUnits: Array.from({ length: 12 }, (_, i) => `二级机构${i + 1}`),
    },
    {
      id: "reorganised",
      asOf: "2020-07-06",
      basis: ["桃办〔2019〕38号", "桃编发〔2020〕5号"],
      internalDivisions: Array.from({ length: 19 }, (_, i) => `股室${i + 1}`),
      subordinateUnits: Array.from({ length: 13 }, (_, i) => `二级机构${i + 1}`),
    },
  ],
  // 一、（2）人员情况: 编制 282 (全额 258, 自收自支 24), 年末在职 288 (全额 264, 自收自支 24),
  // 离退休 89; 四、1 预算配置: 年末编制 288 (全额 264, 自收自支 24)
  staffing: {
    atBudget: {
      asOf: "2020-01-01",
      authorizedHeadcount: 282,
      authorizedByType: staffByType(258, 24),
    },
    atYearEnd: {
      asOf: "2020-12-31",
      authorizedHeadcount: 288,
      authorizedByType: staffByType(264, 24),
      activeStaff: 288,
      activeByType: staffByType(264, 24),
    },
    retiredStaff: 89,
  },
  // 一、（二） and 二、: revenue by source (Σ 到位 = 表（二）合计 683,266,542.43)
  revenue: [...SEED_REVENUE],
  // 一、（二）预算规模表
  budgetSummary: [...SEED_BUDGET_SUMMARY],
  // 预算支出与实际支出对比表（一）
  expenditure: [
    ...SEED_EXPENDITURE,
    { item: "other", kind: "other", name: "其他", budget: "", actual: "" },
    { item: "capitalExpenditure", kind: "basic", name: "资本性作支出", budget: "", actual: "" },
  ],
  // 预算拨款与实际支出对比表（二）
  allocation: [...SEED_ALLOCATION],
  // 1.1 基本支出明细
  basicExpenditure: [...SEED_BASIC_EXPENDITURE],
  // 1.2.1 预算、决算 and 1.2.2 上年决算
  threePublicExpenses: [...SEED_THREE_PUBLIC],
  // 1.3: 公用经费实际支出 481.90 万元, 预算 481.90 万元 (= 商品和服务支出 4,819,029.50)
  operatingExpenses: { budget: "4819029.50", actual: "4819029.50" },
  // 2.2 项目支出表 (20 rows)
  projects: SEED_PROJECTS.map((p) => ({ ...p })),
  // 四、（二）（1）: 非税收入 计划 33,359.00 万元, 实际 79,381 万元; 土地出让 6.15 亿元 of 3 亿元;
  // 罚没收入 196 万元 of 300 万元.
  revenueTargets: [
    {
      id: "non-tax",
      name: "非税收入",
      plan: "333590000",
      actual: "793810000",
      givenIn: { unit: "万元", places: 0 },
    },
    {
      id: "land-sale",
      name: "出让土地",
      parentId: "non-tax",
      plan: "300000000",
      actual: "615000000",
      givenIn: { unit: "亿元", places: 2 },
    },
    {
      id: "fines",
      name: "罚没收入",
      parentId: "non-tax",
      plan: "3000000",
      actual: "1960000",
      givenIn: { unit: "万元", places: 0 },
    },
  ],
  // 四、（二）（2）: 增减挂钩 确认周转指标 90.7 公顷, 目标任务 80 公顷 (113%)
  performanceIndicators: [
    {
      id: "linkage-quota",
      category: "output.quantity",
      name: "增减挂钩周转指标",
      unit: "公顷",
      planned: "80",
      actual: "90.7",
    },
  ],
  // 五、2.4.2 D: 问卷 20 份, 95.2 分
  satisfaction: { questionnaires: 20, score: "95.2" },
};

/** The seed fixture, parsed (defaults applied). */
export function seedDataset(overrides: Partial<DatasetInput> = {}): Dataset {
  return parseDataset({ ...SEED_INPUT, ...overrides });
}
