import type {
  AllocationLine,
  BasicExpenditureLine,
  BudgetSummaryLine,
  ExpenditureLine,
  Project,
  RevenueTarget,
  ThreePublicExpenseLine,
} from "@jixiao/core";
import type { ExtractedFigure } from "./figures.ts";
import { parseNumber, toYuan } from "./numbers.ts";
import { splitProjectName } from "./project-name.ts";
import type { RecognisedTable } from "./recognise-table.ts";

type ExpenseItem = ExpenditureLine["item"];
type ThreePublicItem = ThreePublicExpenseLine["item"];

/** The dataset rows and stated figures read from the recognised tables. */
export interface TablePieces {
  budgetSummary: BudgetSummaryLine[];
  expenditure: ExpenditureLine[];
  allocation: AllocationLine[];
  basicExpenditure: BasicExpenditureLine[];
  threePublicExpenses: ThreePublicExpenseLine[];
  projects: Project[];
  revenueTargets: RevenueTarget[];
  figures: ExtractedFigure[];
  /** Rows that were read but could not be placed, as “表名”“行”: why. */
  notes: string[];
}

/** Empty pieces to fill. */
export function emptyPieces(): TablePieces {
  return {
    budgetSummary: [],
    expenditure: [],
    allocation: [],
    basicExpenditure: [],
    threePublicExpenses: [],
    projects: [],
    revenueTargets: [],
    figures: [],
    notes: [],
  };
}

const TOTAL = /^(合\s*计|总\s*计|小\s*计)$/;

/**
 * The 经济分类 line a row name names, tolerant of wording (工资福利费用/支出, 商品和服务费用,
 * 对个人和家庭补助费用, 资本性(作)支出, 固定资产折旧费, 项目支出, 其他).
 * @example expenseItemOf("对个人和家庭补助费用") === "householdSubsidies"
 */
export function expenseItemOf(name: string): ExpenseItem | null {
  if (/工资福利|人员经费/.test(name)) return "wagesAndBenefits";
  if (/商品和服务|公用经费/.test(name)) return "goodsAndServices";
  if (/个人和家庭/.test(name)) return "householdSubsidies";
  if (/资本性/.test(name)) return "capitalExpenditure";
  if (/折旧/.test(name)) return "depreciation";
  if (/项目支出/.test(name)) return "project";
  if (/^其他/.test(name)) return "other";
  return null;
}

/**
 * The “三公”经费 item a row names.
 * @example threePublicItemOf("因公出国（境）费用") === "officialOverseasTravel"
 */
export function threePublicItemOf(name: string): ThreePublicItem | null {
  if (/接待/.test(name)) return "officialReception";
  if (/用车.*(运行|维护)|运行维护/.test(name)) return "officialVehicleOperation";
  if (/用车.*购置|购置/.test(name)) return "officialVehiclePurchase";
  if (/出国|出境/.test(name)) return "officialOverseasTravel";
  return null;
}

interface Columns {
  [field: string]: number;
}

/** Column indexes by field: the first column whose name matches and no earlier field took. */
function pickColumns(names: readonly string[], wanted: [string, RegExp, RegExp?][]): Columns {
  const taken = new Set<number>([nameColumn(names)]);
  const seq = names.findIndex((n) => /^序号$/.test(n));
  if (seq !== -1) taken.add(seq);
  const out: Columns = {};
  for (const [field, pattern, not] of wanted) {
    const at = names.findIndex((n, i) => !taken.has(i) && pattern.test(n) && !not?.test(n));
    out[field] = at;
    if (at !== -1) taken.add(at);
  }
  return out;
}

/** How to read a table's amounts: the unit they are labelled in and the unit they really are. */
export interface TableScale {
  labelled: "元" | "万元";
  real: "元" | "万元";
}

class TableReader {
  constructor(
    readonly table: RecognisedTable,
    readonly scale: TableScale,
    readonly pieces: TablePieces,
  ) {}

  cell(row: readonly string[], at: number | undefined): string {
    return at === undefined || at < 0 ? "" : (row[at] ?? "").trim();
  }

  /** An amount cell in 元; blank and dash are null (blank is missing, never 0). */
  amount(row: readonly string[], at: number | undefined): string | null {
    const n = parseNumber(this.cell(row, at));
    if (!n || n.dash || n.percent || n.value.startsWith("-")) return null;
    return toYuan(n.value, this.scale.real);
  }

