import { EXPENSE_ITEM_NAMES, FUNDING_TYPE_NAMES } from "@jixiao/core";
import { column, generated, section, seqColumn, table } from "../blocks.ts";
import { amountCell, blankCell, countCell, quantityCell, textCell } from "../cells.ts";
import type { ModelContext } from "../context.ts";
import { totalLabel } from "../indicators.ts";
import { present } from "../sentences.ts";
import { performanceIndicatorCells } from "../tables/performance-indicators.ts";
import { orderRevenueTargets, revenueTargetCells } from "../tables/revenue-targets.ts";
import { chineseDate, joinNames } from "../text.ts";
import type { Block, Cell, ColumnSpec, SectionBlock, TableBlock, TableRow } from "../types.ts";

const KIND_NAMES = { basic: "基本支出", project: "项目支出", other: "其他" } as const;

/** Two-column 项目/内容 table. */
function keyValueTable(
  id: string,
  title: string,
  pairs: [string, string | null | undefined][],
): TableBlock {
  return table({
    id,
    title,
    unit: null,
    columns: [column("item", "项目", "text", 24), column("value", "内容", "text", 76)],
    rows: pairs
      .filter((p): p is [string, string] => typeof p[1] === "string" && p[1].trim() !== "")
      .map(([k, v]) => ({ cells: [textCell(k), textCell(v)] })),
  });
}

function departmentTable(ctx: ModelContext): TableBlock {
  const d = ctx.dataset.department;
  return keyValueTable("basic-department", "部门基本信息", [
    ["部门名称", d.name],
    ["评价年度", `${d.fiscalYear}年`],
    ["统一社会信用代码", d.unifiedSocialCreditCode],
    ["单位性质", d.nature],
    ["机构级别", d.rank],
    ["地址", d.address],
    ["法定代表人", d.legalRepresentative],
    ["职责和宗旨", d.mission],
  ]);
}

function budgetUnitsTable(ctx: ModelContext): TableBlock {
  const units = ctx.dataset.budgetUnits;
  return table({
    id: "basic-budget-units",
    title: `预算单位（截至${chineseDate(units.asOf)}）`,
    unit: "单位：个",
    columns: [
      column("level", "级次", "text", 18, { align: "center" }),
      column("fundingType", "经费形式", "text", 16),
      column("count", "单位数", "count", 10),
      column("names", "单位名称", "text", 56),
    ],
    rows: units.groups.map((g) => ({
      cells: [
        textCell(g.level === 1 ? "一级预算单位" : "二级预算单位", { align: "center" }),
        textCell(FUNDING_TYPE_NAMES[g.fundingType]),
        countCell(g.count),
        g.names.length > 0 ? textCell(joinNames(g.names)) : blankCell(),
      ],
    })),
  });
}

function organisationTable(ctx: ModelContext): TableBlock {
  return table({
    id: "basic-organisation",
    title: "机构设置",
    unit: null,
    columns: [
      column("asOf", "时点", "text", 12),
      column("basis", "依据文件", "text", 14),
      column("divisionCount", "内设股室（个）", "count", 8),
      column("divisions", "内设股室", "text", 30),
      column("unitCount", "下属二级机构（个）", "count", 8),
      column("units", "下属二级机构", "text", 28),
    ],
    rows: ctx.dataset.organisation.map((s) => ({
      cells: [
        textCell(chineseDate(s.asOf)),
        s.basis.length > 0 ? textCell(joinNames(s.basis)) : blankCell(),
        countCell(s.internalDivisions.length),
        textCell(joinNames(s.internalDivisions)),
        countCell(s.subordinateUnits.length),
        textCell(joinNames(s.subordinateUnits)),
      ],
    })),
  });
}

function staffingTable(ctx: ModelContext): TableBlock {
  const s = ctx.dataset.staffing;
  const rows: TableRow[] = [];
  const add = (label: string, count: number | null) =>
    rows.push({ cells: [textCell(label), countCell(count)] });
  add(`年初核定编制数（${chineseDate(s.atBudget.asOf)}）`, s.atBudget.authorizedHeadcount);
  for (const t of s.atBudget.authorizedByType) add(`　其中：${t.type}`, t.count);
  if (s.atYearEnd.authorizedHeadcount !== null) {
    add(`年末核定编制数（${chineseDate(s.atYearEnd.asOf)}）`, s.atYearEnd.authorizedHeadcount);
    for (const t of s.atYearEnd.authorizedByType) add(`　其中：${t.type}`, t.count);
  }
  add(`年末在职人数（${chineseDate(s.atYearEnd.asOf)}）`, s.atYearEnd.activeStaff);
  for (const t of s.atYearEnd.activeByType) add(`　其中：${t.type}`, t.count);
  add("离退休人数", s.retiredStaff);
  return table({
    id: "basic-staffing",
    title: "人员情况",
    unit: "单位：人",
    columns: [column("item", "项目", "text", 70), column("count", "人数", "count", 30)],
    rows,
  });
}

