import {
  EXPENSE_ITEM_NAMES,
  FUNDING_TYPE_NAMES,
  INDICATOR_CATEGORY_NAMES,
  REVENUE_SOURCE_NAMES,
  StatedFigure,
  THREE_PUBLIC_ITEM_NAMES,
} from "@jixiao/core/schema";
import type { Option } from "./cell-parse.ts";

/**
 * The layout of the 基础数据表 workbook, as data: which sheet holds which part of the Dataset,
 * with column headers, units and cell types. Template, export and import all walk these specs,
 * so a column is defined once.
 */

/** How a cell is read and written. */
export type FieldType =
  /** Text; `required` text reads blank as "", optional text reads blank as null. */
  | { t: "text"; required: boolean }
  /** 金额 in 元, ≥ 0, ≤ 2 decimals; blank → null. */
  | { t: "amount" }
  /** A decimal of any precision; blank → null (an error if `required`). */
  | { t: "quantity"; signed: boolean; required: boolean }
  /** A whole count (人, 个); blank → null. */
  | { t: "count" }
  | { t: "date" }
  | { t: "id" }
  | { t: "option"; options: readonly Option[] }
  | { t: "bool" }
  /** A list of text, one item per line in the cell; blank → []. */
  | { t: "list" };

export interface Field {
  /** Path relative to the row (tables) or absolute (key-value sheets), dotted: "givenIn.unit". */
  key: string;
  label: string;
  unit?: string;
  type: FieldType;
  width?: number;
  /** A hint shown in the 说明 sheet and as the cell's input message. */
  note?: string;
  /** The value a blank template already holds (a constant such as the format version). */
  preset?: unknown;
}

/** A computed column: a formula over two input columns, with a cached value. */
export interface ComputedColumn {
  label: string;
  /** difference: a − b (元); rate: a ÷ b (%); change: (a − b) ÷ b (%). */
  kind: "difference" | "rate" | "change";
  a: string;
  b: string;
}

export interface TableSheet {
  kind: "table";
  name: string;
  /** Dataset path of the array, e.g. "projects"; or, with `route`, chosen per row. */
  path: string;
  route?: { label: string; options: readonly Option<string>[] };
  fields: readonly Field[];
  computed?: readonly ComputedColumn[];
  /** Write a 合计 row of the amount columns. */
  totals?: boolean;
  /** Nullish objects within a row (e.g. "givenIn") left out when all their fields are blank. */
  optionalGroups?: readonly string[];
  description: string;
}

export interface KeyValueSheet {
  kind: "keyValue";
  name: string;
  fields: readonly Field[];
  /** Nullish objects that are left out when every one of their fields is blank. */
  optionalGroups: readonly string[];
  description: string;
}

/** Free text by JSON path: one row per string, for nested narrative parts. */
export interface PathSheet {
  kind: "paths";
  name: string;
  prefixes: readonly string[];
  description: string;
}

export type SheetSpec = TableSheet | KeyValueSheet | PathSheet;

const opts = (names: Record<string, string>): Option<string>[] =>
  Object.entries(names).map(([value, name]) => ({ value, name }));

export const FUNDING_TYPE_OPTIONS = opts(FUNDING_TYPE_NAMES);
export const EXPENSE_ITEM_OPTIONS = opts(EXPENSE_ITEM_NAMES);
export const REVENUE_SOURCE_OPTIONS = opts(REVENUE_SOURCE_NAMES);
export const THREE_PUBLIC_OPTIONS = opts(THREE_PUBLIC_ITEM_NAMES);
export const CATEGORY_OPTIONS = opts(INDICATOR_CATEGORY_NAMES);
export const KIND_OPTIONS = opts({ basic: "基本支出", project: "项目支出", other: "其他" });
export const LEVEL_OPTIONS: Option<number>[] = [
  { value: 1, name: "一级" },
  { value: 2, name: "二级" },
];
export const WORDING_OPTIONS: Option<string>[] = [
  { value: "decrease", name: "减少" },
  { value: "increase", name: "增加" },
];
export const UNIT_OPTIONS: Option<string>[] = StatedFigure.shape.unit.options.map((u) => ({
  value: u,
  name: u,
}));

