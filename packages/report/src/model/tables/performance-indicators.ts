import {
  INDICATOR_CATEGORY_NAMES,
  IndicatorCategory,
  type PerformanceIndicator,
} from "@jixiao/core";
import { column, seqColumn, table } from "../blocks.ts";
import { quantityCell, textCell } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import type { Cell, TableBlock, TableRow } from "../types.ts";

/** Table id of 产出及效益指标完成情况. */
export const PERFORMANCE_INDICATORS_TABLE = "performance-indicators";

/**
 * An indicator's 序号 (`index` + 1), 指标类别, 指标名称, 单位, 计划值 and 实际值 cells, the values
 * as written (no rounding; a missing plan is a blank cell).
 * @example performanceIndicatorCells(linkage, 0) // 1 | 产出数量 | 增减挂钩周转指标 | 公顷 | 80 | 90.7 (seed 四（二）（2）)
 */
export function performanceIndicatorCells(p: PerformanceIndicator, index: number): Cell[] {
  return [
    textCell(String(index + 1)),
    textCell(INDICATOR_CATEGORY_NAMES[p.category]),
    textCell(p.name),
    textCell(p.unit, { align: "center" }),
    quantityCell(p.planned),
    quantityCell(p.actual),
  ];
}

/** Table id of the compact list of 产出及效益指标 without a plan (实际值 only). */
export const PERFORMANCE_ACTUALS_TABLE = "performance-indicators-actual";

/**
 * The 产出及效益指标 of a report in two tables, so that 计划值 and 完成率 are shown only where
 * there is a plan: {@link performanceIndicatorsTable} for the indicators with a 计划值, and
 * {@link performanceActualsTable} (指标, 实际值, 单位, grouped by 指标类别) for the others.
 * Either is left out when it would be empty.
 * @example performanceTables(ctx).map((t) => t.id) // ["performance-indicators", "performance-indicators-actual"] (seed 四（二）)
 */
export function performanceTables(ctx: ModelContext): TableBlock[] {
  const planned = ctx.dataset.performanceIndicators.some((p) => p.planned != null);
  const unplanned = ctx.dataset.performanceIndicators.some((p) => p.planned == null);
  return [
    ...(planned ? [performanceIndicatorsTable(ctx)] : []),
    ...(unplanned ? [performanceActualsTable(ctx)] : []),
  ];
}

/**
 * 产出及效益指标完成情况表: the `dataset.performanceIndicators` entries that have a 计划值, with
 * their category, unit, planned and actual values as written; 实际完成率 = 实际完成数 ÷ 计划完成数
 * × 100% from the performance indicators (四舍五入 2 places at display; no actual → "-").
 * 财预〔2013〕53号 附件2 (产出 / 职责履行).
 * @example seed 四（二）（2）: 增减挂钩周转指标 计划 80 公顷, 实际 90.7 公顷, 完成率 113.38%
 */
export function performanceIndicatorsTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.performanceIndicators
    .filter((p) => p.planned != null)
    .map((p, i) => ({
      cells: [
        ...performanceIndicatorCells(p, i),
        ind.percent(`performance.completionRate[${p.id}]`),
      ],
    }));
  return table({
    id: PERFORMANCE_INDICATORS_TABLE,
    title: `${ctx.year}年度产出及效益指标完成情况表（有计划值的指标）`,
    unit: null,
    columns: [
      seqColumn(),
      column("category", "指标类别", "text", 12),
      column("name", "指标名称", "text", 34),
      column("unit", "单位", "text", 8, { align: "center" }),
      column("planned", "计划值", "quantity", 13),
      column("actual", "实际值", "quantity", 13),
      column("completionRate", "完成率", "percent", 12, {
        derived: { op: "ratio", numerator: "actual", denominator: "planned", percent: true },
      }),
    ],
    rows,
    notes: [tableNote(ctx, PERFORMANCE_INDICATORS_TABLE, "performanceIndicators")],
  });
}

/**
 * 产出及效益指标（无计划值）: the indicators without a 计划值 in a compact table — 指标, 实际值 (as
 * written), 单位 — grouped by 指标类别 in the order of 财预〔2013〕53号 附件2 (产出数量 … 满意度),
 * each group under a row naming the category.
 * @example seed 四（二）（1）: 产出数量 › 办结出让土地分配方案 | 22 | 宗
 */
export function performanceActualsTable(ctx: ModelContext): TableBlock {
  const unplanned = ctx.dataset.performanceIndicators.filter((p) => p.planned == null);
  const rows: TableRow[] = [];
  for (const category of IndicatorCategory.options) {
    const inCategory = unplanned.filter((p) => p.category === category);
    if (inCategory.length === 0) continue;
    rows.push({ cells: [textCell(INDICATOR_CATEGORY_NAMES[category], { colSpan: 3 })] });
    for (const p of inCategory) {
      rows.push({
        cells: [
          textCell(`　${p.name}`),
          quantityCell(p.actual),
          textCell(p.unit, { align: "center" }),
        ],
      });
    }
  }
  return table({
    id: PERFORMANCE_ACTUALS_TABLE,
    title: `${ctx.year}年度产出及效益指标（无计划值的指标，按类别）`,
    unit: null,
    columns: [
      column("name", "指标", "text", 60),
      column("actual", "实际值", "quantity", 20),
      column("unit", "单位", "text", 12, { align: "center" }),
    ],
    rows,
  });
}