  /** A stated figure for a printed cell (合计, 差额, 比率), linked to `refersTo`. */
  figure(
    row: readonly string[],
    at: number | undefined,
    rowName: string,
    refersTo: string,
    percent = false,
  ) {
    const text = this.cell(row, at);
    const n = parseNumber(text);
    if (!n || at === undefined || at < 0) return;
    const column = this.table.columns[at] ?? "";
    const isRate = percent || n.percent || /%|率|比例/.test(column);
    const id = `t${this.table.placed.table.index + 1}-r${this.pieces.figures.length + 1}`;
    this.pieces.figures.push({
      figure: {
        id,
        location: {
          section: this.table.placed.section,
          subsection: this.table.placed.subsection ?? null,
          table: this.table.title,
          row: rowName,
          column,
          quote: null,
        },
        text,
        value: n.value,
        unit: isRate ? "%" : this.scale.labelled,
        refersTo,
        wording: null,
        note: null,
      },
      source: {
        kind: "cell",
        table: this.table.title,
        row: rowName,
        column,
        tableIndex: this.table.placed.table.index,
      },
    });
  }

  note(rowName: string, why: string) {
    this.pieces.notes.push(`“${this.table.title}”“${rowName}”行：${why}`);
  }
}

/** The name column: the one headed 项目/名称, else the second column (the first is often 序号). */
function nameColumn(names: readonly string[]): number {
  const at = names.findIndex((n) => /项目|名称|科目|内容/.test(n) && !/支出|金额|数/.test(n));
  if (at !== -1) return at;
  return names.length > 1 && /序号/.test(names[0] ?? "") ? 1 : 0;
}

function mapBudgetSummary(r: TableReader) {
  const names = r.table.columns;
  const col = pickColumns(names, [
    ["diff", /差|支出\s*[-－—]\s*收入/],
    ["expenditure", /预算支出|支出/],
    ["revenue", /预算收入|收入/],
  ]);
  const nameAt = nameColumn(names);
  for (const row of r.table.body) {
    const name = r.cell(row, nameAt) || r.cell(row, 0);
    if (TOTAL.test(name.replace(/\s/g, ""))) {
      r.figure(row, col.expenditure, name, "budgetSummary.budgetExpenditure.total");
      r.figure(row, col.revenue, name, "budgetSummary.budgetRevenue.total");
      r.figure(row, col.diff, name, "budgetSummary.difference.total");
      continue;
    }
    const kind = /基本/.test(name)
      ? "basic"
      : /项目/.test(name)
        ? "project"
        : /其他/.test(name)
          ? "other"
          : null;
    if (!kind) {
      r.note(name, "不是基本支出、项目支出或其他 / not basic, project or other");
      continue;
    }
    r.pieces.budgetSummary.push({
      kind,
      name,
      budgetExpenditure: r.amount(row, col.expenditure),
      budgetRevenue: r.amount(row, col.revenue),
    });
    r.figure(row, col.diff, name, `budgetSummary.difference[${kind}]`);
  }
}

function mapExpenditure(r: TableReader, allocation: boolean) {
  const names = r.table.columns;
  const col = allocation
    ? pickColumns(names, [
        ["diff", /差/],
        ["first", /到位|拨款|下达/],
        ["actual", /实际|使用|支出/],
      ])
    : pickColumns(names, [
        ["diff", /差/],
        ["first", /预算/],
        ["actual", /实际|使用|决算/],
      ]);
  const nameAt = nameColumn(names);
  const table = allocation ? "allocation" : "expenditure";
  const first = allocation ? "received" : "budget";
  for (const row of r.table.body) {
    const name = r.cell(row, nameAt) || r.cell(row, 0);
    if (TOTAL.test(name.replace(/\s/g, ""))) {
      r.figure(row, col.first, name, `${table}.${first}.total`);
      r.figure(row, col.actual, name, `${table}.actual.total`);
      r.figure(row, col.diff, name, `${table}.difference.total`);
      continue;
    }
    const a = r.amount(row, col.first);
    const b = r.amount(row, col.actual);
    let item: string | null = expenseItemOf(name);
    if (allocation) {
      if (/利息/.test(name)) item = "interestIncome";
      else if (item === "other" && a !== null && b === null) item = "otherRevenue";
      else if (/上级补助/.test(name)) item = "higherLevelSubsidy";
      else if (/事业收入/.test(name)) item = "institutionRevenue";
    }
    if (!item) {
      r.note(name, "不是经济分类的支出项 / not a line of the economic classification");
      continue;
    }
    if (allocation) {
      r.pieces.allocation.push({
        item: item as AllocationLine["item"],
        name,
        received: a,
        actual: b,
      });
    } else {
      const kind = item === "project" ? "project" : item === "other" ? "other" : "basic";
      r.pieces.expenditure.push({ item: item as ExpenseItem, kind, name, budget: a, actual: b });
    }
    r.figure(row, col.diff, name, `${table}.difference[${item}]`);
  }
}