const text = (key: string, label: string, width = 16): Field => ({
  key,
  label,
  type: { t: "text", required: true },
  width,
});
const optText = (key: string, label: string, width = 16): Field => ({
  key,
  label,
  type: { t: "text", required: false },
  width,
});
const amount = (key: string, label: string): Field => ({
  key,
  label,
  unit: "元",
  type: { t: "amount" },
  width: 18,
});
const count = (key: string, label: string, unit = "人"): Field => ({
  key,
  label,
  unit,
  type: { t: "count" },
  width: 12,
});
/** A field whose cell is one of `options` (a drop-down list); its width only when given. */
const option = (key: string, label: string, options: readonly Option[], width?: number): Field => ({
  key,
  label,
  type: { t: "option", options },
  ...(width === undefined ? {} : { width }),
});
/** The row's 标识 (an id other rows and stated figures refer to). */
const idField = (key = "id", label = "标识"): Field => ({
  key,
  label,
  type: { t: "id" },
  width: 14,
});
/** A decimal of any precision in the indicator's own unit (计划值, 实际值, 数值). */
const quantity = (
  key: string,
  label: string,
  type: { signed: boolean; required: boolean },
  width = 14,
): Field => ({ key, label, type: { t: "quantity", ...type }, width });
/** The unit and decimal places a figure was written in (`prefix`.unit, `prefix`.places). */
const givenIn = (prefix: string, label = ""): Field[] => [
  option(`${prefix}.unit`, `${label}原文单位`, UNIT_OPTIONS),
  { key: `${prefix}.places`, label: `${label}原文小数位`, type: { t: "count" }, width: 10 },
];

/** Sheet names, as shown on the tabs. */
export const SHEET = {
  guide: "说明",
  scoreSheet: "评分表",
} as const;

