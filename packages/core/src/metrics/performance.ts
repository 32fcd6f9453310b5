import type { Dataset, PerformanceIndicator } from "../schema/dataset.ts";
import { makeIndicator } from "./indicator.ts";
import { columnValues, itemsOf, type LineTable, ratios } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * 产出与效益 indicators per performance indicator id: 计划数 and 实际完成数 in the indicator's
 * own unit (公顷, 宗 …), and 实际完成率 = 实际完成数 ÷ 计划完成数 × 100% (exact, in %; display
 * 四舍五入 2 places).
 * 实际完成率 is produced only for indicators with a plan. Edges: blank actual → null `missing`; planned 0 → null (`undefined`, or 不适用 when actual is 0).
 * Source: 财预〔2013〕53号 附件2 (产出 / 实际完成率).
 * @example performanceIndicators(seed) → "performance.completionRate[linkage-quota]" =
 *   90.7 ÷ 80 = 113.375% (seed 四、（二）（2）: 确认周转指标90.7公顷，为目标任务80公顷的113%)
 */
export function performanceIndicators(dataset: Dataset): Indicator[] {
  const table: LineTable<PerformanceIndicator> = {
    name: "performanceIndicators",
    rows: dataset.performanceIndicators,
    param: (r) => r.id,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  const unitOf = (r: PerformanceIndicator) => r.unit;
  const planned = columnValues(
    table,
    {
      field: "planned",
      get: (r) => r.planned,
      label: "计划完成数",
      unitOf,
      totalLabel: "计划完成数合计",
    },
    items,
  );
  const actual = columnValues(
    table,
    {
      field: "actual",
      get: (r) => r.actual,
      label: "实际完成数",
      unitOf,
      totalLabel: "实际完成数合计",
    },
    items,
  );
  const out: Indicator[] = [];
  // 计划数 and 实际完成数 in the indicator's own unit (the catalogue says "按指标")
  for (const [code, column] of [
    ["performance.planned", planned],
    ["performance.actual", actual],
  ] as const) {
    for (const [param, item] of column.items) {
      out.push(makeIndicator(code, param, item.outcome, item.cells, { unit: item.input.unit }));
    }
  }
  // 实际完成率 only where a plan (目标任务) is given: a count reported without a target has no
  // completion rate, rather than a "missing" one (the seed reports 111 such counts).
  const withPlan = new Set(
    dataset.performanceIndicators.filter((r) => r.planned !== null).map((r) => r.id),
  );
  out.push(
    ...ratios(actual, planned, { code: "performance.completionRate" }, withPlan.size > 0).filter(
      (i) => i.param === undefined || withPlan.has(i.param),
    ),
  );
  return out;
}
