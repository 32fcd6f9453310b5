import {
  type Dataset,
  type DatasetInput,
  groupThousands,
  type Indicator,
  roundHalfUp,
  type StatedFigure,
  yuanToWanYuan,
} from "@jixiao/core";

/** The units the generator states figures in. */
type Unit = "元" | "万元" | "%" | "人" | "分";

const S1 = "一、部门概况";
const S2 = "二、部门整体支出管理及使用情况分析";
const S4 = "四、评价结论及绩效分析";

/** A printed table: its title and the section it stands in. */
interface TableRef {
  title: string;
  section: string;
  subsection?: string;
}

export const TABLES = {
  budgetSummary: {
    title: "部门整体支出预算规模明细表",
    section: S1,
    subsection: "（二）部门整体支出预算规模",
  },
  expenditure: { title: "预算支出与实际支出对比表（一）", section: S2 },
  allocation: { title: "预算拨款与实际支出对比表（二）", section: S2 },
  basicExpenditure: { title: "基本支出明细", section: S2, subsection: "1.1、基本支出明细情况" },
  threePublic: {
    title: "“三公经费”预算、决算执行情况",
    section: S2,
    subsection: "1.2、三公经费情况",
  },
  projects: { title: "项目支出明细表", section: S2, subsection: "2.2、项目资金实际使用情况" },
} as const satisfies Record<string, TableRef>;

/**
 * Writes the stated figures of a generated report and the sentences they stand in, from the
 * indicators core computes for the tables: every stated value is the exact quantity rounded
 * 四舍五入 at the places it is written with (元 to 2, 万元 to 2, % to 2, 人 whole), so a clean
 * dataset's figures all match.
 */
class Statements {
  readonly figures: StatedFigure[] = [];
  private pending: StatedFigure[] = [];
  private counter = 0;
  constructor(private readonly byKey: ReadonlyMap<string, Indicator>) {}

  /** Whether `key` has a value to state. */
  has(key: string): boolean {
    return (this.byKey.get(key)?.value ?? null) !== null;
  }

  /** The written value of `key` in `unit`, or null when the quantity has no value. */
  written(key: string, unit: Unit): { value: string; text: string } | null {
    const v = this.byKey.get(key)?.value ?? null;
    if (v === null) return null;
    switch (unit) {
      case "元": {
        const value = roundHalfUp(v, 2);
        return { value, text: groupThousands(value) };
      }
      case "万元": {
        const value = roundHalfUp(yuanToWanYuan(v), 2);
        return { value, text: groupThousands(value) };
      }
      case "%": {
        const value = roundHalfUp(v, 2);
        return { value, text: `${value}%` };
      }
      case "分": {
        const value = v.toString();
        return { value, text: value };
      }
      case "人": {
        const value = roundHalfUp(v, 0);
        return { value, text: value };
      }
    }
  }

  /** A figure in a table cell. */
  cell(table: TableRef, row: string, column: string, key: string, unit: Unit): void {
    const w = this.written(key, unit);
    if (!w) return;
    this.figures.push({
      id: `s-${++this.counter}`,
      location: {
        section: table.section,
        ...(table.subsection ? { subsection: table.subsection } : {}),
        table: table.title,
        row,
        column,
      },
      text: w.text,
      value: w.value,
      unit,
      refersTo: key,
    });
  }

  /** A figure inside a sentence: returns its text (with unit) to write into the sentence. */
  inline(key: string, unit: Unit): string {
    const w = this.written(key, unit);
    if (!w) return "（数据缺失）";
    const text = unit === "%" ? w.text : `${w.text}${unit}`;
    this.pending.push({
      id: `s-${++this.counter}`,
      location: { section: "" },
      text,
      value: w.value,
      unit,
      refersTo: key,
    });
    return text;
  }

  /** Close a sentence: its pending figures get its section and quote. */
  sentence(section: string, subsection: string | null, text: string): string {
    for (const f of this.pending) {
      f.location = { section, ...(subsection ? { subsection } : {}), quote: text };
      this.figures.push(f);
    }
    this.pending = [];
    return text;
  }
}

/** How many project rows print their 差额 and 使用比例 (the rest show in the table unstated). */
export const STATED_PROJECT_ROWS = 30;

/**
 * The narrative and stated figures of a generated report, agreeing with `dataset` (already
 * parsed) and its `indicators` (core's computeIndicators). Returns the narrative fields and the
 * stated figures to merge into the dataset input.
 * @example narrate(parsed, computeIndicators(parsed)).statedFigures.length > 20
 */
