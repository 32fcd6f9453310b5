import type { Decimal } from "../../decimal.ts";
import { groupThousands } from "../../units/format.ts";
import { roundHalfUp } from "../../units/rounding.ts";
import { contextFor } from "../context.ts";
import { figureLocation, showStated } from "../describe.ts";
import type { Rule } from "../rule.ts";
import { judgements, mislabelledTables } from "../stated-routing.ts";
import type { Finding } from "../types.ts";

/**
 * stated.unit-label: a table whose printed unit (e.g. "(单位:万元)") contradicts its magnitudes —
 * every money figure of the table that disagrees with the data is the right amount in another
 * unit. One finding per table, citing the text's own restatement when there is one (项目支出
 * 650,501,700.00 under 万元, against the text's 65,050.17 万元).
 * @example 项目支出 table “（单位:万元）” with 合计 650,501,700.00 → error, 实为元 (seed 2.2)
 */
export const statedUnitLabel: Rule = {
  id: "stated.unit-label",
  severity: "error",
  title: "表格单位标注",
  titleEn: "Table unit labels against magnitudes",
  description: "表头标注的计量单位应与表中数字的量级一致。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const all = judgements(context).map((j) => j.labelled ?? j);
    const out: Finding[] = [];
    for (const [table, realUnit] of mislabelledTables(context)) {
      const slipped = all.filter(
        (j) => j.figure.location.table === table && j.diagnosis === "unitSlip",
      );
      const keys = new Set(slipped.map((j) => j.figure.refersTo));
      const restated = all.find(
        (j) =>
          !j.figure.location.table &&
          keys.has(j.figure.refersTo) &&
          j.figure.unit === slipped[0]?.figure.unit &&
          j.diagnosis === "match",
      );
      const first =
        slipped.find((j) => j.figure.refersTo === restated?.figure.refersTo) ?? slipped[0];
      if (!first?.exact) continue;
      const labelled = first.figure.unit;
      const asLabelled = `${groupThousands(roundHalfUp(first.exact as Decimal, 2))}${labelled}`;
      const text = restated ? `，文中亦述为${showStated(restated.figure)}` : "";
      out.push({
        ruleId: statedUnitLabel.id,
        severity: statedUnitLabel.severity,
        title: statedUnitLabel.title,
        titleEn: statedUnitLabel.titleEn,
        locations: [
          { table, section: first.figure.location.section },
          ...slipped.slice(0, 5).map((j) => figureLocation(j.figure)),
          ...(restated ? [figureLocation(restated.figure)] : []),
        ],
        stated: first.figure.value,
        expected: roundHalfUp(first.exact as Decimal, 2),
        unit: labelled,
        diagnosis: "unitSlip",
        values: {
          标注单位: labelled,
          实际单位: realUnit,
          表中数: showStated(first.figure),
          按标注单位应为: asLabelled,
        },
        message: `“${table}”标注单位为${labelled}，但表中数字实为${realUnit}：如${showStated(first.figure)}按${labelled}计应为${asLabelled}${text}，表头单位应改为${realUnit}。`,
      });
    }
    return out;
  },
};
