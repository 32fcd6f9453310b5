/**
 * A small hand-made department-year for report tests, with figures taken from the seed
 * (../../../../../shared/seed/taojiang-natural-resources-2020-evaluation-report.txt) so the
 * expected values can be worked out by hand:
 * - 三公经费 (seed 1.2.1/1.2.2): 公务接待费 820,000.00 / 62,769.85 / 220,870.00;
 *   公务用车运行维护费 0.00 / 21,514.87 / 346,673.34; 因公出国（境）费用 0 / 0 / 0.
 * - 基本支出明细 (seed 1.1): 工资福利支出 25,507,764.16; 固定资产折旧费 no budget, 603,018.01.
 * - three projects of the seed's 项目支出 table (rows 1, 7, 20).
 * - 非税收入 33,359.00万元 plan, 79,381万元 actual (seed 四（二）（1）).
 */
import {
  type DatasetInput,
  type Evaluation,
  evaluate,
  type Finding,
  parseDataset,
} from "@jixiao/core";
import {
  minimalStaffing,
  SEED_ALLOCATION,
  SEED_BASIC_EXPENDITURE,
  SEED_BUDGET_SUMMARY,
  SEED_DEPARTMENT,
  SEED_EXPENDITURE,
  SEED_THREE_PUBLIC,
  seedProject,
  staffByType,
} from "@jixiao/core/testing";

export const smallDatasetInput: DatasetInput = {
  schemaVersion: 1,
  department: {
    ...SEED_DEPARTMENT,
    name: "样例县自然资源局",
    nature: "国家行政机关",
    functions: ["1、负责自然资源调查监测评价。", "负责耕地保护。"],
  },
  budgetUnits: {
    asOf: "2020-01-01",
    groups: [
      { level: 1, fundingType: "full", count: 1 },
      { level: 2, fundingType: "selfFunded", count: 2 },
    ],
  },
  organisation: [
    {
      id: "start",
      asOf: "2020-01-01",
      internalDivisions: ["办公室", "财务股"],
      subordinateUnits: ["不动产登记中心"],
    },
  ],
  staffing: {
    ...minimalStaffing(),
    atBudget: {
      asOf: "2020-01-01",
      authorizedHeadcount: 282,
      authorizedByType: staffByType(258, 24),
    },
  },
  budgetSummary: [...SEED_BUDGET_SUMMARY],
  expenditure: [
    SEED_EXPENDITURE[0],
    { item: "other", kind: "other", name: "其他", budget: "", actual: "" },
  ],
  allocation: [SEED_ALLOCATION[0], SEED_ALLOCATION[5]],
  basicExpenditure: [SEED_BASIC_EXPENDITURE[0], SEED_BASIC_EXPENDITURE[3]],
  threePublicExpenses: [SEED_THREE_PUBLIC[0], SEED_THREE_PUBLIC[1], SEED_THREE_PUBLIC[3]],
  projects: [
    seedProject(1),
    { ...seedProject(7), documentNumber: "湘财资环指[2020]23号" },
    { ...seedProject(20), actual: "30000.00" },
  ],
  revenueTargets: [
    {
      id: "nonTax",
      name: "非税收入",
      plan: "333590000",
      actual: "793810000",
      givenIn: { unit: "万元", places: 0 },
    },
    {
      id: "landSale",
      name: "土地出让总价款",
      parentId: "nonTax",
      plan: "300000000",
      actual: "615000000",
    },
  ],
  performanceIndicators: [
    {
      id: "linkage",
      category: "output.quantity",
      name: "增减挂钩确认周转指标",
      unit: "公顷",
      planned: "80",
      actual: "90.7",
    },
  ],
  satisfaction: { questionnaires: 20, score: "95.2" },
  evaluationProcess: { reportDate: "2021-05-20" },
  narrative: {
    preamble: ["为进一步规范财政资金管理，现将评价情况报告如下："],
    budgetAllocation: ["在职人员控制率为100%。"],
    problems: [{ heading: "（1） 耕地“占补平衡”矛盾较为尖锐", paragraphs: ["指标不足。"] }],
    recommendations: [{ heading: "1、严格执行预算。", paragraphs: ["加强预算编制。"] }],
    tableNotes: { basicExpenditure: "差异原因为折旧费没有纳入预算金额中。" },
  },
};

/** The small dataset, validated and evaluated with the real computeIndicators. */
export function smallEvaluation(findings: Finding[] = []): Evaluation {
  const evaluation = evaluate(parseDataset(smallDatasetInput));
  return { ...evaluation, findings };
}

/** Two findings of different severities (info first, to test sorting). */
export const sampleFindings: Finding[] = [
  {
    ruleId: "amount.unmatched",
    severity: "info",
    title: "文中金额无对应数据",
    titleEn: "Amount in text matches no data",
    locations: [{ section: "二、部门整体支出管理及使用情况分析", quote: "其他支出0.00元" }],
    stated: "0.00",
    unit: "元",
    message: "文中金额0.00元在基础数据中无对应项。",
  },
  {
    ruleId: "rate.truncated",
    severity: "error",
    title: "比率截尾而非四舍五入",
    titleEn: "Rate truncated instead of rounded",
    locations: [
      { section: "四、部门整体支出绩效情况", row: "预算执行", statedFigureId: "budget-completion" },
    ],
    stated: "99.84",
    expected: "99.85",
    unit: "%",
    diagnosis: "truncated",
    message: "预算完成率应为99.85%，报告写作99.84%，系截尾而非四舍五入。",
  },
];
