import type { Finding } from "@jixiao/core";

/** A reference finding and the audit finding that reports the same inconsistency. */
export interface FindingMatch {
  reference: Finding;
  audited: Finding;
}

/** How the findings of an audit compare with reference findings (e.g. the hand-made dataset's). */
export interface FindingComparison {
  matched: FindingMatch[];
  /** Reference findings the audit does not report. */
  missed: Finding[];
  /** Audit findings the reference does not have. */
  extra: Finding[];
}

/**
 * One line naming a finding for listings and test failures: rule, severity, stated value.
 * @example findingLabel(f) === "stated.rate/error 537%"
 */
export function findingLabel(f: Finding): string {
  return `${f.ruleId}/${f.severity} ${f.stated ?? ""}${f.stated !== undefined ? (f.unit ?? "") : `→${f.expected ?? ""}`}`;
}

const samePlace = (a?: string, b?: string) =>
  a !== undefined && b !== undefined && (a === b || a.endsWith(b) || b.endsWith(a));

/**
 * Match audit findings to reference findings of the same rule, one to one, in passes from the
 * strictest: same stated and expected values; then the stated value one way or the other
 * (a 发文字号 read with more of its issuer, “桃江县财政局桃财绩（2021）14号” for “桃财绩（2021）14号”);
 * then the expected value; then, for a rule left with one finding on each side, that pair.
 * @example compareFindings(handMade, audited).missed.length === 0 (seed text)
 */
export function compareFindings(
  reference: readonly Finding[],
  audited: readonly Finding[],
): FindingComparison {
  const left = [...reference];
  const right = [...audited];
  const matched: FindingMatch[] = [];
  const pass = (same: (a: Finding, b: Finding) => boolean) => {
    for (let i = 0; i < left.length; ) {
      const a = left[i] as Finding;
      const j = right.findIndex((b) => b.ruleId === a.ruleId && same(a, b));
      if (j === -1) {
        i++;
        continue;
      }
      matched.push({ reference: a, audited: right[j] as Finding });
      left.splice(i, 1);
      right.splice(j, 1);
    }
  };
  pass((a, b) => a.stated === b.stated && a.expected === b.expected);
  pass((a, b) => samePlace(a.stated, b.stated));
  pass((a, b) => a.expected !== undefined && a.expected === b.expected);
  pass(
    (a, b) =>
      left.filter((x) => x.ruleId === a.ruleId).length === 1 &&
      right.filter((y) => y.ruleId === b.ruleId).length === 1,
  );
  return { matched, missed: left, extra: right };
}
