import type { StatedFigure } from "../../schema/dataset.ts";
import { contextFor } from "../context.ts";
import { figureLocation, showStated } from "../describe.ts";
import { DECREASE } from "../judge.ts";
import type { Rule } from "../rule.ts";
import { judgements } from "../stated-routing.ts";
import type { Finding } from "../types.ts";

/** Whether a table column's header, as recorded, names a decrease (“决算比预算减少”). */
function headerReadsAsDecrease(figure: StatedFigure): boolean {
  if (figure.wording) return figure.wording === "decrease";
  return DECREASE.test(figure.location.column ?? "");
}

/**
 * stated.sign-convention: a table column headed as a decrease (“决算比预算减少”, or a figure
 * whose `wording` is "decrease") whose cells are nevertheless signed as a plain difference
 * (决算 − 预算): a decrease printed negative, so that “减少 −757,230.15” literally reads as an
 * increase, and an increase printed positive under “减少”. Reported once per column, as a
 * suggestion (info) — the numbers agree with the data, only the header's word contradicts their
 * sign. Needs at least one non-zero cell that agrees with the data and is printed negative.
 * @example 1.2.1 “决算比预算减少” with 公务接待费 −757,230.15 and 公务用车运行维护费 21,514.87 → info (seed 二、1.2.1)
 */
export const statedSignConvention: Rule = {
  id: "stated.sign-convention",
  severity: "info",
  title: "表头增减方向与数值符号",
  titleEn: "Column header direction against the sign of its cells",
  description: "表头写“减少”的列，减少数应列为正数；按“决算−预算”列示正负时，表头宜写“增减”。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const columns = new Map<string, typeof judged>();
    const judged = judgements(context).filter(
      (j) =>
        j.figure.location.table &&
        j.figure.location.column &&
        headerReadsAsDecrease(j.figure) &&
        j.diagnosis === "match" &&
        !j.signByWord &&
        !j.stated.isZero(),
    );
    for (const j of judged) {
      const key = `${j.figure.location.table}\u0000${j.figure.location.column}`;
      columns.set(key, [...(columns.get(key) ?? []), j]);
    }
    const out: Finding[] = [];
    for (const js of columns.values()) {
      const negative = js.filter((j) => j.stated.isNegative());
      const positive = js.filter((j) => !j.stated.isNegative());
      const first = negative[0];
      if (!first) continue;
      const { table, column } = first.figure.location;
      const example = (j: (typeof js)[number]) =>
        `${j.figure.location.row ?? ""}${showStated(j.figure)}`;
      const increase = positive[0] ? `，增加列为正数（如${example(positive[0])}）` : "";
      out.push({
        ruleId: statedSignConvention.id,
        severity: statedSignConvention.severity,
        title: statedSignConvention.title,
        titleEn: statedSignConvention.titleEn,
        locations: [
          { table: table ?? undefined, column: column ?? undefined },
          ...js.slice(0, 5).map((j) => figureLocation(j.figure)),
        ],
        stated: first.figure.value,
        unit: first.figure.unit,
        values: {
          表头: column ?? "",
          减少示例: example(first),
          ...(positive[0] ? { 增加示例: example(positive[0]) } : {}),
        },
        message: `“${table}”“${column}”列按两数之差列示正负：减少列为负数（如${example(first)}）${increase}，与表头“减少”的字面意思相反；宜将表头改为“增减”，或将减少数列为正数。`,
      });
    }
    return out;
  },
};
