import type { Indicator } from "../metrics/types.ts";
import type { Dataset } from "../schema/dataset.ts";
import { contextFor } from "./context.ts";
import { RULES } from "./registry.ts";
import { type Rule, SEVERITY_ORDER } from "./rule.ts";
import type { Finding } from "./types.ts";

const SECTION_NUMERALS = "一二三四五六七";

/** Where a finding stands in the report, for sorting: stated-figure order, else its part. */
function position(finding: Finding, figurePosition: ReadonlyMap<string, number>): number {
  let best = Number.POSITIVE_INFINITY;
  for (const location of finding.locations) {
    const at =
      location.statedFigureId === undefined
        ? undefined
        : figurePosition.get(location.statedFigureId);
    if (at !== undefined) best = Math.min(best, at);
  }
  if (best < Number.POSITIVE_INFINITY) return best;
  const section = finding.locations.find((l) => l.section)?.section ?? "";
  const numeral = SECTION_NUMERALS.indexOf(section.trim().charAt(0));
  return 100_000 + (numeral === -1 ? 50 : numeral) * 1000;
}

/**
 * Run 勾稽校验 rules over a dataset and its indicators and return every finding, sorted by
 * severity (error, warning, info), then by where it stands in the report (the order of the
 * stated figures, then the report's parts), then by rule id. Pure: no I/O.
 * @param rules the rules to run; all of {@link RULES} by default.
 * @example runChecks(taojiang, computeIndicators(taojiang)).filter(f => f.ruleId === "stated.rate")
 *   // 预算完成率 99.84% 截尾, 在职人员控制率 100% 分母用年末编制, 采矿权出让收益 537% …
 */
export function runChecks(
  dataset: Dataset,
  indicators: readonly Indicator[],
  rules: readonly Rule[] = RULES,
): Finding[] {
  const { figurePosition } = contextFor(dataset, indicators);
  const findings = rules.flatMap((rule) => rule.check(dataset, indicators));
  return findings
    .map((finding, i) => ({ finding, i, at: position(finding, figurePosition) }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.at - b.at ||
        a.finding.ruleId.localeCompare(b.finding.ruleId) ||
        a.i - b.i,
    )
    .map(({ finding }) => finding);
}
