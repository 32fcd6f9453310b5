import type { Rule } from "./rule.ts";
import { budgetNoBudgetLine } from "./rules/budget-no-line.ts";
import { budgetOverspend } from "./rules/budget-overspend.ts";
import { classificationHouseholdSubsidies } from "./rules/classification.ts";
import { identifierCreditCode } from "./rules/credit-code.ts";
import { tableCrossTable } from "./rules/cross-table.ts";
import { identifierDocumentNumber } from "./rules/document-number.ts";
import { identifierDocumentYear } from "./rules/document-year.ts";
import { fundingSourceClaim } from "./rules/funding-claim.ts";
import { budgetRevenueReceived, fundingFiscalUsed } from "./rules/received-by-kind.ts";
import { statedRoundingResidual } from "./rules/rounding-residual.ts";
import { statedSameQuantity } from "./rules/same-quantity.ts";
import { statedSignConvention } from "./rules/sign-convention.ts";
import { organisationCounts, staffingConsistency } from "./rules/staffing.ts";
import {
  statedAmount,
  statedCount,
  statedRate,
  statedRestatement,
  statedUnknownQuantity,
  tableRowSum,
} from "./rules/stated-figures.ts";
import { statedUnitLabel } from "./rules/unit-label.ts";
import { fundingUnlistedSource } from "./rules/unlisted-source.ts";
import { statedUnmatchedAmount } from "./rules/unmatched-amount.ts";

/**
 * Every 勾稽校验 rule, in the order DESIGN.md §8 lists the kinds: table arithmetic, one quantity
 * in several places, stated figures against the data, classification, budget lines, staffing
 * and units, funding claims, identifiers, and amounts that match nothing.
 */
export const RULES: readonly Rule[] = [
  tableRowSum,
  tableCrossTable,
  statedSameQuantity,
  statedAmount,
  statedRestatement,
  statedRate,
  statedCount,
  statedUnitLabel,
  statedUnknownQuantity,
  statedRoundingResidual,
  statedSignConvention,
  classificationHouseholdSubsidies,
  budgetNoBudgetLine,
  budgetOverspend,
  budgetRevenueReceived,
  staffingConsistency,
  organisationCounts,
  fundingSourceClaim,
  fundingFiscalUsed,
  fundingUnlistedSource,
  identifierCreditCode,
  identifierDocumentNumber,
  identifierDocumentYear,
  statedUnmatchedAmount,
];

/**
 * Look a rule up by id.
 * @example ruleById("stated.rate")?.title === "比率核对"
 */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
