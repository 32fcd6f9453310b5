import type { Dataset } from "../schema/dataset.ts";
import { allocationIndicators } from "./allocation.ts";
import { basicExpenditureIndicators } from "./basic-expenditure.ts";
import { budgetExecutionIndicators } from "./budget-execution.ts";
import { budgetSummaryIndicators } from "./budget-summary.ts";
import { carryoverIndicators } from "./carryover.ts";
import { economicClassIndicators, expenditureIndicators } from "./expenditure.ts";
import { fixedAssetIndicators } from "./fixed-assets.ts";
import { keyExpenditureIndicators } from "./key-expenditure.ts";
import { operatingExpenseIndicators } from "./operating-expenses.ts";
import { performanceIndicators } from "./performance.ts";
import { procurementIndicators } from "./procurement.ts";
import { profileIndicators } from "./profile.ts";
import { projectFundingIndicators } from "./project-funding.ts";
import { projectIndicators } from "./projects.ts";
import { revenueIndicators } from "./revenue.ts";
import { revenueTargetIndicators } from "./revenue-targets.ts";
import { withRunMemo } from "./run-memo.ts";
import { satisfactionIndicators } from "./satisfaction.ts";
import { staffingIndicators } from "./staffing.ts";
import { threePublicExpenseIndicators } from "./three-public-expenses.ts";
import type { Indicator } from "./types.ts";

/** The areas of the catalogue, in the order the catalogue lists them. */
const AREAS: readonly ((dataset: Dataset) => Indicator[])[] = [
  budgetSummaryIndicators,
  revenueIndicators,
  expenditureIndicators,
  economicClassIndicators,
  allocationIndicators,
  basicExpenditureIndicators,
  threePublicExpenseIndicators,
  operatingExpenseIndicators,
  staffingIndicators,
  carryoverIndicators,
  budgetExecutionIndicators,
  keyExpenditureIndicators,
  procurementIndicators,
  fixedAssetIndicators,
  projectIndicators,
  projectFundingIndicators,
  revenueTargetIndicators,
  performanceIndicators,
  satisfactionIndicators,
  profileIndicators,
];

/**
 * Compute every catalogue indicator (metrics/catalogue.ts) that the dataset can feed: each
 * per-item quantity once per item present (one "三公经费"变动率 per 三公 item, one 使用比例 per
 * project …) and the aggregates. Values are exact Decimals (元, %, 人, 分), never rounded —
 * display rounds 四舍五入 to 2 places. A quantity the data feeds but cannot value (blank input,
 * zero denominator) is present with `value: null`, a `nullReason` and a Chinese `reason`
 * (DESIGN.md §7); a quantity whose table is absent is not emitted at all. Keys are unique.
 * Pure: no I/O.
 * @throws Error only on a programming error (an area emitting an uncatalogued code or a
 *   duplicate key), never on data.
 * Source: 财预〔2013〕53号 附件2; 湖南省部门整体支出绩效评价指标（县级）.
 * @example computeIndicators(taojiang).find((i) => i.key === "threePublicExpenses.controlRate.total")
 *   ?.value // 10.2786…% (seed 1.2.1: 10.28)
 */
export function computeIndicators(dataset: Dataset): Indicator[] {
  const indicators = withRunMemo(dataset, () => AREAS.flatMap((area) => area(dataset)));
  const byKey = new Map<string, Indicator>();
  for (const i of indicators) {
    // One hash lookup per key (20,000 with 5,000 projects): a key already present leaves the
    // size unchanged.
    const size = byKey.size;
    byKey.set(i.key, i);
    if (byKey.size === size) throw new Error(`重复的指标键 / duplicate indicator key: ${i.key}`);
  }
  lastIndicators = indicators;
  lastByKey = byKey;
  return indicators;
}

/**
 * The key index of the last indicators array computed or asked for: one slot, not a WeakMap
 * (a WeakMap entry per run kept every run's indicators alive until a full garbage collection,
 * which cost more than the index saved).
 */
let lastIndicators: readonly Indicator[] | null = null;
let lastByKey: ReadonlyMap<string, Indicator> | null = null;

/**
 * The indicators by key (the last one wins should a key repeat). The map computeIndicators built
 * while checking the keys is reused for the array it returned, so that the checks and scoring of
 * one evaluation do not each hash every key again (20,000 keys with 5,000 projects); it is
 * rebuilt for any other array, and when the array's length no longer matches it. Do not mutate
 * the array between calls.
 * @example indicatorsByKey(computeIndicators(taojiang)).get("budgetExecution.completionRate")?.value
 */
export function indicatorsByKey(indicators: readonly Indicator[]): ReadonlyMap<string, Indicator> {
  if (indicators === lastIndicators && lastByKey && lastByKey.size === indicators.length) {
    return lastByKey;
  }
  const byKey = new Map<string, Indicator>();
  for (const indicator of indicators) byKey.set(indicator.key, indicator);
  lastIndicators = indicators;
  lastByKey = byKey;
  return byKey;
}
