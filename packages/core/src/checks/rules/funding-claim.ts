import { Decimal } from "../../decimal.ts";
import type { Dataset } from "../../schema/dataset.ts";
import { REVENUE_SOURCE_NAMES } from "../../schema/enums.ts";
import { roundHalfUp } from "../../units/rounding.ts";
import { contextFor } from "../context.ts";
import { placeOf, showYuan } from "../describe.ts";
import type { Rule } from "../rule.ts";
import { tableTitle } from "../tables.ts";
import { textPieces } from "../texts.ts";
import type { Finding, FindingLocation } from "../types.ts";

/** Phrases that claim every yuan came from the fiscal appropriation. */
export const FUNDING_CLAIM =
  /(全部|均|全额|都)(为|是|来源于|来自|由)?(本级)?财政(资金|拨款|安排)?|无自筹资金|资金全部由财政/;

/** The clause holding the claim with the clause before it ("…拨入资金为65,050.17万元，全部为财政资金"). */
function claimClauses(sentence: string): string {
  const clauses = sentence.split(/[，；。]/).filter((c) => c.trim());
  const at = clauses.findIndex((c) => FUNDING_CLAIM.test(c));
  if (at === -1) return sentence;
  return clauses.slice(Math.max(0, at - 1), at + 1).join("，");
}

function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf("。", index) + 1, 0);
  const end = text.indexOf("。", index);
  return text.slice(start, end === -1 ? undefined : end + 1).trim();
}

const amount = (v: string | null | undefined) => (v ? new Decimal(v) : null);

/**
 * funding.source-claim: a statement that (project) money all came from the fiscal appropriation
 * (“全部为财政资金”), while the tables show otherwise — the 项目支出 line's 到位 below its
 * 实际使用 in 预算拨款与实际支出对比表 (the rest was paid from other money), or non-fiscal
 * revenue (其他收入, 利息收入 …) used in the year. The claim is found in the narrative text and
 * stated figures' quotes; no schema field is needed.
 * @example “项目支出预算拨入资金为65,050.17万元，全部为财政资金” with 到位 646,168,986.31 <
 *   使用 650,501,700.00 → warning (seed 二、2.1 and 表（二）)
 */
export const fundingSourceClaim: Rule = {
  id: "funding.source-claim",
  severity: "warning",
  title: "资金来源表述与数据不符",
  titleEn: "Funding-source claims contradicted by the tables",
  description: "称资金全部来源于财政拨款的表述，应与到位、使用及收入各列的数据相符。",
  check: (dataset: Dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const claims: { location: FindingLocation; sentence: string; aboutProjects: boolean }[] = [];
    const seen = new Set<string>();
    const claimFigures = dataset.statedFigures.filter((f) =>
      FUNDING_CLAIM.test(f.location.quote ?? ""),
    );
    const narrative = textPieces(dataset).filter((p) => FUNDING_CLAIM.test(p.text));
    const pieces =
      narrative.length > 0
        ? narrative
        : claimFigures.map((f) => ({
            path: `statedFigures[${dataset.statedFigures.indexOf(f)}]`,
            section: f.location.section,
            text: f.location.quote ?? "",
          }));
    for (const piece of pieces) {
      const m = FUNDING_CLAIM.exec(piece.text);
      if (!m || m.index === undefined) continue;
      const sentence = sentenceAround(piece.text, m.index);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const figure = claimFigures.find(
        (f) => f.location.quote && sentence.includes(f.location.quote),
      );
      const location: FindingLocation = {
        section: piece.section,
        path: piece.path,
        quote: sentence,
      };
      if (figure) location.statedFigureId = figure.id;
      claims.push({
        location,
        sentence,
        aboutProjects: /项目/.test(sentence),
      });
    }
    if (claims.length === 0) return [];
    const evidence: string[] = [];
    const values: Record<string, string> = {};
    const locations: FindingLocation[] = [];
    const allocationTitle = tableTitle(context, "allocation");
    dataset.allocation.forEach((line, i) => {
      const received = amount(line.received);
      const actual = amount(line.actual);
      if (line.item !== "project" || !received || !actual || !actual.greaterThan(received)) return;
      const gap = actual.minus(received);
      evidence.push(
        `“${allocationTitle}”中${line.name}到位${showYuan(received)}、实际使用${showYuan(actual)}，有${showYuan(gap)}并非本年到位的财政拨款`,
      );
      values[`${line.name}到位`] = roundHalfUp(received, 2);
      values[`${line.name}实际使用`] = roundHalfUp(actual, 2);
      values.到位不足 = roundHalfUp(gap, 2);
      locations.push({ table: allocationTitle, row: line.name, path: `allocation[${i}]` });
    });
    const others = dataset.revenue.filter(
      (r) =>
        r.source !== "fiscalAppropriation" &&
        r.source !== "priorYearCarryover" &&
        amount(r.used)?.greaterThan(0),
    );
    if (others.length > 0) {
      evidence.push(
        `当年还使用了${others.map((r) => `${REVENUE_SOURCE_NAMES[r.source]}${showYuan(amount(r.used) as Decimal)}`).join("、")}`,
      );
      for (const r of others)
        values[`${REVENUE_SOURCE_NAMES[r.source]}使用`] = roundHalfUp(amount(r.used) as Decimal, 2);
      locations.push({ section: "收入", path: "revenue" });
    }
    if (evidence.length === 0) return [];
    return claims
      .filter((c) => c.aboutProjects || others.length > 0)
      .map((c): Finding => {
        const finding: Finding = {
          ruleId: fundingSourceClaim.id,
          severity: fundingSourceClaim.severity,
          title: fundingSourceClaim.title,
          titleEn: fundingSourceClaim.titleEn,
          locations: [c.location, ...locations],
          diagnosis: "mismatch",
          values: { 表述: c.sentence, ...values },
          message: `${placeOf(c.location)}称“${claimClauses(c.sentence)}”，但${evidence.join("；")}，资金并非全部来自财政拨款。`,
        };
        // With a stated share (“全部” = 100%), give it and the share the data give.
        const figure = dataset.statedFigures.find((f) => f.id === c.location.statedFigureId);
        const share = figure?.refersTo ? context.byKey.get(figure.refersTo) : undefined;
        if (figure) {
          finding.stated = figure.value;
          finding.unit = figure.unit;
        }
        if (figure && share?.value) finding.expected = roundHalfUp(share.value, 2);
        return finding;
      });
  },
};