export function narrate(
  dataset: Dataset,
  indicators: readonly Indicator[],
): Pick<DatasetInput, "narrative" | "statedFigures" | "evaluationProcess"> {
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  const s = new Statements(byKey);
  const { name, fiscalYear: year } = dataset.department;
  const T = TABLES;

  // ── tables ──
  s.cell(T.budgetSummary, "合计", "预算支出", "budgetSummary.budgetExpenditure.total", "元");
  s.cell(T.budgetSummary, "合计", "预算收入", "budgetSummary.budgetRevenue.total", "元");
  for (const line of dataset.expenditure) {
    s.cell(
      T.expenditure,
      line.name,
      "差额（预算-使用）",
      `expenditure.difference[${line.item}]`,
      "元",
    );
  }
  s.cell(T.expenditure, "合计", "预算支出（元）", "expenditure.budget.total", "元");
  s.cell(T.expenditure, "合计", "实际使用（元）", "expenditure.actual.total", "元");
  s.cell(T.expenditure, "合计", "差额（预算-使用）", "expenditure.difference.total", "元");
  s.cell(T.allocation, "合计", "到位金额（元）", "allocation.received.total", "元");
  s.cell(T.allocation, "合计", "实际使用（元）", "allocation.actual.total", "元");
  s.cell(T.allocation, "合计", "差额（到位-使用）", "allocation.difference.total", "元");
  s.cell(T.basicExpenditure, "合计", "预算金额", "basicExpenditure.budget.total", "元");
  s.cell(T.basicExpenditure, "合计", "决算支出金额", "basicExpenditure.actual.total", "元");
  s.cell(T.basicExpenditure, "合计", "结转结余金额", "basicExpenditure.carryover.total", "元");
  for (const line of dataset.threePublicExpenses) {
    if (s.has(`threePublicExpenses.changeRate[${line.item}]`)) {
      s.cell(
        T.threePublic,
        line.name,
        "变动比例%",
        `threePublicExpenses.changeRate[${line.item}]`,
        "%",
      );
    }
  }
  s.cell(T.threePublic, "合计", "预算数", "threePublicExpenses.budget.total", "元");
  s.cell(T.threePublic, "合计", "决算数", "threePublicExpenses.actual.total", "元");
  s.cell(T.threePublic, "合计", "上年决算数", "threePublicExpenses.priorYearActual.total", "元");
  s.cell(T.threePublic, "合计", "控制率%", "threePublicExpenses.controlRate.total", "%");
  s.cell(T.threePublic, "合计", "变动比例%", "threePublicExpenses.changeRate.total", "%");
  for (const p of dataset.projects.slice(0, STATED_PROJECT_ROWS)) {
    s.cell(T.projects, String(p.seq), "差额（可用-实际）", `projects.difference[${p.seq}]`, "元");
    s.cell(T.projects, String(p.seq), "使用比例%", `projects.usageRate[${p.seq}]`, "%");
  }
  s.cell(T.projects, "合计", "可用指标", "projects.budget.total", "元");
  s.cell(T.projects, "合计", "实际使用", "projects.actual.total", "元");
  s.cell(T.projects, "合计", "使用比例%", "projects.usageRate.total", "%");

  // ── sentences ──
  const staffing = s.sentence(
    S1,
    "（一）部门基本情况",
    `${year}年初部门预算核定编制${s.inline("staffing.authorizedHeadcount", "人")}，年末在职人员${s.inline("staffing.activeStaff", "人")}，离退休人员${s.inline("staffing.retiredStaff", "人")}。`,
  );
  const scope = s.sentence(
    S1,
    "（二）部门整体支出预算规模",
    `${year}年部门预算支出${s.inline("budgetSummary.budgetExpenditure.total", "万元")}，其中基本支出${s.inline("budgetSummary.budgetExpenditure[basic]", "万元")}，项目支出${s.inline("budgetSummary.budgetExpenditure[project]", "万元")}。`,
  );
  const overview = s.sentence(
    S2,
    null,
    `${year}年度实际支出${s.inline("expenditure.actual.total", "元")}，其中基本支出${s.inline("expenditure.basic.actual", "元")}，项目支出${s.inline("expenditure.project.actual", "元")}。`,
  );
  const basic = s.sentence(
    S2,
    "1.1、基本支出明细情况",
    `基本支出中人员经费${s.inline("expenditure.personnel.actual", "元")}，公用经费${s.inline("expenditure.operating.actual", "元")}。`,
  );
  const three = s.sentence(
    S2,
    "1.2、三公经费情况",
    `“三公经费”决算${s.inline("threePublicExpenses.actual.total", "元")}，控制率为${s.inline("threePublicExpenses.controlRate.total", "%")}。`,
  );
  const projectUsage = s.sentence(
    S2,
    "2.2、项目资金实际使用情况",
    `全年安排项目${dataset.projects.length}个，实际使用项目资金${s.inline("projects.actual.total", "万元")}，资金使用率${s.inline("projects.usageRate.total", "%")}。`,
  );
  const execution = s.sentence(
    S4,
    "（一）预算执行",
    `预算完成率为${s.inline("budgetExecution.completionRate", "%")}，在职人员控制率为${s.inline("staffing.activeStaffControlRate", "%")}，公用经费控制率为${s.inline("operatingExpenses.controlRate", "%")}。`,
  );
  const extra: string[] = [];
  if (s.has("procurement.executionRate") && s.has("fixedAssets.utilizationRate")) {
    extra.push(
      s.sentence(
        S4,
        "（一）预算执行",
        `政府采购执行率为${s.inline("procurement.executionRate", "%")}，固定资产利用率为${s.inline("fixedAssets.utilizationRate", "%")}。`,
      ),
    );
  }
  const targets = dataset.revenueTargets.flatMap((t) =>
    s.has(`revenueTargets.completionRate[${t.id}]`)
      ? [
          s.sentence(
            S4,
            "（二）履职效益",
            `${t.name}完成${s.inline(`revenueTargets.actual[${t.id}]`, "万元")}，完成率${s.inline(`revenueTargets.completionRate[${t.id}]`, "%")}。`,
          ),
        ]
      : [],
  );
  const outputs = dataset.performanceIndicators.flatMap((p) =>
    s.has(`performance.completionRate[${p.id}]`)
      ? [
          s.sentence(
            S4,
            "（二）履职效益",
            `${p.name}计划${p.planned ?? ""}${p.unit}，实际${p.actual ?? ""}${p.unit}，完成率${s.inline(`performance.completionRate[${p.id}]`, "%")}。`,
          ),
        ]
      : [],
  );
  const satisfaction = s.sentence(
    S4,
    "（二）履职效益",
    `发放满意度调查问卷${dataset.satisfaction?.questionnaires ?? 0}份，综合满意度得分${s.inline("satisfaction.score", "分")}。`,
  );

  return {
    statedFigures: s.figures,
    narrative: {
      preamble: [
        `根据县财政局关于开展${year}年度部门整体支出绩效评价工作的要求，${name}对${year}年度部门整体支出开展了绩效自评，现将有关情况报告如下。`,
      ],
      departmentOverview: [`${name}是县人民政府工作部门，${dataset.department.mission ?? ""}。`],
      staffing: [staffing],
      budgetScope: [scope],
      expenditureOverview: [overview],
      basicExpenditure: [basic],
      threePublicExpenses: [three],
      threePublicManagement: ["严格执行中央八项规定精神，从严控制“三公经费”支出。"],
      projectUsage: [projectUsage],
      budgetExecution: [execution, ...extra],
      performanceSummary: [...targets, ...outputs, satisfaction],
      achievements: [
        {
          heading: "（一）履职尽责，完成年度目标任务",
          paragraphs: ["全年各项重点工作按计划推进。"],
        },
      ],
      problems: [
        {
          heading: "（一）预算编制的精准度有待提高",
          paragraphs: ["部分项目预算与实际执行存在差距。"],
        },
      ],
      recommendations: [
        { heading: "（一）提高预算编制质量", paragraphs: ["细化项目预算，加强预算执行监控。"] },
      ],
      signature: [name, `${year + 1}年3月15日`],
    },
    evaluationProcess: {
      purpose: ["加强预算绩效管理，提高财政资金使用效益。"],
      basisDocuments: [{ title: "《中华人民共和国预算法》", documentNumber: null }],
      team: [],
      method: ["采用比较法、因素分析法和公众评判法。"],
      phases: [],
      contents: [],
      conclusion: [],
      reportDate: `${year + 1}-03-15`,
    },
  };
}
