import type { Direction, IndicatorUnit } from "./types.ts";

/**
 * The catalogue of quantity codes that `evaluate` computes. A stated figure's `refersTo` and a
 * framework node's `indicator` name one of these, as `code` or `code[param]`.
 * `param` says what the bracket holds: an enum value from schema/enums.ts, a project's `seq`,
 * a revenue target's or performance indicator's `id`.
 */
export interface CatalogueEntry {
  code: string;
  name: string;
  unit: IndicatorUnit;
  formula: string;
  param?:
    | "expenseItem"
    | "revenueSource"
    | "allocationItem"
    | "threePublicItem"
    | "projectSeq"
    | "revenueTargetId"
    | "performanceIndicatorId"
    | "budgetSummaryKind"
    | "fundingType"
    | "organisationStageId"
    | "headcountType";
  direction?: Direction;
  source?: string;
}

const F53 = "财预〔2013〕53号 附件2";
const HUNAN = "湖南省部门整体支出绩效评价指标（县级）";

export const CATALOGUE: readonly CatalogueEntry[] = [
  // ── 预算规模 (budgetSummary table) ──
  {
    code: "budgetSummary.budgetExpenditure",
    name: "预算支出",
    unit: "元",
    formula: "Σ 预算支出",
    param: "budgetSummaryKind",
  },
  {
    code: "budgetSummary.budgetRevenue",
    name: "预算收入",
    unit: "元",
    formula: "Σ 预算收入",
    param: "budgetSummaryKind",
  },
  {
    code: "budgetSummary.difference",
    name: "预算支出−预算收入",
    unit: "元",
    formula: "预算支出 − 预算收入",
    param: "budgetSummaryKind",
  },
  {
    code: "budgetSummary.budgetExpenditure.total",
    name: "预算支出合计",
    unit: "元",
    formula: "Σ 各行预算支出",
  },
  {
    code: "budgetSummary.budgetRevenue.total",
    name: "预算收入合计",
    unit: "元",
    formula: "Σ 各行预算收入",
  },
  {
    code: "budgetSummary.difference.total",
    name: "预算支出−预算收入合计",
    unit: "元",
    formula: "预算支出合计 − 预算收入合计",
  },
  // ── 收入 (revenue by source) ──
  {
    code: "revenue.budget",
    name: "预算收入",
    unit: "元",
    formula: "该来源预算收入",
    param: "revenueSource",
  },
  {
    code: "revenue.received",
    name: "到位收入",
    unit: "元",
    formula: "该来源到位数",
    param: "revenueSource",
  },
  {
    code: "revenue.used",
    name: "使用收入",
    unit: "元",
    formula: "该来源使用数",
    param: "revenueSource",
  },
  { code: "revenue.budget.total", name: "预算收入合计", unit: "元", formula: "Σ 各来源预算收入" },
  { code: "revenue.received.total", name: "到位收入合计", unit: "元", formula: "Σ 各来源到位数" },
  { code: "revenue.used.total", name: "使用收入合计", unit: "元", formula: "Σ 各来源使用数" },
  // ── 支出 (预算支出与实际支出对比表) ──
  {
    code: "expenditure.budget",
    name: "预算支出",
    unit: "元",
    formula: "该项预算支出",
    param: "expenseItem",
  },
  {
    code: "expenditure.actual",
    name: "实际支出",
    unit: "元",
    formula: "该项实际支出",
    param: "expenseItem",
  },
  {
    code: "expenditure.difference",
    name: "预算−实际差额",
    unit: "元",
    formula: "预算支出 − 实际支出",
    param: "expenseItem",
  },
  { code: "expenditure.budget.total", name: "预算支出合计", unit: "元", formula: "Σ 各项预算支出" },
  { code: "expenditure.actual.total", name: "实际支出合计", unit: "元", formula: "Σ 各项实际支出" },
  {
    code: "expenditure.difference.total",
    name: "预算−实际差额合计",
    unit: "元",
    formula: "预算支出合计 − 实际支出合计",
  },
  {
    code: "expenditure.basic.budget",
    name: "基本支出预算",
    unit: "元",
    formula: "Σ 基本支出各项预算",
  },
  {
    code: "expenditure.basic.actual",
    name: "基本支出",
    unit: "元",
    formula: "Σ 基本支出各项实际支出",
  },
  {
    code: "expenditure.project.budget",
    name: "项目支出预算",
    unit: "元",
    formula: "Σ 项目支出预算",
  },
  {
    code: "expenditure.project.actual",
    name: "项目支出",
    unit: "元",
    formula: "Σ 项目支出实际支出",
  },
  {
    code: "expenditure.personnel.actual",
    name: "人员经费",
    unit: "元",
    formula: "工资福利支出 + 对个人和家庭的补助（基本支出）",
    source: "政府支出经济分类 301、303",
  },
  {
    code: "expenditure.operating.actual",
    name: "公用经费",
    unit: "元",
    formula: "商品和服务支出 + 资本性支出（基本支出）",
    source: "政府支出经济分类 302、310",
  },
  // ── 到位与使用 (预算拨款与实际支出对比表) ──
  {
    code: "allocation.received",
    name: "到位金额",
    unit: "元",
    formula: "该项到位金额",
    param: "allocationItem",
  },
  {
    code: "allocation.actual",
    name: "实际使用",
    unit: "元",
    formula: "该项实际使用",
    param: "allocationItem",
  },
  {
    code: "allocation.difference",
    name: "到位−使用差额",
    unit: "元",
    formula: "到位金额 − 实际使用",
    param: "allocationItem",
  },
  {
    code: "allocation.received.total",
    name: "到位金额合计",
    unit: "元",
    formula: "Σ 各项到位金额",
  },
  { code: "allocation.actual.total", name: "实际使用合计", unit: "元", formula: "Σ 各项实际使用" },
  {
    code: "allocation.difference.total",
    name: "到位−使用差额合计",
    unit: "元",
    formula: "到位金额合计 − 实际使用合计",
  },
  // ── 基本支出明细 ──
  {
    code: "basicExpenditure.budget",
    name: "基本支出预算金额",
    unit: "元",
    formula: "该项预算金额",
    param: "expenseItem",
  },
  {
    code: "basicExpenditure.actual",
    name: "基本支出决算金额",
    unit: "元",
    formula: "该项决算支出金额",
    param: "expenseItem",
  },
  {
    code: "basicExpenditure.carryover",
    name: "基本支出结转结余",
    unit: "元",
    formula: "预算金额 − 决算支出金额",
    param: "expenseItem",
  },
  {
    code: "basicExpenditure.budget.total",
    name: "基本支出预算合计",
    unit: "元",
    formula: "Σ 各项预算金额",
  },
  {
    code: "basicExpenditure.actual.total",
    name: "基本支出决算合计",
    unit: "元",
    formula: "Σ 各项决算支出金额",
  },
  {
    code: "basicExpenditure.carryover.total",
    name: "基本支出结转结余合计",
    unit: "元",
    formula: "预算合计 − 决算合计",
  },
  // ── "三公"经费 ──
  {
    code: "threePublicExpenses.budget",
    name: "“三公”经费预算数",
    unit: "元",
    formula: "该项预算数",
    param: "threePublicItem",
  },
  {
    code: "threePublicExpenses.actual",
    name: "“三公”经费决算数",
    unit: "元",
    formula: "该项决算数",
    param: "threePublicItem",
  },
  {
    code: "threePublicExpenses.priorYearActual",
    name: "“三公”经费上年决算数",
    unit: "元",
    formula: "该项上年决算数",
    param: "threePublicItem",
  },
  {
    code: "threePublicExpenses.budgetDifference",
    name: "“三公”经费决算比预算增减",
    unit: "元",
    formula: "决算数 − 预算数",
    param: "threePublicItem",
  },
  {
    code: "threePublicExpenses.yearDifference",
    name: "“三公”经费决算比上年增减",
    unit: "元",
    formula: "本年决算数 − 上年决算数",
    param: "threePublicItem",
  },
  {
    code: "threePublicExpenses.controlRate",
    name: "“三公经费”控制率",
    unit: "%",
    formula: "“三公经费”实际支出数 ÷ “三公经费”预算安排数 × 100%",
    param: "threePublicItem",
    direction: "lowerBetter",
    source: F53,
  },
  {
    code: "threePublicExpenses.changeRate",
    name: "“三公经费”变动率",
    unit: "%",
    formula: "（本年度“三公经费”总额 − 上年度“三公经费”总额）÷ 上年度“三公经费”总额 × 100%",
    param: "threePublicItem",
    direction: "lowerBetter",
    source: F53,
  },
  {
    code: "threePublicExpenses.budget.total",
    name: "“三公”经费预算数合计",
    unit: "元",
    formula: "Σ 各项预算数",
  },
  {
    code: "threePublicExpenses.actual.total",
    name: "“三公”经费决算数合计",
    unit: "元",
    formula: "Σ 各项决算数",
  },
  {
    code: "threePublicExpenses.priorYearActual.total",
    name: "“三公”经费上年决算数合计",
    unit: "元",
    formula: "Σ 各项上年决算数",
  },
  {
    code: "threePublicExpenses.budgetDifference.total",
    name: "“三公”经费决算比预算增减合计",
    unit: "元",
    formula: "决算数合计 − 预算数合计",
  },
  {
    code: "threePublicExpenses.yearDifference.total",
    name: "“三公”经费决算比上年增减合计",
    unit: "元",
    formula: "本年决算数合计 − 上年决算数合计",
  },
  {
    code: "threePublicExpenses.controlRate.total",
    name: "“三公经费”控制率",
    unit: "%",
    formula: "“三公经费”实际支出数 ÷ “三公经费”预算安排数 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  {
    code: "threePublicExpenses.changeRate.total",
    name: "“三公经费”变动率",
    unit: "%",
    formula: "（本年度“三公经费”总额 − 上年度“三公经费”总额）÷ 上年度“三公经费”总额 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  // ── 公用经费 ──
  {
    code: "operatingExpenses.budget",
    name: "公用经费预算数",
    unit: "元",
    formula: "公用经费预算（未单列时取基本支出中商品和服务支出、资本性支出预算）",
  },
  {
    code: "operatingExpenses.actual",
    name: "公用经费实际支出",
    unit: "元",
    formula: "公用经费实际支出（未单列时取基本支出中商品和服务支出、资本性支出）",
  },
  {
    code: "operatingExpenses.controlRate",
    name: "公用经费控制率",
    unit: "%",
    formula: "实际支出公用经费总额 ÷ 预算安排公用经费总额 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  // ── 人员 ──
  {
    code: "staffing.authorizedHeadcount",
    name: "编制数",
    unit: "人",
    formula: "年初部门预算核定编制数",
  },
  {
    code: "staffing.authorizedHeadcount.yearEnd",
    name: "年末编制数",
    unit: "人",
    formula: "年末核定编制数",
  },
  { code: "staffing.activeStaff", name: "在职人员数", unit: "人", formula: "年末实际在职人数" },
  { code: "staffing.retiredStaff", name: "离退休人员数", unit: "人", formula: "离退休人数" },
  {
    code: "staffing.activeStaffControlRate",
    name: "在职人员控制率",
    unit: "%",
    formula: "在职人员数 ÷ 编制数 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  // ── 预算执行 ──
  {
    code: "carryover.amount",
    name: "结转结余",
    unit: "元",
    formula: "到位金额合计 − 实际支出合计",
  },
  {
    code: "budgetExecution.completionRate",
    name: "预算完成率",
    unit: "%",
    formula:
      "预算完成数 ÷ 预算数 × 100% =（上年结转 + 年初预算 + 本年追加 − 年末结余）÷（上年结转 + 年初预算 + 本年追加）× 100%",
    direction: "higherBetter",
    source: `${F53}；${HUNAN}`,
  },
  {
    code: "budgetExecution.controlRate",
    name: "预算控制率",
    unit: "%",
    formula: "本年追加 ÷ 年初预算 × 100%",
    direction: "lowerBetter",
    source: HUNAN,
  },
  {
    code: "budgetExecution.adjustmentRate",
    name: "预算调整率",
    unit: "%",
    formula: "预算调整数 ÷ 预算数 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  {
    code: "carryover.rate",
    name: "结转结余率",
    unit: "%",
    formula: "结转结余总额 ÷ 支出预算数 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  {
    code: "carryover.changeRate",
    name: "结转结余变动率",
    unit: "%",
    formula:
      "（本年度累计结转结余资金总额 − 上年度累计结转结余资金总额）÷ 上年度累计结转结余资金总额 × 100%",
    direction: "lowerBetter",
    source: F53,
  },
  {
    code: "keyExpenditure.rate",
    name: "重点支出安排率",
    unit: "%",
    formula: "重点项目支出 ÷ 项目总支出 × 100%",
    direction: "higherBetter",
    source: F53,
  },
  {
    code: "procurement.executionRate",
    name: "政府采购执行率",
    unit: "%",
    formula: "实际政府采购金额 ÷ 政府采购预算数 × 100%",
    direction: "target",
    source: F53,
  },
  {
    code: "fixedAssets.utilizationRate",
    name: "固定资产利用率",
    unit: "%",
    formula: "实际在用固定资产总额 ÷ 所有固定资产总额 × 100%",
    direction: "higherBetter",
    source: F53,
  },
  // ── 项目 ──
  {
    code: "projects.budget",
    name: "项目可用指标",
    unit: "元",
    formula: "该项目可用指标",
    param: "projectSeq",
  },
  {
    code: "projects.actual",
    name: "项目实际使用",
    unit: "元",
    formula: "该项目实际使用",
    param: "projectSeq",
  },
  {
    code: "projects.difference",
    name: "项目差额（可用−实际）",
    unit: "元",
    formula: "可用指标 − 实际使用",
    param: "projectSeq",
  },
  {
    code: "projects.usageRate",
    name: "使用比例",
    unit: "%",
    formula: "实际使用 ÷ 预算 × 100%",
    param: "projectSeq",
    direction: "higherBetter",
  },
  {
    code: "projects.budget.total",
    name: "项目可用指标合计",
    unit: "元",
    formula: "Σ 各项目可用指标",
  },
  {
    code: "projects.actual.total",
    name: "项目实际使用合计",
    unit: "元",
    formula: "Σ 各项目实际使用",
  },
  {
    code: "projects.difference.total",
    name: "项目差额合计",
    unit: "元",
    formula: "可用指标合计 − 实际使用合计",
  },
  {
    code: "projects.usageRate.total",
    name: "项目资金使用比例",
    unit: "%",
    formula: "实际使用合计 ÷ 可用指标合计 × 100%",
    direction: "higherBetter",
  },
  // ── 收入目标 / 非税收入 ──
  {
    code: "revenueTargets.plan",
    name: "计划任务",
    unit: "元",
    formula: "财政预算计划任务",
    param: "revenueTargetId",
  },
  {
    code: "revenueTargets.actual",
    name: "实际完成",
    unit: "元",
    formula: "实际完成数",
    param: "revenueTargetId",
  },
  {
    code: "revenueTargets.completionRate",
    name: "完成率",
    unit: "%",
    formula: "实际完成数 ÷ 计划任务数 × 100%",
    param: "revenueTargetId",
    direction: "higherBetter",
  },
  // ── 产出与效益 ──
  {
    code: "performance.completionRate",
    name: "实际完成率",
    unit: "%",
    formula: "实际完成数 ÷ 计划完成数 × 100%",
    param: "performanceIndicatorId",
    direction: "higherBetter",
    source: F53,
  },
  {
    code: "satisfaction.score",
    name: "社会公众或服务对象满意度",
    unit: "分",
    formula: "问卷调查统计分值",
    direction: "higherBetter",
    source: F53,
  },
  {
    code: "satisfaction.questionnaires",
    name: "满意度调查问卷数",
    unit: "份",
    formula: "发放问卷份数",
  },
  // ── added for stated figures ──
  {
    code: "expenditure.personnel.budget",
    name: "人员经费预算",
    unit: "元",
    formula: "工资福利支出预算 + 对个人和家庭的补助预算（基本支出）",
    source: "政府支出经济分类 301、303",
  },
  {
    code: "projects.fiscalFundingShare",
    name: "项目支出财政资金占比",
    unit: "%",
    formula: "项目支出财政拨款到位金额 ÷ 项目实际使用合计 × 100%",
  },
  {
    code: "performance.planned",
    name: "计划数",
    unit: "按指标",
    formula: "该指标计划（目标）数",
    param: "performanceIndicatorId",
  },
  {
    code: "performance.actual",
    name: "实际完成数",
    unit: "按指标",
    formula: "该指标实际完成数",
    param: "performanceIndicatorId",
  },
  {
    code: "budgetUnits.count.level1",
    name: "一级预算单位数",
    unit: "个",
    formula: "Σ 一级预算单位组的单位数",
  },
  {
    code: "budgetUnits.count.level2",
    name: "二级预算单位数",
    unit: "个",
    formula: "Σ 二级预算单位组的单位数",
  },
  {
    code: "budgetUnits.count.level2ByFundingType",
    name: "二级预算单位数（按经费形式）",
    unit: "个",
    formula: "该经费形式的二级预算单位数",
    param: "fundingType",
  },
  {
    code: "organisation.internalDivisions.count",
    name: "内设股室数",
    unit: "个",
    formula: "该阶段列出的内设股室个数",
    param: "organisationStageId",
  },
  {
    code: "organisation.subordinateUnits.count",
    name: "下属二级机构数",
    unit: "个",
    formula: "该阶段列出的下属二级机构个数",
    param: "organisationStageId",
  },
  {
    code: "staffing.authorizedHeadcount.byType",
    name: "编制数（按类型）",
    unit: "人",
    formula: "年初部门预算核定的该类编制数",
    param: "headcountType",
  },
  {
    code: "staffing.authorizedHeadcount.yearEnd.byType",
    name: "年末编制数（按类型）",
    unit: "人",
    formula: "年末核定的该类编制数",
    param: "headcountType",
  },
  {
    code: "staffing.activeStaff.byType",
    name: "在职人员数（按类型）",
    unit: "人",
    formula: "年末该类实际在职人数",
    param: "headcountType",
  },
];

/** Look up a catalogue entry by code. */
export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.code === code);
}

/** Split a quantity key "code[param]" into its code and param. */
export function parseKey(key: string): { code: string; param?: string } {
  const m = /^([^[\]]+)(?:\[([^\]]+)\])?$/.exec(key);
  if (!m?.[1]) return { code: key };
  return m[2] === undefined ? { code: m[1] } : { code: m[1], param: m[2] };
}

/** Build a quantity key from a code and an optional param. */
export function makeKey(code: string, param?: string | number): string {
  return param === undefined ? code : `${code}[${param}]`;
}