/** The 基础数据表 sheets in workbook order (after 说明). */
export const SHEET_SPECS: readonly SheetSpec[] = [
  {
    kind: "keyValue",
    name: "部门信息",
    description: "部门概况：名称、年度、统一社会信用代码等（每项一行，填写“内容”列）。",
    optionalGroups: [],
    fields: [
      {
        key: "schemaVersion",
        label: "格式版本",
        type: { t: "count" },
        note: "固定为1",
        preset: 1,
      },
      text("department.name", "部门名称"),
      { key: "department.fiscalYear", label: "评价年度", unit: "年", type: { t: "count" } },
      text("department.unifiedSocialCreditCode", "统一社会信用代码"),
      optText("department.nature", "单位性质"),
      optText("department.rank", "机构级别"),
      optText("department.address", "地址"),
      optText("department.mission", "职责和宗旨"),
      optText("department.legalRepresentative", "现任法人代表"),
      { key: "budgetUnits.asOf", label: "预算单位统计日期", type: { t: "date" } },
    ],
  },
  {
    kind: "paths",
    name: "职能与机构",
    description: "主要职能和机构设置：每行一段文字，“路径”列指明它在数据中的位置。",
    prefixes: ["department.functions", "organisation"],
  },
  {
    kind: "table",
    name: "预算单位",
    path: "budgetUnits.groups",
    description: "预算单位：按级次和经费形式分组的单位数。名称每行一个。",
    fields: [
      option("level", "级次", LEVEL_OPTIONS, 10),
      option("fundingType", "经费形式", FUNDING_TYPE_OPTIONS, 14),
      count("count", "单位数", "个"),
      { key: "names", label: "单位名称（每行一个）", type: { t: "list" }, width: 40 },
    ],
  },
  {
    kind: "keyValue",
    name: "人员",
    description: "人员情况：年初预算核定的编制数、年末编制数和在职人数、离退休人数。",
    optionalGroups: [],
    fields: [
      { key: "staffing.atBudget.asOf", label: "年初核定日期", type: { t: "date" } },
      count("staffing.atBudget.authorizedHeadcount", "年初核定编制数"),
      { key: "staffing.atYearEnd.asOf", label: "年末日期", type: { t: "date" } },
      count("staffing.atYearEnd.authorizedHeadcount", "年末编制数"),
      count("staffing.atYearEnd.activeStaff", "年末实际在职人数"),
      count("staffing.retiredStaff", "离退休人数"),
    ],
  },
  {
    kind: "table",
    name: "人员分类",
    path: "",
    route: {
      label: "口径",
      options: [
        { value: "staffing.atBudget.authorizedByType", name: "年初编制" },
        { value: "staffing.atYearEnd.authorizedByType", name: "年末编制" },
        { value: "staffing.atYearEnd.activeByType", name: "年末在职" },
      ],
    },
    description: "编制和在职人数按类型（如全额编制、自收自支编制）。",
    fields: [text("type", "类型", 20), count("count", "人数")],
  },
  {
    kind: "table",
    name: "收入",
    path: "revenue",
    totals: true,
    description: "收入按来源：预算数、到位数、使用数（元）。",
    fields: [
      option("source", "收入来源", REVENUE_SOURCE_OPTIONS, 16),
      text("name", "名称", 20),
      amount("budget", "预算数"),
      amount("received", "到位数"),
      amount("used", "使用数"),
      optText("note", "备注", 24),
    ],
    computed: [{ label: "到位−使用", kind: "difference", a: "received", b: "used" }],
  },
  {
    kind: "table",
    name: "预算规模",
    path: "budgetSummary",
    totals: true,
    description: "预算规模：基本支出、项目支出的预算支出与预算收入（元）。",
    fields: [
      option("kind", "类别", KIND_OPTIONS, 12),
      text("name", "项目", 20),
      amount("budgetExpenditure", "预算支出"),
      amount("budgetRevenue", "预算收入"),
    ],
    computed: [
      { label: "支出−收入", kind: "difference", a: "budgetExpenditure", b: "budgetRevenue" },
    ],
  },
  {
    kind: "table",
    name: "支出",
    path: "expenditure",
    totals: true,
    description: "预算支出与实际支出对比：按支出项目（经济分类）的预算数和实际使用数（元）。",
    fields: [
      option("item", "支出项目", EXPENSE_ITEM_OPTIONS, 18),
      option("kind", "类别", KIND_OPTIONS, 12),
      text("name", "名称", 20),
      amount("budget", "预算支出"),
      amount("actual", "实际使用"),
    ],
    computed: [{ label: "差额（预算−使用）", kind: "difference", a: "budget", b: "actual" }],
  },
  {
    kind: "table",
    name: "到位与使用",
    path: "allocation",
    totals: true,
    description: "预算拨款与实际支出对比：到位金额和实际使用（元）；利息、其他收入可单列。",
    fields: [
      option("item", "项目", [...EXPENSE_ITEM_OPTIONS, ...REVENUE_SOURCE_OPTIONS], 18),
      text("name", "名称", 20),
      amount("received", "到位金额"),
      amount("actual", "实际使用"),
    ],
    computed: [{ label: "差额（到位−使用）", kind: "difference", a: "received", b: "actual" }],
  },
  {
    kind: "table",
    name: "基本支出明细",
    path: "basicExpenditure",
    totals: true,
    description: "基本支出明细：预算金额和决算支出金额（元）。",
    fields: [
      option("item", "支出项目", EXPENSE_ITEM_OPTIONS, 18),
      text("name", "项目名称", 20),
      amount("budget", "预算金额"),
      amount("actual", "决算支出金额"),
    ],
    computed: [{ label: "结转结余金额", kind: "difference", a: "budget", b: "actual" }],
  },
  {
    kind: "table",
    name: "三公经费",
    path: "threePublicExpenses",
    totals: true,
    description: "“三公”经费：本年预算数、决算数和上年决算数（元）。",
    fields: [
      option("item", "项目", THREE_PUBLIC_OPTIONS, 20),
      text("name", "名称", 20),
      amount("budget", "预算数"),
      amount("actual", "决算数"),
      amount("priorYearActual", "上年决算数"),
    ],
    computed: [
      { label: "决算比预算增减", kind: "difference", a: "actual", b: "budget" },
      { label: "控制率", kind: "rate", a: "actual", b: "budget" },
      { label: "决算比上年增减", kind: "difference", a: "actual", b: "priorYearActual" },
      { label: "变动率", kind: "change", a: "actual", b: "priorYearActual" },
    ],
  },
  {
    kind: "keyValue",
    name: "公用经费及其他",
    description: "公用经费、政府采购、固定资产和预算阶段（元）。一组全部留空表示未提供。",
    optionalGroups: ["operatingExpenses", "procurement", "fixedAssets", "budgetStages"],
    fields: [
      amount("operatingExpenses.budget", "公用经费预算数"),
      amount("operatingExpenses.actual", "公用经费实际支出数"),
      amount("procurement.budget", "政府采购预算数"),
      amount("procurement.actual", "政府采购实际金额"),
      amount("fixedAssets.inUse", "在用固定资产"),
      amount("fixedAssets.total", "固定资产总额"),
      amount("budgetStages.priorYearCarryover", "上年结转"),
      amount("budgetStages.initialBudget", "年初预算"),
      amount("budgetStages.supplementaryAppropriation", "本年追加"),
      amount("budgetStages.yearEndCarryover", "年末结余"),
    ],
  },
  {
    kind: "table",
    name: "项目支出",
    path: "projects",
    totals: true,
    description: "项目支出：可用指标（预算）和实际使用（元），文号照原文填写。",
    fields: [
      count("seq", "序号", "号"),
      text("name", "预算项目", 40),
      optText("documentNumber", "文号", 26),
      amount("budget", "可用指标"),
      amount("actual", "实际使用"),
      { key: "isKey", label: "重点项目", type: { t: "bool" }, width: 10 },
      optText("note", "备注", 20),
    ],
    computed: [
      { label: "差额（可用−实际）", kind: "difference", a: "budget", b: "actual" },
      { label: "使用比例", kind: "rate", a: "actual", b: "budget" },
    ],
  },
  {
    kind: "table",
    name: "收入目标",
    path: "revenueTargets",
    optionalGroups: ["givenIn", "planGivenIn", "actualGivenIn"],
    description: "收入目标（如非税收入、土地出让）：计划任务和实际完成（元）。",
    fields: [
      idField(),
      text("name", "名称", 24),
      idField("parentId", "上级标识"),
      optText("responsibleUnit", "责任单位", 20),
      amount("plan", "计划任务"),
      amount("actual", "实际完成"),
      ...givenIn("givenIn"),
      ...givenIn("planGivenIn", "计划"),
      ...givenIn("actualGivenIn", "完成"),
      optText("note", "备注", 24),
    ],
    computed: [{ label: "完成率", kind: "rate", a: "actual", b: "plan" }],
  },
  {
    kind: "table",
    name: "绩效指标",
    path: "performanceIndicators",
    optionalGroups: ["givenIn"],
    description: "产出和效益指标：计划值和实际值（各自的计量单位）。",
    fields: [
      idField(),
      option("category", "指标类别", CATEGORY_OPTIONS, 12),
      text("name", "指标名称", 28),
      text("unit", "计量单位", 10),
      quantity("planned", "计划值", { signed: false, required: false }),
      quantity("actual", "实际值", { signed: false, required: false }),
      ...givenIn("givenIn"),
      optText("note", "备注", 24),
    ],
    computed: [{ label: "完成率", kind: "rate", a: "actual", b: "planned" }],
  },
  {
    kind: "keyValue",
    name: "满意度",
    description: "满意度调查：问卷数和得分。全部留空表示未调查。",
    optionalGroups: ["satisfaction"],
    fields: [
      count("satisfaction.questionnaires", "问卷数", "份"),
      {
        key: "satisfaction.score",
        label: "满意度得分",
        unit: "分",
        type: { t: "quantity", signed: false, required: true },
      },
      {
        key: "satisfaction.fullScore",
        label: "满分",
        unit: "分",
        type: { t: "quantity", signed: false, required: true },
      },
      optText("satisfaction.method", "调查方式"),
    ],
  },
  {
    kind: "paths",
    name: "评价过程",
    description: "绩效评价工作开展情况：目的、依据文件、组织、方法、阶段、结论。",
    prefixes: ["evaluationProcess"],
  },
  {
    kind: "paths",
    name: "报告文字",
    description: "报告各部分的叙述文字（成绩、问题、建议等），每段一行。",
    prefixes: ["narrative"],
  },
  {
    kind: "paths",
    name: "历年数据",
    description:
      "历年预算与决算（可选）：年度、来源、按支出和收入行的年初预算与决算。年度写数字，金额写文本。",
    prefixes: ["history"],
  },
  {
    kind: "table",
    name: "已述数字",
    path: "statedFigures",
    description: "报告正文或表格中陈述的数字：原文、数值、单位及所指的数量（供一致性核查）。",
    fields: [
      idField(),
      text("location.section", "所在章节", 24),
      optText("location.table", "所在表格", 18),
      optText("location.row", "行", 14),
      optText("location.column", "列", 14),
      optText("location.subsection", "所在小节", 18),
      optText("location.quote", "原文上下文", 30),
      text("text", "原文写法", 16),
      quantity("value", "数值", { signed: true, required: true }, 16),
      option("unit", "单位", UNIT_OPTIONS, 8),
      optText("refersTo", "所指数量", 30),
      option("wording", "增减措辞", WORDING_OPTIONS, 10),
      optText("note", "备注", 20),
    ],
  },
];
