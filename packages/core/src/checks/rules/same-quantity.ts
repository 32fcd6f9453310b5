import { compareDecimals, dec } from "../../decimal.ts";
import type { StatedFigure } from "../../schema/dataset.ts";
import { decimalPlaces, roundHalfUp } from "../../units/rounding.ts";
import { type CheckContext, contextFor } from "../context.ts";
import { figureLocation, placeOf, quantityName, showStated } from "../describe.ts";
import type { Judgement } from "../judge.ts";
import { type Interval, unitInLastPlace } from "../precision.ts";
import { quantitiesOfCode } from "../quantity-index.ts";
import type { Rule } from "../rule.ts";
import { judgements } from "../stated-routing.ts";
import type { Finding } from "../types.ts";
import { conversionFactor } from "../units.ts";
import { SAME_LINE_PAIRS } from "./cross-table.ts";

/**
 * The values in the quantity's unit that a written figure stands for: value ± ½ unit in its last
 * place, converted (481.90 万元 → [4,818,950, 4,819,050] 元).
 */
function intervalOf(figure: StatedFigure, quantityUnit: string): Interval | null {
  const toQuantity = conversionFactor(figure.unit, quantityUnit);
  if (!toQuantity) return null;
  const value = dec(figure.value);
  const half = unitInLastPlace(decimalPlaces(figure.value)).div(2);
  return { lo: value.minus(half).times(toQuantity), hi: value.plus(half).times(toQuantity) };
}

function disjoint(a: Interval, b: Interval): boolean {
  return compareDecimals(a.hi, b.lo) < 0 || compareDecimals(b.hi, a.lo) < 0;
}

/**
 * The key a quantity is grouped under: quantities that are one line seen from two places
 * (SAME_LINE_PAIRS, e.g. 公用经费 from the 经济分类 and as the department states it) share one.
 */
function canonicalKeys(context: CheckContext): (key: string) => string {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    const p = parent.get(k);
    if (p === undefined || p === k) return k;
    const root = find(p);
    parent.set(k, root);
    return root;
  };
  const union = (a: string, b: string) => {
    if (context.byKey.has(a) && context.byKey.has(b)) parent.set(find(b), find(a));
  };
  for (const [a, b] of SAME_LINE_PAIRS) {
    if (!a.endsWith("[*]")) union(a, b);
    else {
      const codeB = b.slice(0, -3);
      for (const q of quantitiesOfCode(context, a.slice(0, -3))) {
        if (q.param !== undefined) union(q.key, `${codeB}[${q.param}]`);
      }
    }
  }
  // Looked up for the stated figures only (a few hundred), not for every quantity of the run.
  return (key) => (context.byKey.has(key) ? find(key) : key);
}

/**
 * stated.same-quantity: one quantity stated in several places with values that cannot both be
 * right — text against table, table against table, 元 against its 万元 restatement, and a line
 * against the same line seen from another table. Each figure stands for the interval its written
 * precision allows; two figures whose intervals do not meet disagree. Figures already explained
 * as 截尾 or as a unit slip are left to those findings.
 * @example 公用经费 5,624,982.50元 (二、1.1) against 481.90万元 (二、1.3) → warning
 */
export const statedSameQuantity: Rule = {
  id: "stated.same-quantity",
  severity: "warning",
  title: "同一数据多处列示不一致",
  titleEn: "One quantity stated differently in several places",
  description: "同一个量在正文、表格或万元折算中多处列示时，各处的数应当一致。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const canonical = canonicalKeys(context);
    const groups = new Map<string, StatedFigure[]>();
    for (const j of judgements(context)) {
      const f = j.figure;
      if (!f.refersTo || !j.quantity || j.problem) continue;
      if (j.diagnosis === "truncated" || j.diagnosis === "unitSlip") continue;
      const key = canonical(f.refersTo);
      const group = groups.get(key);
      if (group) group.push(f);
      else groups.set(key, [f]);
    }
    // Each judgement by the figure it judged (the first, as a search of the list would find).
    const verdicts = new Map<StatedFigure, Judgement>();
    for (const j of judgements(context)) if (!verdicts.has(j.figure)) verdicts.set(j.figure, j);
    const out: Finding[] = [];
    for (const [key, figures] of groups) {
      const q = context.byKey.get(key);
      if (!q || figures.length < 2) continue;
      const withIntervals = figures.flatMap((f) => {
        const interval = intervalOf(f, String(q.unit));
        return interval ? [{ f, interval }] : [];
      });
      const conflicting = withIntervals.filter((a) =>
        withIntervals.some((b) => disjoint(a.interval, b.interval)),
      );
      if (conflicting.length < 2) continue;
      const listed = conflicting
        .map(({ f }) => `${placeOf(f.location)}${f.location.table ? "" : "所述"}${showStated(f)}`)
        .join("、");
      const values: Record<string, string> = {};
      for (const { f } of conflicting) values[f.id] = showStated(f);
      // stated: a figure the data do not bear out (else the first); expected: the data, in its unit.
      const verdictOf = (f: StatedFigure) => verdicts.get(f);
      const wrong =
        conflicting.find(({ f }) => verdictOf(f)?.diagnosis !== "match") ?? conflicting[0];
      const shown = wrong ? verdictOf(wrong.f) : undefined;
      const finding: Finding = {
        ruleId: statedSameQuantity.id,
        severity: statedSameQuantity.severity,
        title: statedSameQuantity.title,
        titleEn: statedSameQuantity.titleEn,
        locations: conflicting.map(({ f }) => figureLocation(f)),
        unit: wrong?.f.unit ?? String(q.unit),
        values,
        message: `${quantityName(q, dataset)}在报告中多处列示且互不一致：${listed}，按所写精度不可能是同一个数。`,
      };
      if (wrong) finding.stated = wrong.f.value;
      if (shown?.exact) finding.expected = roundHalfUp(shown.exact, shown.places);
      out.push(finding);
    }
    return out;
  },
};
