import type { Decimal } from "../../decimal.ts";
import type { Indicator } from "../../metrics/types.ts";
import { roundHalfUp } from "../../units/rounding.ts";
import { equalQuantities } from "../candidates.ts";
import { type CheckContext, contextFor } from "../context.ts";
import { figureLocation, placeOf, quantityName, showYuan } from "../describe.ts";
import { resolvePath } from "../paths.ts";
import { quantitiesOfCode } from "../quantity-index.ts";
import type { Rule } from "../rule.ts";
import { judgements } from "../stated-routing.ts";
import { DEFAULT_TABLE_TITLES, printedColumn, printedTables, tableTitle } from "../tables.ts";
import type { Finding, FindingLocation } from "../types.ts";

/**
 * Pairs of quantities that are one and the same line seen from two tables (or a table and the
 * revenue columns), and so must be equal. "[*]" pairs every item present on both sides.
 */
export const SAME_LINE_PAIRS: readonly (readonly [string, string])[] = [
  ["expenditure.budget[*]", "basicExpenditure.budget[*]"],
  ["expenditure.actual[*]", "basicExpenditure.actual[*]"],
  ["expenditure.actual[*]", "allocation.actual[*]"],
  ["expenditure.basic.budget", "basicExpenditure.budget.total"],
  ["expenditure.basic.actual", "basicExpenditure.actual.total"],
  ["expenditure.basic.budget", "budgetSummary.budgetExpenditure[basic]"],
  ["expenditure.project.budget", "budgetSummary.budgetExpenditure[project]"],
  ["expenditure.budget.total", "budgetSummary.budgetExpenditure.total"],
  ["expenditure.project.budget", "projects.budget.total"],
  ["expenditure.project.actual", "projects.actual.total"],
  ["expenditure.actual.total", "allocation.actual.total"],
  ["allocation.received.total", "revenue.received.total"],
  ["expenditure.actual.total", "revenue.used.total"],
  ["expenditure.operating.actual", "operatingExpenses.actual"],
  ["allocation.received[*]", "revenue.received[*]"],
  ["allocation.actual[*]", "revenue.used[*]"],
];

function expand(context: CheckContext, a: string, b: string): [Indicator, Indicator][] {
  if (!a.endsWith("[*]")) {
    const qa = context.byKey.get(a);
    const qb = context.byKey.get(b);
    return qa && qb ? [[qa, qb]] : [];
  }
  const codeA = a.slice(0, -3);
  const codeB = b.slice(0, -3);
  return quantitiesOfCode(context, codeA).flatMap((qa): [Indicator, Indicator][] => {
    if (qa.param === undefined) return [];
    const qb = context.byKey.get(`${codeB}[${qa.param}]`);
    return qb ? [[qa, qb]] : [];
  });
}

/**
 * The stated figures that print a quantity of a table no printed table stands for (the revenue
 * columns): those referring to the quantity itself or, for a column total, to its items.
 */
function statedPlaces(context: CheckContext, q: Indicator) {
  const column = q.code.endsWith(".total") ? q.code.slice(0, -".total".length) : null;
  return context.figures.filter(
    (f) =>
      f.refersTo !== null &&
      context.byKey.has(f.refersTo) &&
      (f.refersTo === q.key || (column !== null && f.refersTo.startsWith(`${column}[`))),
  );
}

/**
 * Where a quantity is printed: its table's title, its row and column, and its dataset path; for
 * the revenue columns, which the report prints in no table, the place of the sentence that states
 * them (二、“使用2020年度财政拨款…”), else the table's default title.
 */
function whereOf(context: CheckContext, q: Indicator): { text: string; location: FindingLocation } {
  const tableKey = q.code.split(".")[0] ?? q.code;
  const table = tableTitle(context, tableKey, [q.code]);
  const path = q.inputs.length === 1 ? q.inputs[0]?.path : undefined;
  const name = quantityName(q, context.dataset);
  const printed = printedTables(context).has(table);
  const figures =
    !printed && table === DEFAULT_TABLE_TITLES[tableKey] ? statedPlaces(context, q) : [];
  const [first] = figures;
  if (first) {
    const location = figureLocation(first);
    if (path) location.path = path;
    const items = figures.filter((f) => f.refersTo !== q.key);
    const parts =
      items.length > 1
        ? `（${items.map((f) => quantityName(context.byKey.get(f.refersTo ?? "") ?? q, context.dataset).replace(/^[^（]*（|）$/g, "")).join("、")}之和）`
        : "";
    return { text: `${placeOf(first.location)}所述${name}${parts}`, location };
  }
  const location: FindingLocation = { table };
  // The row as the table prints it (the dataset row's name, e.g. 表（二） “利息”), else the item.
  const row = path ? resolvePath(context.dataset, path.replace(/\.[^.[\]]+$/, "")) : undefined;
  const rowName =
    row && typeof row === "object" && "name" in row && typeof row.name === "string"
      ? row.name
      : undefined;
  if (q.param !== undefined)
    location.row =
      rowName ??
      quantityName({ name: "", param: q.param }, context.dataset).replace(/^（|）$/g, "");
  location.column = printedColumn(context, table, q.code.replace(/\.total$/, "")) ?? q.name;
  if (path) location.path = path;
  return { text: `“${table}”中${name}`, location };
}