/**
 * A table in 元 of the dataset's own lines, one row each, closed by a 合计 row: `label`, then
 * the indicators `totals` (the sums jixiao computes, never re-added here).
 */
function linesTable<T>(
  ctx: ModelContext,
  spec: {
    id: string;
    title: string;
    columns: ColumnSpec[];
    lines: readonly T[];
    cells: (line: T, index: number) => Cell[];
    label: Cell;
    totals: string[];
  },
): TableBlock {
  const rows: TableRow[] = spec.lines.map((line, i) => ({ cells: spec.cells(line, i) }));
  rows.push({ cells: [spec.label, ...spec.totals.map((k) => ctx.ind.amount(k))], total: true });
  return table({
    id: spec.id,
    title: spec.title,
    unit: "单位：元",
    columns: spec.columns,
    rows,
  });
}

function revenueTable(ctx: ModelContext): TableBlock {
  return linesTable(ctx, {
    id: "basic-revenue",
    title: "收入情况",
    columns: [
      seqColumn(),
      column("name", "收入来源", "text", 28),
      column("budget", "预算数", "amount", 22),
      column("received", "到位数", "amount", 22),
      column("used", "使用数", "amount", 22),
    ],
    lines: ctx.dataset.revenue,
    cells: (r, i) => [
      textCell(String(i + 1)),
      textCell(r.name),
      amountCell(r.budget),
      amountCell(r.received),
      amountCell(r.used),
    ],
    label: totalLabel(),
    totals: ["revenue.budget.total", "revenue.received.total", "revenue.used.total"],
  });
}

function expenditureTable(ctx: ModelContext): TableBlock {
  return linesTable(ctx, {
    id: "basic-expenditure-lines",
    title: "支出情况",
    columns: [
      seqColumn(),
      column("name", "支出项目", "text", 24),
      column("class", "类别／经济分类", "text", 26),
      column("budget", "预算数", "amount", 22),
      column("actual", "实际支出", "amount", 22),
    ],
    lines: ctx.dataset.expenditure,
    cells: (e, i) => [
      textCell(String(i + 1)),
      textCell(e.name),
      textCell(`${KIND_NAMES[e.kind]}／${EXPENSE_ITEM_NAMES[e.item]}`),
      amountCell(e.budget),
      amountCell(e.actual),
    ],
    label: totalLabel(3),
    totals: ["expenditure.budget.total", "expenditure.actual.total"],
  });
}

function threePublicTable(ctx: ModelContext): TableBlock {
  return linesTable(ctx, {
    id: "basic-three-public",
    title: "“三公经费”",
    columns: [
      column("name", "项目", "text", 28),
      column("budget", "本年预算数", "amount", 24),
      column("actual", "本年决算数", "amount", 24),
      column("priorYearActual", "上年决算数", "amount", 24),
    ],
    lines: ctx.dataset.threePublicExpenses,
    cells: (t) => [
      textCell(t.name),
      amountCell(t.budget),
      amountCell(t.actual),
      amountCell(t.priorYearActual),
    ],
    label: textCell("合计", { align: "center" }),
    totals: [
      "threePublicExpenses.budget.total",
      "threePublicExpenses.actual.total",
      "threePublicExpenses.priorYearActual.total",
    ],
  });
}

function operatingTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const stated = ctx.dataset.operatingExpenses;
  return table({
    id: "basic-operating-expenses",
    title: "公用经费",
    unit: "单位：元",
    columns: [
      column("name", "项目", "text", 28),
      column("budget", "预算数", "amount", 36),
      column("actual", "实际支出", "amount", 36),
    ],
    rows: [
      {
        cells: [
          textCell(stated ? "公用经费（部门填报）" : "公用经费（按经济分类计算）"),
          stated ? amountCell(stated.budget) : ind.amount("operatingExpenses.budget"),
          stated ? amountCell(stated.actual) : ind.amount("operatingExpenses.actual"),
        ],
      },
    ],
  });
}

function projectsTable(ctx: ModelContext): TableBlock {
  return linesTable(ctx, {
    id: "basic-projects",
    title: "项目支出",
    columns: [
      seqColumn(),
      column("name", "项目名称", "text", 36),
      column("documentNumber", "文号", "text", 20),
      column("budget", "可用指标", "amount", 19),
      column("actual", "实际使用", "amount", 19),
    ],
    lines: ctx.dataset.projects,
    cells: (p) => [
      textCell(String(p.seq)),
      textCell(p.name),
      p.documentNumber ? textCell(p.documentNumber) : blankCell(),
      amountCell(p.budget),
      amountCell(p.actual),
    ],
    label: totalLabel(3),
    totals: ["projects.budget.total", "projects.actual.total"],
  });
}

