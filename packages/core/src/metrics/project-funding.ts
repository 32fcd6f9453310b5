import { type Decimal, sum } from "../decimal.ts";
import type { Dataset } from "../schema/dataset.ts";
import { allocationColumns } from "./allocation.ts";
import { budgetSummaryColumns } from "./budget-summary.ts";
import { cellValue, percentRatio } from "./derive.ts";
import { expenditureColumns } from "./expenditure.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator, IndicatorInput } from "./types.ts";

function fiscalProjectFunds(dataset: Dataset): IndicatorInput | null {
  const label = "项目支出财政拨款到位金额";
  const received = allocationColumns(dataset).received.items.get("project");
  if (received) return { ...received.input, label };
  const budgeted = budgetSummaryColumns(dataset).revenue.items.get("project");
  if (budgeted) return { ...budgeted.input, label };
  return null;
}

function projectSpending(dataset: Dataset): IndicatorInput | null {
  const label = "项目实际使用合计";
  if (dataset.projects.length > 0) {
    // Σ 实际使用 of every project in row order, blank cells left out, all blank → null: the
    // value subsetTotal gives, without an input per project (5,000 of them) that only this
    // total's value would use.
    const given: Decimal[] = [];
    for (const project of dataset.projects) {
      const value = cellValue(project.actual);
      if (value !== null) given.push(value);
    }
    const value = given.length > 0 ? sum(given) : null;
    return { label, value, unit: "元", path: "projects[*].actual" };
  }
  const item = expenditureColumns(dataset).actual.items.get("project");
  return item ? { ...item.input, label } : null;
}

/**
 * 项目支出财政资金占比 = 项目支出财政拨款到位金额 ÷ 项目实际使用合计 × 100% (exact, %), so that a
 * statement such as "全部为财政资金" can be checked. 财政拨款到位: the `allocation` row of item
 * "project" (else the 预算规模 table's 项目支出 预算收入); 实际使用: Σ projects (else the
 * expenditure line "project"). Emitted when both exist. Edges as percentRatio.
 * @example projectFundingIndicators(seed) → "projects.fiscalFundingShare" = 646,168,986.31 ÷
 *   650,501,700.00 = 99.3339…% (seed 2.1 says 全部为财政资金; 表（二） shows 项目支出 到位 646,168,986.31)
 */
export function projectFundingIndicators(dataset: Dataset): Indicator[] {
  const fiscal = fiscalProjectFunds(dataset);
  const spent = projectSpending(dataset);
  if (!fiscal || !spent) return [];
  return [
    makeIndicator("projects.fiscalFundingShare", undefined, percentRatio(fiscal, spent), [
      fiscal,
      spent,
    ]),
  ];
}
