import { parseKey } from "../../metrics/catalogue.ts";
import type { Dataset, StatedFigure } from "../../schema/dataset.ts";
import { REVENUE_SOURCE_NAMES, RevenueSource } from "../../schema/enums.ts";
import { figureLocation, placeOf, showStated } from "../describe.ts";
import type { Rule } from "../rule.ts";
import { ownedStatedFigures } from "./stated-figures.ts";

const COLUMNS: Record<string, { field: "budget" | "received" | "used"; verb: string }> = {
  "revenue.budget": { field: "budget", verb: "预算收入" },
  "revenue.received": { field: "received", verb: "到位" },
  "revenue.used": { field: "used", verb: "使用" },
};

/**
 * The revenue source a stated figure names when the data list sources for that column but not
 * this one (e.g. 上年结转结余 named as money used, where the sources used are 财政拨款、利息、其他),
 * else null.
 * @example unlistedSource(taojiang, 注“来源为使用上年财政预算拨款结转结余”) === "priorYearCarryover"
 */
export function unlistedSource(dataset: Dataset, figure: StatedFigure): RevenueSource | null {
  if (!figure.refersTo) return null;
  const { code, param } = parseKey(figure.refersTo);
  const column = COLUMNS[code];
  const source = RevenueSource.safeParse(param);
  if (!column || !source.success) return null;
  const line = dataset.revenue.find((r) => r.source === source.data);
  if (line && line[column.field] !== null) return null;
  const listed = dataset.revenue.filter(
    (r) => r.source !== source.data && r[column.field] !== null,
  );
  return listed.length > 0 ? source.data : null;
}

/**
 * funding.unlisted-source: one place of the report names a source of funds (e.g. a table note:
 * “来源为使用上年财政预算拨款结转结余”) that the place listing the sources (二、“使用…财政拨款…、
 * 利息收入…、其他收入…”) does not name: the two statements of where the money came from
 * disagree. Units: 元 as stated.
 * @example 预算规模表注 上年结转结余2,229,464.67元 against 二、 财政拨款、利息收入、其他收入 → warning (seed 一、（二）、二、)
 */
export const fundingUnlistedSource: Rule = {
  id: "funding.unlisted-source",
  severity: "warning",
  title: "资金来源两处说法不一",
  titleEn: "A funding source named in one place and absent in another",
  description: "报告一处所称的资金来源，应出现在报告列示各项资金来源之处。",
  check: (dataset, indicators) => {
    const rule = fundingUnlistedSource;
    const { judged } = ownedStatedFigures(dataset, indicators, "funding.unlisted-source");
    return judged.flatMap((j) => {
      const source = unlistedSource(dataset, j.figure);
      if (!source) return [];
      const { code } = parseKey(j.figure.refersTo ?? "");
      const column = COLUMNS[code] as (typeof COLUMNS)[string];
      const listed = dataset.revenue.filter((r) => r.source !== source && r[column.field] !== null);
      const names = listed.map((r) => REVENUE_SOURCE_NAMES[r.source]);
      const others = dataset.statedFigures.filter((f) =>
        listed.some((r) => f.refersTo === `${code}[${r.source}]`),
      );
      const places = [...new Set(others.map((f) => placeOf(f.location)))];
      const where = places.length > 0 ? places.join("、") : "收入数据";
      const named = REVENUE_SOURCE_NAMES[source];
      const quote = j.figure.location.quote ? `“${j.figure.location.quote}”` : showStated(j.figure);
      // The amount and the source in brackets, unless the quote already shows the amount.
      const mentioned = j.figure.location.quote?.includes(j.figure.text.replace(/元$/, ""))
        ? ""
        : `（${named}${showStated(j.figure)}）`;
      return [
        {
          ruleId: rule.id,
          severity: rule.severity,
          title: rule.title,
          titleEn: rule.titleEn,
          locations: [figureLocation(j.figure), ...others.map(figureLocation)],
          stated: j.figure.value,
          unit: j.figure.unit,
          values: { 所述来源: named, 金额: showStated(j.figure), 另处所列来源: names.join("、") },
          message: `${placeOf(j.figure.location)}称${quote}${mentioned}，而${where}所列${column.verb}的资金来源为${names.join("、")}，未提${named}：两处对资金来源的说法不一致。`,
        },
      ];
    });
  },
};
