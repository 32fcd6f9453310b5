import type { Dataset, RevenueLine } from "../schema/dataset.ts";
import { perRun } from "./run-memo.ts";
import { amountColumn, type ColumnValues, itemsOf, type LineTable } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * Revenue by source in its three columns — 预算收入, 到位 (received) and 使用 (used) — per source
 * and in total (Σ rows, 元, exact; blank cells left out, all blank → null `missing`).
 * Built once per computeIndicators run (metrics/run-memo.ts): the areas that read it share it.
 * @example revenueColumns(seed).budget.items.get("fiscalAppropriation")?.outcome.value
 *   // 680,008,000 (seed 一、（二）: 财政拨款预算收入 68,000.80 万元)
 */
export function revenueColumns(dataset: Dataset): {
  budget: ColumnValues;
  received: ColumnValues;
  used: ColumnValues;
} {
  return perRun(dataset, "revenueColumns", () => buildRevenueColumns(dataset));
}

function buildRevenueColumns(dataset: Dataset): {
  budget: ColumnValues;
  received: ColumnValues;
  used: ColumnValues;
} {
  const table: LineTable<RevenueLine> = {
    name: "revenue",
    rows: dataset.revenue,
    param: (r) => r.source,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  return {
    budget: amountColumn(table, "budget", "预算收入", "预算收入合计", items),
    received: amountColumn(table, "received", "到位收入", "到位收入合计", items),
    used: amountColumn(table, "used", "使用收入", "使用收入合计", items),
  };
}

/**
 * Revenue indicators (元, exact): 预算收入, 到位收入 and 使用收入 per source
 * (财政拨款收入, 上级补助收入, 其他收入, 利息收入 …) and their 合计.
 * @example revenueIndicators(seed) → "revenue.budget.total" = 680,008,000 + 100,000 + 7,405,000
 *   = 687,513,000 (seed 一、（二）: 预算收入合计 68,751.30 万元)
 */
export function revenueIndicators(dataset: Dataset): Indicator[] {
  const { budget, received, used } = revenueColumns(dataset);
  return [...budget.indicators, ...received.indicators, ...used.indicators];
}
