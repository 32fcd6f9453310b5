import type { RevenueTarget } from "@jixiao/core";
import { column, table } from "../blocks.ts";
import { amountCell, blankCell, textCell, wanYuan, YUAN } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import type { AmountFormat, Cell, TableBlock, TableRow } from "../types.ts";

/** Table id of 非税收入及收入目标完成情况. */
export const REVENUE_TARGETS_TABLE = "revenue-targets";

/** A revenue target with its depth and printed number ("1", "1.2"). */
export interface OrderedTarget {
  target: RevenueTarget;
  depth: number;
  seq: string;
}

/**
 * Revenue targets in reading order: each top-level target (no parentId, or a parent that is not
 * in the list) followed by its sub-targets, numbered 1, 1.1, 1.2 …
 * @example orderRevenueTargets(targets).map((t) => t.seq) // ["1", "1.1", …, "2"] (非税收入, then its sub-targets)
 */
export function orderRevenueTargets(targets: readonly RevenueTarget[]): OrderedTarget[] {
  const ids = new Set(targets.map((t) => t.id));
  const out: OrderedTarget[] = [];
  const visit = (parent: string | null, prefix: string, depth: number) => {
    const children = targets.filter((t) =>
      parent === null ? t.parentId === null || !ids.has(t.parentId) : t.parentId === parent,
    );
    children.forEach((t, i) => {
      const seq = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      out.push({ target: t, depth, seq });
      if (depth < 5) visit(t.id, seq, depth + 1);
    });
  };
  visit(null, "", 0);
  return out;
}

/** 万元 places for a target: as given when the source wrote 万元 with more than 2 places, else 2. */
function places(target: RevenueTarget): number {
  return target.givenIn?.unit === "万元" ? Math.max(2, target.givenIn.places) : 2;
}

/**
 * A target's 序号, 收入项目, 责任单位 (blank when not given), 计划任务 and 实际完成 cells, the
 * amounts as entered (元) shown in `format` (元 unless given; no rounding before display).
 * @example revenueTargetCells(orderRevenueTargets(targets)[0], wanYuan(2)) // 1 | 非税收入 | | 33,359.00 | 79,381.00 (万元, seed 四（二）（1）)
 */
export function revenueTargetCells(
  { target, seq }: OrderedTarget,
  format: AmountFormat = YUAN,
): Cell[] {
  return [
    textCell(seq),
    textCell(target.name),
    target.responsibleUnit ? textCell(target.responsibleUnit) : blankCell(),
    amountCell(target.plan, format),
    amountCell(target.actual, format),
  ];
}

/**
 * 非税收入及收入目标完成情况表: plan (财政预算计划任务) and actual from `dataset.revenueTargets`,
 * held in 元 and shown in 万元 (四舍五入, 2 places or as given); 完成率 = 实际完成 ÷ 计划任务 ×
 * 100% from the revenueTargets indicators.
 * @example seed 四（二）（1）: 非税收入 计划 33,359.00万元, 实际 79,381.00万元, 完成率 237.96%
 */
export function revenueTargetsTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = orderRevenueTargets(ctx.dataset.revenueTargets).map((ordered) => ({
    cells: [
      ...revenueTargetCells(ordered, wanYuan(places(ordered.target))),
      ind.percent(`revenueTargets.completionRate[${ordered.target.id}]`),
    ],
  }));
  return table({
    id: REVENUE_TARGETS_TABLE,
    title: `${ctx.year}年度非税收入及收入目标完成情况表`,
    unit: "单位：万元",
    columns: [
      column("seq", "序号", "seq", 6),
      column("name", "收入项目", "text", 30),
      column("responsibleUnit", "责任单位", "text", 16),
      column("plan", "计划任务", "amount", 16),
      column("actual", "实际完成", "amount", 16),
      column("completionRate", "完成率", "percent", 12, {
        derived: { op: "ratio", numerator: "actual", denominator: "plan", percent: true },
      }),
    ],
    rows,
    notes: [tableNote(ctx, REVENUE_TARGETS_TABLE, "revenueTargets")],
  });
}
