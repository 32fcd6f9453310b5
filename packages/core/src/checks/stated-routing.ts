import type { CheckContext } from "./context.ts";
import { type Judgement, judge } from "./judge.ts";
import { FUNDING_CLAIM } from "./rules/funding-claim.ts";
import { isMoneyUnit } from "./units.ts";

/** The ids of the rules that share out the stated figures (each figure has one owner). */
export type StatedOwner =
  | "table.row-sum"
  | "stated.amount"
  | "stated.restatement"
  | "stated.rate"
  | "stated.count"
  | "stated.unknown-quantity"
  | "stated.unmatched-amount"
  | "stated.unit-label"
  | "classification.household-subsidies"
  | "funding.source-claim"
  | "none";

const judged = new WeakMap<CheckContext, Judgement[]>();
const mislabelled = new WeakMap<CheckContext, Map<string, string>>();

/**
 * Every stated figure judged once per run, in dataset order.
 * @example judgements(context).find(j => j.figure.id === "s-4-completion-rate")?.diagnosis === "truncated"
 */
export function judgements(context: CheckContext): Judgement[] {
  let all = judged.get(context);
  if (!all) {
    all = context.figures.map((figure) => judge(context, figure));
    judged.set(context, all);
  }
  return all;
}

/** Codes whose stated figures are a table's own arithmetic: 合计 rows and difference columns. */
function isTableArithmetic(code: string): boolean {
  return code.endsWith(".total") || /(difference|Difference|carryover)/.test(code);
}

/**
 * Tables whose printed unit label contradicts their magnitudes: every money figure of the table
 * that does not match is a unit slip into the same unit (e.g. a 项目支出 table headed
 * "(单位:万元)" whose numbers are 元). Returns table title → the unit the numbers are really in.
 * @example mislabelledTables(context).get("项目支出明细表（2.2 具体情况如下表）") === "元" (seed 2.2)
 */
export function mislabelledTables(context: CheckContext): Map<string, string> {
  const known = mislabelled.get(context);
  if (known) return known;
  const byTable = new Map<string, Judgement[]>();
  for (const j of judgements(context)) {
    const table = j.figure.location.table;
    if (!table || !isMoneyUnit(j.figure.unit) || !j.quantity || j.problem) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), j]);
  }
  const out = new Map<string, string>();
  for (const [table, js] of byTable) {
    const off = js.filter((j) => j.diagnosis !== "match");
    const slips = new Set(off.map((j) => (j.diagnosis === "unitSlip" ? j.slipUnit : "—")));
    const [only] = [...slips];
    if (off.length >= 2 && slips.size === 1 && only && only !== "—") out.set(table, only);
  }
  mislabelled.set(context, out);
  return out;
}

/**
 * Which rule reports a stated figure: figures naming no quantity go to the unmatched-amount
 * rule (money only), unknown keys to stated.unknown-quantity, a table's 合计/差额 figures to
 * table.row-sum (or stated.unit-label when the whole table is mislabelled), and the rest by
 * unit: % → stated.rate, 万元/亿元 → stated.restatement, 元 → stated.amount, others →
 * stated.count. A rate quoted from a claim that money is all 财政资金 is reported by
 * funding.source-claim. `explained` lists the figure ids a more specific rule (classification) owns.
 * @example ownerOf(context, judgeOf("s-4-completion-rate"), explained) === "stated.rate"
 */
export function ownerOf(
  context: CheckContext,
  j: Judgement,
  explained: ReadonlySet<string>,
): StatedOwner {
  const { figure } = j;
  if (explained.has(figure.id)) return "classification.household-subsidies";
  if (FUNDING_CLAIM.test(figure.location.quote ?? "") && figure.unit === "%")
    return "funding.source-claim";
  if (figure.refersTo === null)
    return isMoneyUnit(figure.unit) ? "stated.unmatched-amount" : "none";
  if (j.problem) return "stated.unknown-quantity";
  const table = figure.location.table;
  if (table && j.diagnosis === "unitSlip" && mislabelledTables(context).has(table)) {
    return "stated.unit-label";
  }
  if (table && isTableArithmetic(j.quantity?.code ?? "")) return "table.row-sum";
  if (figure.unit === "%") return "stated.rate";
  if (figure.unit === "万元" || figure.unit === "亿元") return "stated.restatement";
  if (figure.unit === "元") return "stated.amount";
  return "stated.count";
}