function revenueTargetsTable(ctx: ModelContext): TableBlock {
  return table({
    id: "basic-revenue-targets",
    title: "收入目标",
    unit: "单位：元",
    columns: [
      column("seq", "序号", "seq", 6),
      column("name", "收入项目", "text", 30),
      column("responsibleUnit", "责任单位", "text", 18),
      column("plan", "计划任务", "amount", 23),
      column("actual", "实际完成", "amount", 23),
    ],
    rows: orderRevenueTargets(ctx.dataset.revenueTargets).map((ordered) => ({
      cells: revenueTargetCells(ordered),
    })),
  });
}

function performanceTable(ctx: ModelContext): TableBlock {
  return table({
    id: "basic-performance-indicators",
    title: "产出及效益指标",
    unit: null,
    columns: [
      seqColumn(),
      column("category", "指标类别", "text", 14),
      column("name", "指标名称", "text", 40),
      column("unit", "单位", "text", 10, { align: "center" }),
      column("planned", "计划值", "quantity", 15),
      column("actual", "实际值", "quantity", 15),
    ],
    rows: ctx.dataset.performanceIndicators.map((p, i) => ({
      cells: performanceIndicatorCells(p, i),
    })),
  });
}

function satisfactionTable(ctx: ModelContext): TableBlock | null {
  const s = ctx.dataset.satisfaction;
  if (!s) return null;
  return table({
    id: "basic-satisfaction",
    title: "满意度调查",
    unit: null,
    columns: [
      column("questionnaires", "问卷数（份）", "count", 30),
      column("score", "统计分值（分）", "quantity", 35),
      column("fullScore", "满分（分）", "quantity", 35),
    ],
    rows: [
      { cells: [countCell(s.questionnaires), quantityCell(s.score), quantityCell(s.fullScore)] },
    ],
  });
}

function otherAmountsTable(ctx: ModelContext): TableBlock | null {
  const d = ctx.dataset;
  const rows: TableRow[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined)
      rows.push({ cells: [textCell(label), amountCell(value)] });
  };
  add("上年结转", d.budgetStages?.priorYearCarryover);
  add("年初预算", d.budgetStages?.initialBudget);
  add("本年追加", d.budgetStages?.supplementaryAppropriation);
  add("年末结余", d.budgetStages?.yearEndCarryover);
  add("政府采购预算数", d.procurement?.budget);
  add("实际政府采购金额", d.procurement?.actual);
  add("在用固定资产总额", d.fixedAssets?.inUse);
  add("固定资产总额", d.fixedAssets?.total);
  if (rows.length === 0) return null;
  return table({
    id: "basic-other-amounts",
    title: "预算阶段、政府采购及固定资产",
    unit: "单位：元",
    columns: [column("item", "项目", "text", 50), column("amount", "金额", "amount", 50)],
    rows,
  });
}

/**
 * The tables of 附件1 基础数据表, numbered as printed ("表5　收入情况"); also the names the
 * 数据一致性核查 uses for dataset tables the seed prints nowhere else.
 * @example basicDataTables(ctx).find((t) => t.id === "basic-revenue")?.title === "表5　收入情况"
 */
export function basicDataTables(ctx: ModelContext): TableBlock[] {
  return present([
    departmentTable(ctx),
    budgetUnitsTable(ctx),
    ctx.dataset.organisation.length > 0 ? organisationTable(ctx) : null,
    staffingTable(ctx),
    revenueTable(ctx),
    expenditureTable(ctx),
    threePublicTable(ctx),
    operatingTable(ctx),
    projectsTable(ctx),
    ctx.dataset.revenueTargets.length > 0 ? revenueTargetsTable(ctx) : null,
    ctx.dataset.performanceIndicators.length > 0 ? performanceTable(ctx) : null,
    satisfactionTable(ctx),
    otherAmountsTable(ctx),
  ]).map((t, i) => ({ ...t, title: `表${i + 1}　${t.title}` }));
}

/**
 * 附件1 基础数据表: the year's basic data as entered, table by table — department, budget units,
 * organisation, staffing, revenue, expenditure, “三公经费”, 公用经费, projects, revenue targets,
 * performance indicators, satisfaction (and budget stages, procurement, fixed assets when given).
 * Amounts in 元 as in the dataset; totals from the indicators. Off with includeBasicDataAnnex=false.
 * @example basicDataAnnex(ctx)?.numbering === "附件1" // seed 附送 1、2020年度部门整体支出绩效评价基础数据表
 */
export function basicDataAnnex(ctx: ModelContext): SectionBlock | null {
  if (ctx.options.includeBasicDataAnnex === false) return null;
  const tables = basicDataTables(ctx);
  const blocks: Block[] = [
    generated(
      `${ctx.dataset.department.name}${ctx.year}年度部门整体支出绩效评价基础数据（金额单位为元，合计由基础数据计算）。`,
    ),
    ...tables,
  ];
  return section(
    "annex-basic-data",
    1,
    "附件1",
    `${ctx.year}年度部门整体支出绩效评价基础数据表`,
    blocks,
    {
      annex: true,
      pageBreakBefore: true,
    },
  );
}