function mapBasicExpenditure(r: TableReader) {
  const names = r.table.columns;
  const col = pickColumns(names, [
    ["carryover", /结转|结余|差/],
    ["budget", /预算/],
    ["actual", /决算|实际|支出/],
  ]);
  const nameAt = nameColumn(names);
  for (const row of r.table.body) {
    const name = r.cell(row, nameAt) || r.cell(row, 0);
    if (TOTAL.test(name.replace(/\s/g, ""))) {
      r.figure(row, col.budget, name, "basicExpenditure.budget.total");
      r.figure(row, col.actual, name, "basicExpenditure.actual.total");
      r.figure(row, col.carryover, name, "basicExpenditure.carryover.total");
      continue;
    }
    const item = expenseItemOf(name);
    if (!item || item === "project") {
      r.note(name, "不是基本支出的经济分类项 / not a basic-expenditure line");
      continue;
    }
    r.pieces.basicExpenditure.push({
      item,
      name,
      budget: r.amount(row, col.budget),
      actual: r.amount(row, col.actual),
    });
    r.figure(row, col.carryover, name, `basicExpenditure.carryover[${item}]`);
  }
}

function threePublicLine(
  pieces: TablePieces,
  item: ThreePublicItem,
  name: string,
): ThreePublicExpenseLine {
  let line = pieces.threePublicExpenses.find((l) => l.item === item);
  if (!line) {
    line = { item, name, budget: null, actual: null, priorYearActual: null };
    pieces.threePublicExpenses.push(line);
  }
  return line;
}

function mapThreePublic(r: TableReader, year: boolean, fiscalYear: number | null) {
  const names = r.table.columns;
  const current = fiscalYear ? new RegExp(`本年|当年|${fiscalYear}年`) : /本年|当年/;
  const col = year
    ? pickColumns(names, [
        ["diff", /比|差|增减/],
        ["rate", /变动|增减率|比例|%|率/],
        ["actual", current],
        ["prior", /上年|\d{4}年|同期/],
      ])
    : pickColumns(names, [
        ["diff", /比|差|增减/],
        ["rate", /控制率|执行率|%|率/],
        ["budget", /预算/],
        ["actual", /决算|实际|支出/],
      ]);
  const nameAt = nameColumn(names);
  const diffKey = year ? "yearDifference" : "budgetDifference";
  const rateKey = year ? "changeRate" : "controlRate";
  for (const row of r.table.body) {
    const name = r.cell(row, nameAt) || r.cell(row, 0);
    if (TOTAL.test(name.replace(/\s/g, ""))) {
      if (year) r.figure(row, col.prior, name, "threePublicExpenses.priorYearActual.total");
      else r.figure(row, col.budget, name, "threePublicExpenses.budget.total");
      r.figure(row, col.actual, name, "threePublicExpenses.actual.total");
      r.figure(row, col.diff, name, `threePublicExpenses.${diffKey}.total`);
      r.figure(row, col.rate, name, `threePublicExpenses.${rateKey}.total`, true);
      continue;
    }
    const item = threePublicItemOf(name);
    if (!item) {
      r.note(name, "不是“三公”经费的一项 / not a “三公” item");
      continue;
    }
    const line = threePublicLine(r.pieces, item, name);
    const actual = r.amount(row, col.actual);
    if (line.actual === null) line.actual = actual;
    else if (actual !== null)
      r.figure(row, col.actual, name, `threePublicExpenses.actual[${item}]`);
    if (year) line.priorYearActual = r.amount(row, col.prior);
    else line.budget = r.amount(row, col.budget);
    r.figure(row, col.diff, name, `threePublicExpenses.${diffKey}[${item}]`);
    r.figure(row, col.rate, name, `threePublicExpenses.${rateKey}[${item}]`, true);
  }
}

