import type { Dataset } from "../schema/dataset.ts";
import { cell, percentRatio } from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator } from "./types.ts";

/**
 * 政府采购执行率 = 实际政府采购金额 ÷ 政府采购预算数 × 100% (元 ÷ 元, exact; display 四舍五入
 * 2 places). Emitted only when the dataset has `procurement`. Edges: blank → null `missing`;
 * 预算 0 → null (`undefined`, or 不适用 when nothing was bought).
 * Source: 财预〔2013〕53号 附件2 (政府采购执行率).
 * @example procurementIndicators({ procurement: { budget: "1000000", actual: "950000" } })
 *   → 95% (the seed states no procurement amounts)
 */
export function procurementIndicators(dataset: Dataset): Indicator[] {
  const p = dataset.procurement;
  if (!p) return [];
  const actual = cell("实际政府采购金额", p.actual, "元", "procurement.actual");
  const budget = cell("政府采购预算数", p.budget, "元", "procurement.budget");
  return [
    makeIndicator("procurement.executionRate", undefined, percentRatio(actual, budget), [
      actual,
      budget,
    ]),
  ];
}
