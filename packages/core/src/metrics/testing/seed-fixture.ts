import { type Dataset, type DatasetInput, parseDataset } from "../../schema/index.ts";

/**
 * A small dataset for tests, built from the seed report's own numbers
 * (../shared/seed/taojiang-natural-resources-2020-evaluation-report.txt). Each table below says
 * where in the seed its rows stand. Test-only: production code never imports this file.
 */
export const SEED_INPUT: DatasetInput = {
  schemaVersion: 1,
  department: {
    name: "桃江县自然资源局",
    fiscalYear: 2020,
    // 一、部门概况（一）: 统一社会信用代码
    unifiedSocialCreditCode: "11430922MB1636254P",
  },
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
      authorizedByType: [
        { type: "全额编制", count: 258 },
        { type: "自收自支编制", count: 24 },
      ],
    },
    atYearEnd: {
      asOf: "2020-12-31",
      authorizedHeadcount: 288,
      authorizedByType: [
        { type: "全额编制", count: 264 },
        { type: "自收自支编制", count: 24 },
      ],
      activeStaff: 288,
      activeByType: [
        { type: "全额编制", count: 264 },
        { type: "自收自支编制", count: 24 },
      ],
    },
    retiredStaff: 89,
  },
  // 一、（二）: 财政拨款预算收入 68,000.80 万元, 上级补助 10.00 万元, 其他 740.50 万元;
  // 二、: 使用财政拨款 680,008,000.00, 利息 1,305.86, 其他收入 3,257,236.57;
  // received arranged so that Σ 到位 = 预算拨款与实际支出对比表（二）合计 683,266,542.43.
  revenue: [
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
  ],
  // 一、（二）预算规模表
  budgetSummary: [
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
  ],
  // 预算支出与实际支出对比表（一）
  expenditure: [
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
    { item: "other", kind: "other", name: "其他", budget: "", actual: "" },
    { item: "capitalExpenditure", kind: "basic", name: "资本性作支出", budget: "", actual: "" },
  ],
  // 预算拨款与实际支出对比表（二）
  allocation: [
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
  ],
  // 1.1 基本支出明细
  basicExpenditure: [
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
  ],
  // 1.2.1 预算、决算 and 1.2.2 上年决算
  threePublicExpenses: [
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
  ],
  // 1.3: 公用经费实际支出 481.90 万元, 预算 481.90 万元 (= 商品和服务支出 4,819,029.50)
  operatingExpenses: { budget: "4819029.50", actual: "4819029.50" },
  // 2.2 项目支出表 (20 rows)
  projects: [
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
  ].map(([name, amount], i) => ({ seq: i + 1, name: name ?? "", budget: amount, actual: amount })),
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
