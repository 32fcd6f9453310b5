import type { Dataset } from "../schema/dataset.ts";
import { cell, percentRatio } from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator } from "./types.ts";

/**
 * 固定资产利用率 = 实际在用固定资产总额 ÷ 所有固定资产总额 × 100% (元 ÷ 元, exact; display
 * 四舍五入 2 places). Emitted only when the dataset has `fixedAssets`. Edges: blank → null
 * `missing`; 总额 0 → null (`undefined`, or 不适用 when nothing is in use either).
 * Source: 财预〔2013〕53号 附件2 (固定资产利用率).
 * @example fixedAssetIndicators({ fixedAssets: { inUse: "900000", total: "1000000" } }) → 90%
 *   (the seed states no fixed-asset totals)
 */
export function fixedAssetIndicators(dataset: Dataset): Indicator[] {
  const f = dataset.fixedAssets;
  if (!f) return [];
  const inUse = cell("实际在用固定资产总额", f.inUse, "元", "fixedAssets.inUse");
  const all = cell("所有固定资产总额", f.total, "元", "fixedAssets.total");
  return [
    makeIndicator("fixedAssets.utilizationRate", undefined, percentRatio(inUse, all), [inUse, all]),
  ];
}
