import { z } from "zod";
import {
  ExpenditureKind,
  ExpenseItem,
  FundingType,
  IndicatorCategory,
  RevenueSource,
  ThreePublicItem,
} from "./enums.ts";
import { History } from "./history.ts";
import {
  Count,
  Id,
  IsoDate,
  OptionalAmount,
  OptionalQuantity,
  Quantity,
  SignedDecimal,
  StatedUnit,
  UnifiedSocialCreditCode,
} from "./primitives.ts";

const text = z.string({ error: "应为文本 / expected text" });
const paragraphs = z.array(text);
const headedParagraphs = z.array(z.strictObject({ heading: text, paragraphs }));

/** 部门概况: the department's profile. */
export const Department = z.strictObject({
  name: text.min(1),
  fiscalYear: z.number().int().min(2000).max(2100),
  unifiedSocialCreditCode: UnifiedSocialCreditCode,
  /** 单位性质, e.g. 国家行政机关. */
  nature: text.nullish(),
  /** 机构级别, e.g. 科局级行政单位. */
  rank: text.nullish(),
  address: text.nullish(),
  /** 职责和宗旨. */
  mission: text.nullish(),
  /** 现任法人代表; null where the source withholds it. */
  legalRepresentative: text.nullish(),
  /** 主要职能（绩效总目标）, one entry per numbered function. */
  functions: z.array(text).default([]),
});

/** A group of 预算单位 of one level and funding type (the seed gives counts, not names). */
export const BudgetUnitGroup = z.strictObject({
  level: z.union([z.literal(1), z.literal(2)]),
  fundingType: FundingType,
  count: Count,
  names: z.array(text).default([]),
});

/** 机构设置 at one date: 内设股室 and 下属二级机构. A mid-year reorganisation adds a stage. */
export const OrganisationStage = z.strictObject({
  id: Id,
  asOf: IsoDate,
  /** Documents that set this structure, e.g. 桃编发〔2020〕5号. */
  basis: z.array(text).default([]),
  internalDivisions: z.array(text),
  subordinateUnits: z.array(text),
  /** Units under the department's management that are not budget units (乡镇所 …). */
  otherUnits: z.array(text).default([]),
  note: text.nullish(),
});

/** 编制 or 在职 by type, e.g. 全额编制 258 人. */
export const HeadcountByType = z.strictObject({ type: text.min(1), count: Count });

/** 人员情况 (人). */
export const Staffing = z.strictObject({
  /** 年初部门预算核定的编制数. */
  atBudget: z.strictObject({
    asOf: IsoDate,
    authorizedHeadcount: Count,
    authorizedByType: z.array(HeadcountByType).default([]),
  }),
  /** 年末: 编制数 (as re-approved, if stated) and 在职人数. */
  atYearEnd: z.strictObject({
    asOf: IsoDate,
    authorizedHeadcount: Count.nullable(),
    authorizedByType: z.array(HeadcountByType).default([]),
    activeStaff: Count,
    activeByType: z.array(HeadcountByType).default([]),
  }),
  /** 离退休人数. */
  retiredStaff: Count.nullable(),
});

/** Revenue by source, in three columns: 预算, 到位 (received) and 使用 (used), 元. */
export const RevenueLine = z.strictObject({
  source: RevenueSource,
  name: text,
  budget: OptionalAmount,
  received: OptionalAmount,
  used: OptionalAmount,
  /** Where each column was read from, when the source has no revenue table (optional). */
  note: text.nullish(),
});

/** One row of the 预算规模 table: 预算支出 against 预算收入 for 基本支出 or 项目支出, 元. */
export const BudgetSummaryLine = z.strictObject({
  kind: ExpenditureKind,
  name: text,
  budgetExpenditure: OptionalAmount,
  budgetRevenue: OptionalAmount,
});

/** One row of 预算支出与实际支出对比表: 预算 and 实际 by expenditure line, 元. */
export const ExpenditureLine = z.strictObject({
  item: ExpenseItem,
  kind: ExpenditureKind,
  name: text,
  budget: OptionalAmount,
  actual: OptionalAmount,
});

/**
 * One row of 预算拨款与实际支出对比表: 到位 (received) and 实际使用 (actual), 元. Rows are
 * expenditure lines, and also revenue sources (利息, 其他) that arrived without a line.
 */
export const AllocationLine = z.strictObject({
  item: z.union([ExpenseItem, RevenueSource]),
  name: text,
  received: OptionalAmount,
  actual: OptionalAmount,
});

/** One row of 基本支出明细: 预算金额 and 决算支出金额, 元. */
export const BasicExpenditureLine = z.strictObject({
  item: ExpenseItem,
  name: text,
  budget: OptionalAmount,
  actual: OptionalAmount,
});

/** One "三公"经费 item: 预算数, 决算数 and 上年决算数, 元. */
export const ThreePublicExpenseLine = z.strictObject({
  item: ThreePublicItem,
  name: text,
  budget: OptionalAmount,
  actual: OptionalAmount,
  priorYearActual: OptionalAmount,
});

