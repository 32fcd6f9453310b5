import type { Dataset, RevenueTarget } from "../schema/dataset.ts";
import { columnValues, itemsOf, type LineTable, ratios } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * Revenue target indicators (非税收入, 土地出让, 罚没收入 …), per target id: 计划任务 (plan) and
 * 实际完成 (actual) in 元, and 完成率 = 实际完成数 ÷ 计划任务数 × 100% (exact; display 四舍五入
 * 2 places). Computed from the full-precision 元 amounts, never from a 万元 restatement.
 * Edges: blank → null `missing`; plan 0 → null (`undefined`, or 不适用 when actual is 0).
 * @example revenueTargetIndicators(seed) → "revenueTargets.completionRate[non-tax]" =
 *   793,810,000 ÷ 333,590,000 = 237.9598…% → 237.96 (seed 四、（二）（1）: 79381 万元 ÷ 33,359.00 万元)
 */
export function revenueTargetIndicators(dataset: Dataset): Indicator[] {
  const table: LineTable<RevenueTarget> = {
    name: "revenueTargets",
    rows: dataset.revenueTargets,
    param: (r) => r.id,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  const plan = columnValues(
    table,
    {
      field: "plan",
      get: (r) => r.plan,
      label: "计划任务",
      code: "revenueTargets.plan",
      totalLabel: "计划任务合计",
    },
    items,
  );
  const actual = columnValues(
    table,
    {
      field: "actual",
      get: (r) => r.actual,
      label: "实际完成",
      code: "revenueTargets.actual",
      totalLabel: "实际完成合计",
    },
    items,
  );
  return [
    ...plan.indicators,
    ...actual.indicators,
    ...ratios(actual, plan, { code: "revenueTargets.completionRate" }, table.rows.length > 0),
  ];
}