function mapProjects(r: TableReader) {
  const names = r.table.columns;
  const col = pickColumns(names, [
    ["diff", /差/],
    ["rate", /比例|率|%/],
    ["budget", /可用|预算|指标|安排/],
    ["actual", /实际|使用|支出/],
  ]);
  const nameAt = nameColumn(names);
  const seqAt = names.findIndex((n) => /序号/.test(n));
  for (const row of r.table.body) {
    const name = r.cell(row, nameAt);
    const seqText = seqAt === -1 ? "" : r.cell(row, seqAt);
    if (TOTAL.test(name.replace(/\s/g, "")) || TOTAL.test(seqText.replace(/\s/g, ""))) {
      const label = name || seqText;
      r.figure(row, col.budget, label, "projects.budget.total");
      r.figure(row, col.actual, label, "projects.actual.total");
      r.figure(row, col.diff, label, "projects.difference.total");
      r.figure(row, col.rate, label, "projects.usageRate.total", true);
      continue;
    }
    if (!name) continue;
    const seq = /^\d+$/.test(seqText) ? Number.parseInt(seqText, 10) : r.pieces.projects.length + 1;
    const split = splitProjectName(name);
    const project: Project = {
      seq,
      name: split.name,
      documentNumber: split.documentNumber,
      budget: r.amount(row, col.budget),
      actual: r.amount(row, col.actual),
      isKey: null,
    };
    if (split.note) project.note = split.note;
    r.pieces.projects.push(project);
    r.figure(row, col.diff, String(seq), `projects.difference[${seq}]`);
    r.figure(row, col.rate, String(seq), `projects.usageRate[${seq}]`, true);
  }
}

function mapRevenueTargets(r: TableReader) {
  const names = r.table.columns;
  const col = pickColumns(names, [
    ["rate", /率|比例|%/],
    ["plan", /计划|任务|目标|预算/],
    ["actual", /完成|实际/],
  ]);
  const nameAt = nameColumn(names);
  for (const row of r.table.body) {
    const name = r.cell(row, nameAt);
    if (!name || TOTAL.test(name.replace(/\s/g, ""))) continue;
    const id = `table-target-${r.pieces.revenueTargets.length + 1}`;
    const unit = r.scale.real;
    r.pieces.revenueTargets.push({
      id,
      name,
      parentId: null,
      plan: r.amount(row, col.plan),
      actual: r.amount(row, col.actual),
      givenIn: { unit, places: 2 },
    });
    r.figure(row, col.rate, name, `revenueTargets.completionRate[${id}]`, true);
  }
}

/**
 * Map one recognised table's rows into the dataset's rows (amounts in 元, converted exactly from
 * the table's real unit) and its printed 合计, 差额 and 比率 cells into stated figures (in the
 * unit the table is labelled in, so that core's checks can judge the label). Rows that name no
 * known line are noted, not dropped silently.
 * @example mapTable(basicExpenditureTable, { labelled: "元", real: "元" }, pieces, 2020)
 *   // pieces.basicExpenditure[3] = { item: "depreciation", budget: null, actual: "603018.01" } (seed 1.1)
 */
export function mapTable(
  table: RecognisedTable,
  scale: TableScale,
  pieces: TablePieces,
  fiscalYear: number | null,
): void {
  const r = new TableReader(table, scale, pieces);
  switch (table.kind) {
    case "budgetSummary":
      mapBudgetSummary(r);
      return;
    case "expenditure":
      mapExpenditure(r, false);
      return;
    case "allocation":
      mapExpenditure(r, true);
      return;
    case "basicExpenditure":
      mapBasicExpenditure(r);
      return;
    case "threePublicBudget":
      mapThreePublic(r, false, fiscalYear);
      return;
    case "threePublicYear":
      mapThreePublic(r, true, fiscalYear);
      return;
    case "projects":
      mapProjects(r);
      return;
    case "revenueTargets":
      mapRevenueTargets(r);
      return;
    default:
      return;
  }
}