/** 公用经费 as the department states it (元); when absent it is derived from the 经济分类. */
export const OperatingExpenses = z.strictObject({ budget: OptionalAmount, actual: OptionalAmount });

/** One 项目支出 row: 可用指标 (budget) and 实际使用 (actual), 元. */
export const Project = z.strictObject({
  seq: Count,
  name: text.min(1),
  /** 文号 as printed, e.g. 湘财资环指[2020]23号; null where none is given. */
  documentNumber: text.nullable().default(null),
  budget: OptionalAmount,
  actual: OptionalAmount,
  /** 重点项目 flag, for 重点支出安排率; null where the source does not say. */
  isKey: z.boolean().nullable().default(null),
  /** Anything printed with the name that is neither name nor 文号, e.g. （预算指标号） (optional). */
  note: text.nullish(),
});

/** The precision a figure was given at in the source, e.g. 万元 to 0 places. */
export const GivenPrecision = z.strictObject({ unit: StatedUnit, places: Count });

/**
 * A revenue target such as 非税收入 or 土地出让: plan (财政预算计划任务) and actual, in 元.
 * `givenIn` records the unit and places the source used, so checks can judge stated rates
 * with interval arithmetic.
 */
export const RevenueTarget = z.strictObject({
  id: Id,
  name: text.min(1),
  parentId: Id.nullable().default(null),
  responsibleUnit: text.nullish(),
  plan: OptionalAmount,
  actual: OptionalAmount,
  givenIn: GivenPrecision.nullish(),
  /** Precision of the plan alone, when it differs from the actual's (optional). */
  planGivenIn: GivenPrecision.nullish(),
  /** Precision of the actual alone, when it differs from the plan's (optional). */
  actualGivenIn: GivenPrecision.nullish(),
  note: text.nullish(),
});

/** An output or outcome indicator (产出/效益): planned and actual, in its own unit. */
export const PerformanceIndicator = z.strictObject({
  id: Id,
  category: IndicatorCategory,
  name: text.min(1),
  unit: text.min(1),
  planned: OptionalQuantity,
  actual: OptionalQuantity,
  givenIn: GivenPrecision.nullish(),
  note: text.nullish(),
});

/** 满意度调查: number of questionnaires and the resulting score (分). */
export const Satisfaction = z.strictObject({
  questionnaires: Count,
  score: Quantity,
  fullScore: Quantity.default("100"),
  method: text.nullish(),
});

/** 绩效评价工作开展情况. */
export const EvaluationProcess = z.strictObject({
  purpose: paragraphs.default([]),
  basisDocuments: z
    .array(
      z.strictObject({
        title: text,
        documentNumber: text.nullable().default(null),
        /** Where the report cites it, e.g. "五、（二）绩效评价依据" (optional). */
        citedIn: text.nullish(),
      }),
    )
    .default([]),
  organiser: text.nullish(),
  agency: text.nullish(),
  team: paragraphs.default([]),
  method: paragraphs.default([]),
  phases: z
    .array(
      z.strictObject({
        name: text,
        from: IsoDate.nullish(),
        to: IsoDate.nullish(),
        description: text.nullish(),
      }),
    )
    .default([]),
  /** 评价方法 and 分析评价的内容, as listed. */
  contents: paragraphs.default([]),
  conclusion: paragraphs.default([]),
  reportDate: IsoDate.nullish(),
  /** 自评分 as the report states it (分), e.g. "99.5" (optional). */
  selfScore: Quantity.nullish(),
  /** 自评等级 as the report states it, e.g. 优秀 (optional). */
  selfGrade: text.nullish(),
});

/** Narrative text, by the place it takes in the report. */
export const Narrative = z.strictObject({
  /** Opening paragraph(s) before 一、部门概况. */
  preamble: paragraphs.default([]),
  /** 部门基本概况: the opening paragraph of 一、（一）. */
  departmentOverview: paragraphs.default([]),
  /** 机构设置情况 at the start of the year. */
  organisationSetup: paragraphs.default([]),
  /** 人员情况. */
  staffing: paragraphs.default([]),
  organisationChanges: paragraphs.default([]),
  performanceGoals: paragraphs.default([]),
  budgetScope: paragraphs.default([]),
  expenditureOverview: paragraphs.default([]),
  basicExpenditure: paragraphs.default([]),
  threePublicExpenses: paragraphs.default([]),
  threePublicManagement: paragraphs.default([]),
  operatingExpenses: paragraphs.default([]),
  budgetManagement: paragraphs.default([]),
  projectFunds: paragraphs.default([]),
  projectUsage: paragraphs.default([]),
  projectManagement: paragraphs.default([]),
  projectImplementation: paragraphs.default([]),
  projectSupervision: paragraphs.default([]),
  performanceSummary: paragraphs.default([]),
  budgetAllocation: paragraphs.default([]),
  budgetExecution: paragraphs.default([]),
  budgetAdministration: paragraphs.default([]),
  achievements: headedParagraphs.default([]),
  /** Opening paragraph(s) of the problems section, before the first numbered problem. */
  problemsIntro: paragraphs.default([]),
  problems: headedParagraphs.default([]),
  recommendations: headedParagraphs.default([]),
  annexes: paragraphs.default([]),
  signature: paragraphs.default([]),
  /** Any further note keyed by table id, e.g. the 注 below a table. */
  tableNotes: z.record(z.string(), text).default({}),
});