/**
 * A total that left blank cells out is only a lower bound of the column — unless the report
 * itself states that total (a matching 合计 figure), which confirms the blanks hold nothing.
 */
function isPartial(q: Indicator, confirmed: ReadonlySet<string>): boolean {
  return (
    q.value !== null &&
    q.inputs.length > 1 &&
    q.inputs.some((i) => i.value === null) &&
    !confirmed.has(q.key)
  );
}

function show(q: Indicator): string {
  return q.value === null
    ? "空白"
    : q.unit === "元"
      ? showYuan(q.value)
      : `${q.value.toString()}${String(q.unit)}`;
}

/**
 * table.cross-table: the same line in two tables, or a total against the revenue columns —
 * 表（一） against 基本支出明细 and 预算拨款表, 项目支出 against 项目明细, 到位/使用 against the
 * revenue received/used — must be equal to the 分. A value against a blank is a warning; two
 * different values are an error, and the difference is named when it equals another quantity
 * (e.g. the 固定资产折旧费 left out of one table).
 * @example 表（一） 基本支出预算 31,735,764.67 against 基本支出明细 合计 31,132,746.66 → error, 相差603,018.01元 = 折旧 (seed 二、1.1)
 */
export const tableCrossTable: Rule = {
  id: "table.cross-table",
  severity: "error",
  title: "表间同一数据核对",
  titleEn: "The same line across tables",
  description: "同一项目在不同表格（及收入各列）中的金额应当一致。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const out: Finding[] = [];
    const seen = new Set<string>();
    const confirmed = new Set<string>();
    for (const j of judgements(context)) {
      if (j.diagnosis === "match" && j.figure.refersTo) confirmed.add(j.figure.refersTo);
    }
    const partial = (q: Indicator) => isPartial(q, confirmed);
    for (const [a, b] of SAME_LINE_PAIRS) {
      for (const [qa, qb] of expand(context, a, b)) {
        const pairKey = `${qa.key}|${qb.key}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const va = qa.value;
        const vb = qb.value;
        if (va === null && vb === null) continue;
        if (partial(qa) && partial(qb)) continue;
        // A total that left blanks out is a lower bound: it contradicts the other side only when
        // it already exceeds it (the blank cells could only add to it).
        if (partial(qa) && va !== null && vb !== null && !va.greaterThan(vb)) continue;
        if (partial(qb) && va !== null && vb !== null && !vb.greaterThan(va)) continue;
        if ((partial(qa) && vb === null) || (partial(qb) && va === null)) continue;
        if (va !== null && vb !== null && va.equals(vb)) continue;
        const oneBlank = va === null || vb === null;
        if (oneBlank && ((va ?? vb) as Decimal).isZero()) continue;
        const wa = whereOf(context, qa);
        const wb = whereOf(context, qb);
        let explained = "";
        const values: Record<string, string> = { [qa.key]: show(qa), [qb.key]: show(qb) };
        if (!oneBlank) {
          const diff = (va as Decimal).minus(vb as Decimal);
          values.差额 = roundHalfUp(diff, 2);
          const same = equalQuantities(context, diff.abs(), String(qa.unit)).filter(
            (q) => q.key !== qa.key && q.key !== qb.key && !/difference|Difference/.test(q.code),
          );
          const named = same[0] ? `，恰为${quantityName(same[0], dataset)}` : "";
          const lowerBound =
            partial(qa) || partial(qb) ? "（该列有空白项，已填各项之和已大于对方数）" : "";
          explained = `，相差${showYuan(diff.abs())}${named}${lowerBound}`;
        }
        out.push({
          ruleId: tableCrossTable.id,
          severity: oneBlank ? "warning" : "error",
          title: tableCrossTable.title,
          titleEn: tableCrossTable.titleEn,
          locations: [wa.location, wb.location],
          stated: va === null ? undefined : roundHalfUp(va, 2),
          expected: vb === null ? undefined : roundHalfUp(vb, 2),
          unit: String(qa.unit),
          diagnosis: "mismatch",
          values,
          message: `${wa.text}为${show(qa)}，而${wb.text}为${show(qb)}${explained}，同一数据两处不一致。`,
        });
      }
    }
    return out;
  },
};
