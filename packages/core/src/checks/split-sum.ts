import { dec } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import { groupThousands } from "../units/format.ts";
import { roundHalfUp } from "../units/rounding.ts";
import type { CheckContext } from "./context.ts";
import { isGrouped, placeOf, quantityName, showStated, showYuan } from "./describe.ts";
import { type Judgement, judge } from "./judge.ts";
import { roundsTo } from "./precision.ts";
import { possibleRoundings } from "./quantity-index.ts";
import { judgementOf } from "./stated-routing.ts";
import { tableTitle } from "./tables.ts";
import { conversionFactor, isMoneyUnit } from "./units.ts";

/**
 * When a mismatched money figure of the text and another mismatched, non-zero money figure stated
 * beside it (same part and sub-heading, same unit, neither in a table) add up, at the written precision, to a quantity of the data, one
 * sentence saying so — a split of that quantity that does not match the table's lines; else
 * null. Units: the stated unit (元/万元/亿元); the sum is compared 四舍五入 at the larger number
 * of written places.
 * @example splitSumNote(context, judgeOf("s-1-personnel-budget"))
 *   // "所述人员经费预算1,738.22万元与公用经费预算数1,645.68万元之和为3,383.90万元，恰等于“部门整体支出预算规模明细表（预算支出与预算收入）”中基本支出预算收入33,839,013.69元…" (seed 一、（二）)
 */
export function splitSumNote(context: CheckContext, j: Judgement): string | null {
  const f = j.figure;
  const q = j.quantity;
  if (!q || !isMoneyUnit(f.unit) || j.diagnosis !== "mismatch") return null;
  if (f.location.table || j.stated.isZero()) return null;
  for (const g of context.figures) {
    if (g.id === f.id || g.unit !== f.unit || g.location.section !== f.location.section) continue;
    if ((g.location.subsection ?? "") !== (f.location.subsection ?? "") || g.location.table)
      continue;
    if (dec(g.value).isZero()) continue;
    const jg = judgementOf(context, g) ?? judge(context, g);
    if (jg.diagnosis !== "mismatch" || !jg.quantity || jg.quantity.key === q.key) continue;
    const sum = j.stated.plus(jg.stated);
    const places = Math.max(j.places, jg.places);
    const total = possibleRoundings(context, "元", sum, f.unit, places).find((x: Indicator) => {
      if (x.key === q.key || x.key === jg.quantity?.key || x.value === null || x.value.isZero())
        return false;
      const factor = conversionFactor(String(x.unit), f.unit);
      return factor !== null && x.unit === "元" && roundsTo(sum, x.value.times(factor), places);
    });
    if (!total?.value) continue;
    const shownSum = roundHalfUp(sum, places);
    const sumText = `${isGrouped(f.text) ? groupThousands(shownSum) : shownSum}${f.unit}`;
    const table = tableTitle(context, total.code.split(".")[0] ?? total.code, [total.code]);
    const name = quantityName(q, context.dataset);
    const other = quantityName(jg.quantity, context.dataset);
    return `所述${name}${showStated(f)}与${placeOf(g.location)}所述${other}${showStated(g)}之和为${sumText}，恰等于“${table}”中${quantityName(total, context.dataset)}${showYuan(total.value)}：所述拆分加总为该数，但与按支出科目重算的${name}不符`;
  }
  return null;
}