/** Where a stated figure stands in the source report. */
export const StatedLocation = z.strictObject({
  /** Section heading, e.g. "二、部门整体支出管理及使用情况分析". */
  section: text.min(1),
  /** Table title, when the figure stands in a table. */
  table: text.nullish(),
  row: text.nullish(),
  column: text.nullish(),
  /** Sub-heading as printed, e.g. "1.2、三公经费情况" (optional). */
  subsection: text.nullish(),
  /** The words around the figure, as written. */
  quote: text.nullish(),
});

/**
 * A figure the report states: as written (`text`), as a number (`value`, in `unit`) and what it
 * claims to be (`refersTo`, a quantity key such as "threePublicExpenses.controlRate" or
 * "projects.actual[3]"; see metrics/catalogue.ts). `refersTo` is null when the figure claims
 * nothing the data can check (checks then look for the closest quantity).
 */
export const StatedFigure = z.strictObject({
  id: Id,
  location: StatedLocation,
  text: text.min(1),
  value: SignedDecimal,
  unit: StatedUnit,
  refersTo: text.nullable(),
  /**
   * Set when the text states a magnitude with a word of direction (减少/下降 → "decrease",
   * 增加/上升 → "increase"). `value` then carries the sign of the quantity in `refersTo`
   * (a 减少 of 73.57 against 决算 − 预算 is "-73.57") while `text` stays as written.
   */
  wording: z.enum(["decrease", "increase"]).nullish(),
  note: text.nullish(),
});

/** One department-year of basic data (基础数据), the input of 部门整体支出绩效评价. */
export const Dataset = z.strictObject({
  schemaVersion: z.literal(1),
  department: Department,
  budgetUnits: z.strictObject({ asOf: IsoDate, groups: z.array(BudgetUnitGroup) }),
  organisation: z.array(OrganisationStage).default([]),
  staffing: Staffing,
  revenue: z.array(RevenueLine).default([]),
  budgetSummary: z.array(BudgetSummaryLine).default([]),
  expenditure: z.array(ExpenditureLine).default([]),
  allocation: z.array(AllocationLine).default([]),
  basicExpenditure: z.array(BasicExpenditureLine).default([]),
  threePublicExpenses: z.array(ThreePublicExpenseLine).default([]),
  operatingExpenses: OperatingExpenses.nullish(),
  projects: z.array(Project).default([]),
  revenueTargets: z.array(RevenueTarget).default([]),
  performanceIndicators: z.array(PerformanceIndicator).default([]),
  satisfaction: Satisfaction.nullish(),
  /** 政府采购: budget and actual, 元 (optional). */
  procurement: z.strictObject({ budget: OptionalAmount, actual: OptionalAmount }).nullish(),
  /** 固定资产: in use and total, 元 (optional). */
  fixedAssets: z.strictObject({ inUse: OptionalAmount, total: OptionalAmount }).nullish(),
  /** 预算阶段 (optional): 上年结转, 年初预算, 本年追加, 年末结余, 元. */
  budgetStages: z
    .object({
      priorYearCarryover: OptionalAmount,
      initialBudget: OptionalAmount,
      supplementaryAppropriation: OptionalAmount,
      yearEndCarryover: OptionalAmount,
    })
    .nullish(),
  evaluationProcess: EvaluationProcess.default({
    purpose: [],
    basisDocuments: [],
    team: [],
    method: [],
    phases: [],
    contents: [],
    conclusion: [],
  }),
  narrative: Narrative.default(Narrative.parse({})),
  statedFigures: z.array(StatedFigure).default([]),
  /** Prior years' budget and outturn by line (optional; PEFA lens, see schema/history.ts). */
  history: History.nullish(),
});

export type Dataset = z.infer<typeof Dataset>;
export type DatasetInput = z.input<typeof Dataset>;
export type StatedFigure = z.infer<typeof StatedFigure>;
export type StatedLocation = z.infer<typeof StatedLocation>;
export type Project = z.infer<typeof Project>;
export type RevenueTarget = z.infer<typeof RevenueTarget>;
export type PerformanceIndicator = z.infer<typeof PerformanceIndicator>;
export type ExpenditureLine = z.infer<typeof ExpenditureLine>;
export type AllocationLine = z.infer<typeof AllocationLine>;
export type RevenueLine = z.infer<typeof RevenueLine>;
export type ThreePublicExpenseLine = z.infer<typeof ThreePublicExpenseLine>;
export type BasicExpenditureLine = z.infer<typeof BasicExpenditureLine>;
export type BudgetSummaryLine = z.infer<typeof BudgetSummaryLine>;
export type { StatedUnit };
