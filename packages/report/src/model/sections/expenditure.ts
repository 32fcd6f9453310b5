import { narrative, section } from "../blocks.ts";
import { wanYuan } from "../cells.ts";
import { budgetVsActualChart, threePublicYearChart } from "../charts.ts";
import type { ModelContext } from "../context.ts";
import { computedSentence, present } from "../sentences.ts";
import { basicExpenditureTable } from "../tables/basic-expenditure.ts";
import { allocationComparisonTable, expenditureComparisonTable } from "../tables/expenditure.ts";
import { projectsTable } from "../tables/projects.ts";
import { threePublicBudgetTable, threePublicYearTable } from "../tables/three-public.ts";
import type { Block, SectionBlock } from "../types.ts";

/**
 * 二、部门整体支出管理及使用情况分析: the two comparison tables (（一） 预算支出与实际支出,
 * （二） 预算拨款与实际支出), 1、基本支出 (1.1 基本支出明细, 1.2 the two “三公经费” tables,
 * 1.3 公用经费, 1.4 预算资金管理) and 2、项目支出 (2.1–2.3 with the 项目支出 table). Every figure
 * in the tables and generated sentences comes from the indicators.
 * @example expenditureSection(ctx).numbering === "二、" // seed 二、, 表（一） 合计 682,237,464.67
 */
export function expenditureSection(ctx: ModelContext): SectionBlock {
  const n = ctx.dataset.narrative;
  const charts = ctx.options.includeCharts !== false;
  const wan2 = wanYuan(2);
  // The seed comments each table right under it: the first paragraph after the table it
  // introduces, the rest after the next one (or, for 项目支出, after the table).
  const [threePublicFirst, ...threePublicRest] = narrative(n.threePublicExpenses);
  const [projectUsageLead, ...projectUsageRest] = narrative(n.projectUsage);

  const overview = present([
    computedSentence(ctx, [
      { label: "实际支出合计", key: "expenditure.actual.total" },
      { label: "其中基本支出", key: "expenditure.basic.actual" },
      { label: "项目支出", key: "expenditure.project.actual" },
      { label: "到位资金合计", key: "allocation.received.total" },
      { label: "结转结余", key: "carryover.amount" },
    ]),
  ]);

  const threePublicBudget: Block[] = present([
    threePublicBudgetTable(ctx),
    computedSentence(ctx, [
      { label: "“三公经费”预算数", key: "threePublicExpenses.budget.total", format: wan2 },
      { label: "决算数", key: "threePublicExpenses.actual.total", format: wan2 },
      { label: "决算比预算增减", key: "threePublicExpenses.budgetDifference.total", format: wan2 },
      { label: "“三公经费”控制率", key: "threePublicExpenses.controlRate.total" },
    ]),
    threePublicFirst,
  ]);

  const threePublicYear: Block[] = present([
    threePublicYearTable(ctx),
    computedSentence(ctx, [
      {
        label: `${ctx.year}年度“三公经费”决算数`,
        key: "threePublicExpenses.actual.total",
        format: wan2,
      },
      {
        label: `${ctx.year - 1}年度决算数`,
        key: "threePublicExpenses.priorYearActual.total",
        format: wan2,
      },
      { label: "增减", key: "threePublicExpenses.yearDifference.total", format: wan2 },
      { label: "“三公经费”变动率", key: "threePublicExpenses.changeRate.total" },
    ]),
    ...threePublicRest,
    charts ? threePublicYearChart(ctx) : null,
  ]);

  return section("expenditure", 1, "二、", "部门整体支出管理及使用情况分析", [
    ...narrative(n.expenditureOverview),
    ...overview,
    expenditureComparisonTable(ctx),
    allocationComparisonTable(ctx),
    ...(charts ? [budgetVsActualChart(ctx)] : []),
    section("expenditure-basic", 2, "1、", "基本支出", [
      section("expenditure-basic-detail", 3, "1.1、", "基本支出明细情况", [
        ...narrative(n.basicExpenditure),
        basicExpenditureTable(ctx),
      ]),
      section("expenditure-three-public", 3, "1.2、", "“三公经费”情况", [
        section(
          "expenditure-three-public-budget",
          4,
          "1.2.1．",
          `${ctx.year}年度“三公经费”预算、决算执行情况`,
          threePublicBudget,
        ),
        section(
          "expenditure-three-public-year",
          4,
          "1.2.2．",
          "与上年比较，“三公经费”控制情况",
          threePublicYear,
        ),
        section(
          "expenditure-three-public-management",
          4,
          "1.2.3．",
          "“三公经费”管理情况",
          narrative(n.threePublicManagement),
        ),
      ]),
      section("expenditure-operating", 3, "1.3、", "公用经费", [
        ...narrative(n.operatingExpenses),
        ...present([
          computedSentence(ctx, [
            { label: "公用经费预算数", key: "operatingExpenses.budget" },
            { label: "实际支出", key: "operatingExpenses.actual" },
            { label: "公用经费控制率", key: "operatingExpenses.controlRate" },
          ]),
        ]),
      ]),
      section(
        "expenditure-budget-management",
        3,
        "1.4、",
        "预算资金管理情况分析",
        narrative(n.budgetManagement),
      ),
    ]),
    section("expenditure-projects", 2, "2、", "项目支出", [
      section(
        "expenditure-projects-funds",
        3,
        "2.1、",
        "项目资金安排、到位、落实，总投入等情况及分析",
        narrative(n.projectFunds),
      ),
      section("expenditure-projects-usage", 3, "2.2、", "项目资金实际使用情况及分析", [
        ...present([projectUsageLead]),
        projectsTable(ctx),
        ...projectUsageRest,
        ...present([
          computedSentence(ctx, [
            { label: "项目可用指标合计", key: "projects.budget.total" },
            { label: "实际使用合计", key: "projects.actual.total" },
            { label: "差额", key: "projects.difference.total" },
            { label: "项目资金使用比例", key: "projects.usageRate.total" },
          ]),
        ]),
      ]),
      section(
        "expenditure-projects-management",
        3,
        "2.3、",
        "项目资金管理情况分析",
        narrative(n.projectManagement),
      ),
    ]),
  ]);
}
