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
  const indicators = AREAS.flatMap((area) => area(dataset));
  const seen = new Set<string>();
  for (const i of indicators) {
    if (seen.has(i.key)) throw new Error(`重复的指标键 / duplicate indicator key: ${i.key}`);
    seen.add(i.key);
  }
  return indicators;
}
