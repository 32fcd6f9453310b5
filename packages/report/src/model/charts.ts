import { dec } from "@jixiao/core";
import { column, table } from "./blocks.ts";
import { amountCell, blankCell, percentCell, textCell, wanYuan, YUAN } from "./cells.ts";
import type { ModelContext } from "./context.ts";
import { orderRevenueTargets } from "./tables/revenue-targets.ts";
import type { AmountFormat, ChartBlock, TableBlock } from "./types.ts";

const orNull = (v: string | null) => (v === null ? null : dec(v));

/**
 * A bar chart of amounts (元, shown in `format`): one category per item, one series per
 * [name, amount of an item] pair; a blank amount is a null value (no bar), never 0.
 */
function amountBarChart<T>(spec: {
  id: string;
  title: string;
  items: readonly T[];
  category: (item: T) => string;
  series: [string, (item: T) => string | null][];
  format: AmountFormat;
}): ChartBlock {
  return {
    kind: "chart",
    id: spec.id,
    title: spec.title,
    chartType: "bar",
    categories: spec.items.map(spec.category),
    series: spec.series.map(([name, amount]) => ({
      name,
      values: spec.items.map((item) => orNull(amount(item))),
    })),
    unit: "元",
    format: spec.format,
  };
}

/**
 * Chart: 预算支出 against 实际支出 by expenditure line (元, shown in 万元 to 2 places), from
 * `dataset.expenditure`; lines with neither figure are left out.
 * @example budgetVsActualChart(ctx).series[0].values[0] // 工资福利费用 25,507,764.16 元 (seed 表（一）)
 */
export function budgetVsActualChart(ctx: ModelContext): ChartBlock {
  return amountBarChart({
    id: "chart-budget-vs-actual",
    title: `${ctx.year}年度预算支出与实际支出对比`,
    items: ctx.dataset.expenditure.filter((l) => l.budget !== null || l.actual !== null),
    category: (l) => l.name,
    series: [
      ["预算支出", (l) => l.budget],
      ["实际支出", (l) => l.actual],
    ],
    format: wanYuan(2),
  });
}

/**
 * Chart: “三公经费” per item, 上年决算数 against 本年决算数 (元, shown in 元).
 * @example threePublicYearChart(ctx).categories[0] === "公务接待费" // 220,870.00 → 62,769.85 (seed 1.2.2)
 */
export function threePublicYearChart(ctx: ModelContext): ChartBlock {
  return amountBarChart({
    id: "chart-three-public-year",
    title: `“三公经费”${ctx.year - 1}年与${ctx.year}年决算数对比`,
    items: ctx.dataset.threePublicExpenses,
    category: (l) => l.name,
    series: [
      [`${ctx.year - 1}年决算数`, (l) => l.priorYearActual],
      [`${ctx.year}年决算数`, (l) => l.actual],
    ],
    format: { unit: "元" },
  });
}

/**
 * Chart: each revenue target's 计划任务 against 实际完成 (元, shown in 万元 to 2 places).
 * @example revenueTargetsChart(ctx).categories[0] === "非税收入" // 33,359.00 → 79,381.00 万元
 */
export function revenueTargetsChart(ctx: ModelContext): ChartBlock {
  return amountBarChart({
    id: "chart-revenue-targets",
    title: `${ctx.year}年度收入目标计划与完成对比`,
    items: orderRevenueTargets(ctx.dataset.revenueTargets).map((o) => o.target),
    category: (t) => t.name,
    series: [
      ["计划任务", (t) => t.plan],
      ["实际完成", (t) => t.actual],
    ],
    format: wanYuan(2),
  });
}

/**
 * A chart's data as a table (categories as rows, one column per series), for renderers that do
 * not draw the chart: Markdown always, HTML when no drawing hook is given. Null values show blank.
 * @example chartDataTable(threePublicYearChart(ctx)).title === "图：“三公经费”2019年与2020年决算数对比"
 */
export function chartDataTable(chart: ChartBlock): TableBlock {
  const format = chart.format ?? YUAN;
  const unit = chart.unit === "%" ? null : `单位：${format.unit}`;
  return table({
    id: `${chart.id}-data`,
    title: `图：${chart.title}`,
    unit,
    columns: [
      column("category", "项目", "text", 40),
      ...chart.series.map((s, i) =>
        column(
          `series${i}`,
          s.name,
          chart.unit === "%" ? "percent" : "amount",
          60 / Math.max(1, chart.series.length),
        ),
      ),
    ],
    rows: chart.categories.map((category, r) => ({
      cells: [
        textCell(category),
        ...chart.series.map((s) => {
          const v = s.values[r] ?? null;
          if (v === null) return blankCell();
          return chart.unit === "%" ? percentCell(v) : amountCell(v, format);
        }),
      ],
    })),
  });
}
