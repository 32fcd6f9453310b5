import { Decimal } from "../../decimal.ts";
import { roundHalfUp } from "../../units/rounding.ts";
import { contextFor } from "../context.ts";
import { figureLocation, placeOf, quantityName, showStated } from "../describe.ts";
import type { Judgement } from "../judge.ts";
import { unitInLastPlace } from "../precision.ts";
import type { Rule } from "../rule.ts";
import { judgements } from "../stated-routing.ts";
import type { Finding } from "../types.ts";

function sameSentence(a: Judgement, b: Judgement): boolean {
  const x = a.figure.location;
  const y = b.figure.location;
  return (
    x.section === y.section &&
    (x.subsection ?? null) === (y.subsection ?? null) &&
    (x.table ?? null) === (y.table ?? null)
  );
}

/**
 * stated.rounding-residual (尾差, DESIGN.md §7): a total and its parts stated at one precision
 * (e.g. 万元 to 2 places) in one passage, each rounded correctly, whose rounded parts do not add
 * up to the rounded total. A gap of at most n × ½ unit in the last place (n parts) is 尾差 —
 * info, not an error; the parts cover every non-zero row of the total.
 * @example parts 33.33 + 33.33 + 33.33 万元 against a total of 100.00 万元 (999,999.99 元):
 *   尾差 0.01 万元 ≤ 3 × 0.005 → info
 */
export const statedRoundingResidual: Rule = {
  id: "stated.rounding-residual",
  severity: "info",
  title: "尾差",
  titleEn: "Rounding residual between rounded parts and their total",
  description: "分项与合计分别四舍五入后，分项之和与合计相差不超过 n×0.005 的，属尾差。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const all = judgements(context).filter((j) => j.diagnosis === "match" && j.quantity);
    const byPath = new Map<string, Judgement[]>();
    for (const j of all) {
      const path = j.quantity?.inputs.length === 1 ? j.quantity.inputs[0]?.path : undefined;
      if (!path) continue;
      const list = byPath.get(path);
      if (list) list.push(j);
      else byPath.set(path, [j]);
    }
    const out: Finding[] = [];
    for (const total of all) {
      const q = total.quantity;
      if (!q || q.inputs.length < 2 || !q.value) continue;
      const nonZero = q.inputs.filter((i) => i.path && i.value && !i.value.isZero());
      if (nonZero.length < 2 || nonZero.some((i) => i.value === null)) continue;
      const parts = nonZero.map((input) =>
        (byPath.get(input.path ?? "") ?? []).find(
          (j) =>
            j !== total &&
            sameSentence(j, total) &&
            j.figure.unit === total.figure.unit &&
            j.places === total.places,
        ),
      );
      if (parts.some((p) => p === undefined)) continue;
      const found = parts as Judgement[];
      const sumOfParts = found.reduce((acc, p) => acc.plus(p.stated), new Decimal(0));
      const gap = total.stated.minus(sumOfParts);
      const bound = unitInLastPlace(total.places).div(2).times(found.length);
      if (gap.isZero() || gap.abs().greaterThan(bound)) continue;
      const unit = total.figure.unit;
      out.push({
        ruleId: statedRoundingResidual.id,
        severity: statedRoundingResidual.severity,
        title: statedRoundingResidual.title,
        titleEn: statedRoundingResidual.titleEn,
        locations: [figureLocation(total.figure), ...found.map((p) => figureLocation(p.figure))],
        stated: total.figure.value,
        expected: roundHalfUp(sumOfParts, total.places),
        unit,
        diagnosis: "rounding",
        values: {
          合计: showStated(total.figure),
          分项之和: `${roundHalfUp(sumOfParts, total.places)}${unit}`,
          尾差: `${roundHalfUp(gap, total.places)}${unit}`,
        },
        message: `${placeOf(total.figure.location)}所述${quantityName(q, dataset)}${showStated(total.figure)}与其${found.length}个分项之和${roundHalfUp(sumOfParts, total.places)}${unit}相差${roundHalfUp(gap.abs(), total.places)}${unit}，在${found.length}×0.5个末位单位之内，属四舍五入尾差，各数本身均正确。`,
      });
    }
    return out;
  },
};
