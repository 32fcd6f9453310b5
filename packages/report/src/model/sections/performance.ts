import { narrative, section, stripNumbering } from "../blocks.ts";
import { wanYuan } from "../cells.ts";
import { revenueTargetsChart } from "../charts.ts";
import type { ModelContext } from "../context.ts";
import { computedSentence, present } from "../sentences.ts";
import { keyIndicatorsTable } from "../tables/key-indicators.ts";
import { performanceTables } from "../tables/performance-indicators.ts";
import { orderRevenueTargets, revenueTargetsTable } from "../tables/revenue-targets.ts";
import type { Block, SectionBlock } from "../types.ts";

/**
 * 四、部门整体支出绩效情况: （一）经济性（预算）绩效 with 1、预算配置 (在职人员控制率),
 * 2、预算执行 (预算完成率, 结转结余, 结转结余率, 公用经费控制率, “三公经费”控制率),
 * 3、预算管理 and the 主要绩效指标计算表; （二）经济效益、社会效益和行政效益 with the revenue-target
 * table (非税收入 and its sub-targets: plan, actual, completion), the 产出及效益指标 table and the
 * department's achievements. Computed sentences come from the indicators.
 * @example performanceSection(ctx) // seed 四、: 非税收入 completion 237.96%
 */
export function performanceSection(ctx: ModelContext): SectionBlock {
  const n = ctx.dataset.narrative;
  const wan2 = wanYuan(2);
  const targets = orderRevenueTargets(ctx.dataset.revenueTargets).filter((t) => t.depth === 0);

  const allocation: Block[] = [
    ...narrative(n.budgetAllocation),
    ...present([
      computedSentence(ctx, [
        { label: "年初核定编制数", key: "staffing.authorizedHeadcount" },
        { label: "年末在职人员数", key: "staffing.activeStaff" },
        {
          label: "在职人员控制率（在职人员数 ÷ 编制数 × 100%）",
          key: "staffing.activeStaffControlRate",
        },
      ]),
    ]),
  ];
  const execution: Block[] = [
    ...narrative(n.budgetExecution),
    ...present([
      computedSentence(ctx, [
        { label: "到位资金合计", key: "allocation.received.total" },
        { label: "实际支出合计", key: "expenditure.actual.total" },
        { label: "结转结余", key: "carryover.amount" },
        { label: "预算完成率", key: "budgetExecution.completionRate" },
        { label: "结转结余率", key: "carryover.rate" },
        { label: "公用经费控制率", key: "operatingExpenses.controlRate" },
        { label: "“三公经费”控制率", key: "threePublicExpenses.controlRate.total" },
      ]),
    ]),
  ];
  const revenue: Block[] = present([
    ...targets.map(({ target }) =>
      computedSentence(ctx, [
        { label: `${target.name}计划任务`, key: `revenueTargets.plan[${target.id}]`, format: wan2 },
        { label: "实际完成", key: `revenueTargets.actual[${target.id}]`, format: wan2 },
        { label: "完成率", key: `revenueTargets.completionRate[${target.id}]` },
      ]),
    ),
    ctx.dataset.revenueTargets.length > 0 ? revenueTargetsTable(ctx) : null,
    ctx.dataset.revenueTargets.length > 0 && ctx.options.includeCharts !== false
      ? revenueTargetsChart(ctx)
      : null,
    ...performanceTables(ctx),
  ]);
  const achievements = n.achievements.map((a, i) =>
    section(
      `performance-achievement-${i + 1}`,
      3,
      `（${i + 1}）`,
      stripNumbering(a.heading),
      narrative(a.paragraphs),
    ),
  );

  return section("performance", 1, "四、", "部门整体支出绩效情况", [
    ...narrative(n.performanceSummary),
    section("performance-economy", 2, "（一）", "经济性（预算）绩效", [
      section("performance-allocation", 3, "1、", "预算配置", allocation),
      section("performance-execution", 3, "2、", "预算执行", execution),
      section(
        "performance-administration",
        3,
        "3、",
        "预算管理",
        narrative(n.budgetAdministration),
      ),
      keyIndicatorsTable(ctx),
    ]),
    section("performance-benefits", 2, "（二）", "经济效益、社会效益和行政效益", [
      ...revenue,
      ...achievements,
    ]),
  ]);
}
