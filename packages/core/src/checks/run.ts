import type { Indicator } from "../metrics/types.ts";
import type { Dataset } from "../schema/dataset.ts";
import { contextFor } from "./context.ts";
import { RULES } from "./registry.ts";
import { type Rule, SEVERITY_ORDER } from "./rule.ts";
import type { Finding } from "./types.ts";

const SECTION_NUMERALS = "一二三四五六七八九";

/** 0 for "一、…", 1 for "二、…" …; 9 when the section has no leading numeral. */
function sectionRank(section: string | undefined): number {
  const first = (section ?? "").trim().charAt(0);
  const at = first ? SECTION_NUMERALS.indexOf(first) : -1;
  return at === -1 ? 9 : at;
}

/** A stated figure's place in the report: its part, then its order in the dataset. */
interface Place {
  rank: number;
  index: number;
}

/**
 * Where a finding stands in the report, for sorting: its part of the report (一 … 七), then the
 * first stated figure it names, else the first stated figure of a table it names.
 */
function position(
  finding: Finding,
  figurePlace: ReadonlyMap<string, Place>,
  tablePlace: ReadonlyMap<string, Place>,
): number {
  const places = finding.locations.flatMap((l) => {
    const byFigure = l.statedFigureId === undefined ? undefined : figurePlace.get(l.statedFigureId);
    if (byFigure) return [byFigure];
    const byTable = l.table === undefined ? undefined : tablePlace.get(l.table);
    return byTable ? [byTable] : [];
  });
  const best = places.sort((a, b) => a.rank - b.rank || a.index - b.index)[0];
  if (best) return best.rank * 1_000_000 + best.index;
  const section = finding.locations.find((l) => l.section)?.section;
  return sectionRank(section) * 1_000_000 + 999_999;
}

/**
 * Run 勾稽校验 rules over a dataset and its indicators and return every finding, sorted by
 * severity (error, warning, info), then by where it stands in the report (its part 一 … 七, then
 * the order of the stated figures it names), then by rule id. Pure: no I/O.
 * @param rules the rules to run; all of {@link RULES} by default.
 * @example runChecks(taojiang, computeIndicators(taojiang)).filter(f => f.ruleId === "stated.rate")
 *   // 预算完成率 99.84% 截尾, 在职人员控制率 100% 分母用年末编制, 采矿权出让收益 537% …
 */
export function runChecks(
  dataset: Dataset,
  indicators: readonly Indicator[],
  rules: readonly Rule[] = RULES,
): Finding[] {
  const { figures } = contextFor(dataset, indicators);
  const figurePlace = new Map<string, Place>();
  const tablePlace = new Map<string, Place>();
  figures.forEach((f, index) => {
    const place = { rank: sectionRank(f.location.section), index };
    figurePlace.set(f.id, place);
    const table = f.location.table;
    const known = table ? tablePlace.get(table) : undefined;
    if (table && (!known || place.rank < known.rank)) tablePlace.set(table, place);
  });
  const findings = rules.flatMap((rule) => rule.check(dataset, indicators));
  return findings
    .map((finding, i) => ({ finding, i, at: position(finding, figurePlace, tablePlace) }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        a.at - b.at ||
        a.finding.ruleId.localeCompare(b.finding.ruleId) ||
        a.i - b.i,
    )
    .map(({ finding }) => finding);
}
