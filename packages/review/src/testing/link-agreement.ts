import type { Dataset, StatedFigure } from "@jixiao/core";

/** A quantity key with generated ids (target-3, performance-7, land-transfer …) read as “[id]”. */
function keyCode(key: string | null): string {
  if (key === null) return "null";
  return key.replace(/\[([^\]]*)\]/, (whole, param: string) =>
    /^(revenueTargets|performance)\./.test(key) && /-|^[a-z]+$/.test(param) ? "[id]" : whole,
  );
}

const magnitude = (f: StatedFigure) => f.value.replace(/^-/, "");
const inTable = (f: StatedFigure) => Boolean(f.location.table);

/** How the links of an extraction agree with a hand-made dataset's stated figures. */
export interface LinkAgreement {
  same: number;
  different: string[];
  notFound: string[];
}

/**
 * For each hand-made stated figure, the extracted figure of the same value in the same part of
 * the report (in a table or in prose, as the hand-made one), preferring one with the same key;
 * counts those linked to the same quantity (revenue-target and indicator ids compared as “[id]”).
 */
export function linkAgreement(hand: Dataset, extracted: Dataset): LinkAgreement {
  const used = new Set<string>();
  const out: LinkAgreement = { same: 0, different: [], notFound: [] };
  for (const h of hand.statedFigures) {
    const candidates = extracted.statedFigures.filter(
      (f) =>
        !used.has(f.id) &&
        magnitude(f) === magnitude(h) &&
        f.location.section === h.location.section &&
        inTable(f) === inTable(h),
    );
    const mine =
      candidates.find((f) => keyCode(f.refersTo) === keyCode(h.refersTo)) ?? candidates[0];
    if (!mine) {
      out.notFound.push(`${h.id} ${h.text}`);
      continue;
    }
    used.add(mine.id);
    if (keyCode(mine.refersTo) === keyCode(h.refersTo)) out.same++;
    else out.different.push(`${h.id} ${h.text}: ${h.refersTo} ≠ ${mine.refersTo}`);
  }
  return out;
}
