import { INDICATOR_CATEGORY_NAMES, type PerformanceIndicator } from "@jixiao/core";
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

/**
 * 产出及效益指标完成情况表: each `dataset.performanceIndicators` entry with its category, unit,
 * planned and actual values as written; 实际完成率 = 实际完成数 ÷ 计划完成数 × 100% from the
 * performance indicators (四舍五入 2 places at display; no plan → its null reason).
 * 财预〔2013〕53号 附件2 (产出 / 职责履行).
 * @example seed 四（二）（2）: 增减挂钩周转指标 计划 80 公顷, 实际 90.7 公顷, 完成率 113.38%
 */
export function performanceIndicatorsTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.performanceIndicators.map((p, i) => ({
    cells: [...performanceIndicatorCells(p, i), ind.percent(`performance.completionRate[${p.id}]`)],
  }));
  return table({
    id: PERFORMANCE_INDICATORS_TABLE,
    title: `${ctx.year}年度产出及效益指标完成情况表`,
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
