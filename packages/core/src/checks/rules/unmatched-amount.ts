import type { Decimal } from "../../decimal.ts";
import { dec } from "../../decimal.ts";
import { groupThousands } from "../../units/format.ts";
import { decimalPlaces, roundHalfUp } from "../../units/rounding.ts";
import { closestQuantities } from "../candidates.ts";
import { contextFor } from "../context.ts";
import { figureLocation, placeOf, quantityName, showStated, showYuan } from "../describe.ts";
import { roundsTo } from "../precision.ts";
import type { Rule } from "../rule.ts";
import type { Finding } from "../types.ts";
import { conversionFactor, isMoneyUnit } from "../units.ts";

function percent(relative: Decimal): string {
  return `${roundHalfUp(relative.times(100), 2)}%`;
}

/**
 * stated.unmatched-amount: an amount the text states (`refersTo` null) that matches no quantity
 * of the data, listed as info with the closest quantities by relative difference |q − v| ÷ |v|.
 * An amount that equals a quantity at its stated precision is listed too, naming it, so the
 * dataset can point the figure at it.
 * @example 财政拨款预算支出760,792,028.10元 → info, nearest 预算支出合计 682,237,464.67元 (seed 一、（二）)
 */
export const statedUnmatchedAmount: Rule = {
  id: "stated.unmatched-amount",
  severity: "info",
  title: "文中金额无对应数据",
  titleEn: "Amounts in the text that match nothing in the data",
  description: "文中出现、但在数据中找不到对应项的金额，列出最接近的候选项。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const out: Finding[] = [];
    for (const figure of context.figures) {
      if (figure.refersTo !== null || !isMoneyUnit(figure.unit)) continue;
      const toYuan = conversionFactor(figure.unit, "元");
      if (!toYuan) continue;
      const stated = dec(figure.value);
      const inYuan = stated.times(toYuan);
      const places = decimalPlaces(figure.value);
      const candidates = closestQuantities(context, inYuan, "元", 3);
      const fromYuan = conversionFactor("元", figure.unit) ?? dec("1");
      const equal = candidates.find((c) =>
        roundsTo(stated, (c.quantity.value as Decimal).times(fromYuan), places),
      );
      const listed = candidates
        .map(
          (c) =>
            `${quantityName(c.quantity, dataset)}${showYuan(c.quantity.value as Decimal)}（相差${percent(c.relative)}）`,
        )
        .join("、");
      const place = placeOf(figure.location);
      const message = equal
        ? `${place}所述${showStated(figure)}未标明所指，按所写精度等于${quantityName(equal.quantity, dataset)}${showYuan(equal.quantity.value as Decimal)}。`
        : candidates.length > 0
          ? `${place}所述${showStated(figure)}与数据中任何金额都不相符；最接近的是${listed}。`
          : `${place}所述${showStated(figure)}在数据中没有可比的金额。`;
      const values: Record<string, string> = {
        所述: showStated(figure),
        折合元: groupThousands(roundHalfUp(inYuan, 2)),
      };
      candidates.forEach((c, i) => {
        values[`候选${i + 1}`] =
          `${c.quantity.key} ${roundHalfUp(c.quantity.value as Decimal, 2)}（相差${percent(c.relative)}）`;
      });
      out.push({
        ruleId: statedUnmatchedAmount.id,
        severity: statedUnmatchedAmount.severity,
        title: statedUnmatchedAmount.title,
        titleEn: statedUnmatchedAmount.titleEn,
        locations: [figureLocation(figure)],
        stated: figure.value,
        unit: figure.unit,
        values,
        message,
      });
    }
    return out;
  },
};
