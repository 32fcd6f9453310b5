import { Decimal } from "../decimal.ts";
import type { StatedFigure } from "../schema/dataset.ts";
import type { CheckContext } from "./context.ts";
import { type Judgement, judge } from "./judge.ts";
import { FUNDING_CLAIM } from "./rules/funding-claim.ts";
import { unlistedSource } from "./rules/unlisted-source.ts";
import { isMoneyUnit, slipUnits } from "./units.ts";

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
  | "funding.unlisted-source"
  | "none";

const judged = new WeakMap<CheckContext, Judgement[]>();
const mislabelled = new WeakMap<CheckContext, Map<string, MoneyUnit>>();

type MoneyUnit = "元" | "万元" | "亿元";

/** Every stated figure judged as labelled, in dataset order (before any table is re-read). */
function asLabelled(context: CheckContext): Judgement[] {
  return context.figures.map((figure) => judge(context, figure));
}

/**
 * Every stated figure judged once per run, in dataset order. A figure in a table whose printed
 * unit contradicts its magnitudes ({@link mislabelledTables}) is judged in the unit its numbers
 * are really in, so that a 1-分 error in such a table reads as 0.01元, not as 万元 of difference;
 * the judgement as labelled is kept in `labelled`.
 * @example judgements(context).find(j => j.figure.id === "s-4-completion-rate")?.diagnosis === "truncated"
 */
export function judgements(context: CheckContext): Judgement[] {
  let all = judged.get(context);
  if (!all) {
    const raw = asLabelled(context);
    const tables = detectMislabelled(raw);
    mislabelled.set(context, tables);
    all = raw.map((j) => {
      const table = j.figure.location.table;
      const real = table ? tables.get(table) : undefined;
      if (!real || !isMoneyUnit(j.figure.unit) || !j.quantity || j.problem) return j;
      const again = judge(context, Object.assign({}, j.figure, { unit: real }));
      again.labelled = j;
      return again;
    });
    judged.set(context, all);
  }
  return all;
}

const byFigure = new WeakMap<CheckContext, Map<StatedFigure, Judgement>>();

/**
 * The judgement of one of the context's stated figures (as {@link judgements} gives it), looked
 * up instead of judged again; undefined for a figure that is not one of `context.figures`.
 * @example judgementOf(context, context.figures[0])?.diagnosis === "match"
 */
export function judgementOf(context: CheckContext, figure: StatedFigure): Judgement | undefined {
  let map = byFigure.get(context);
  if (!map) {
    map = new Map();
    for (const j of judgements(context)) map.set(j.labelled?.figure ?? j.figure, j);
    byFigure.set(context, map);
  }
  return map.get(figure);
}

/** Codes whose stated figures are a table's own arithmetic: 合计 rows and difference columns. */
function isTableArithmetic(code: string): boolean {
  return code.endsWith(".total") || /(difference|Difference|carryover)/.test(code);
}

/** Whether a stated value, read in another unit (× factor), lies within 1% of the exact value. */
function near(j: Judgement, factor: Decimal): boolean {
  const exact = j.exact as Decimal;
  return j.stated.times(factor).minus(exact).abs().lessThanOrEqualTo(exact.abs().div(100));
}

/**
 * Tables whose printed unit label contradicts their magnitudes: at least two non-zero money
 * figures, every one of them within 1% of the data when read in one other unit (and not as
 * labelled), and at least half of them exactly that unit slip. Returns table title → the unit the
 * numbers are really in.
 */
function detectMislabelled(raw: readonly Judgement[]): Map<string, MoneyUnit> {
  const byTable = new Map<string, Judgement[]>();
  for (const j of raw) {
    const table = j.figure.location.table;
    if (!table || !isMoneyUnit(j.figure.unit) || !j.quantity || j.problem || !j.exact) continue;
    // A written 0 reads the same in every unit: it says nothing about the label.
    if (j.stated.isZero()) continue;
    byTable.set(table, [...(byTable.get(table) ?? []), j]);
  }
  const out = new Map<string, MoneyUnit>();
  for (const [table, js] of byTable) {
    if (js.length < 2) continue;
    const labelledUnit = js[0]?.figure.unit as string;
    if (js.some((j) => j.figure.unit !== labelledUnit)) continue;
    for (const slip of slipUnits(labelledUnit)) {
      const back = new Decimal(1).div(slip.factor);
      const fits = js.every((j) => near(j, back) && !near(j, new Decimal(1)));
      const exact = js.filter((j) => j.diagnosis === "unitSlip" && j.slipUnit === slip.unit);
      if (fits && exact.length * 2 >= js.length) out.set(table, slip.unit);
    }
  }
  return out;
}

/**
 * Tables whose printed unit label contradicts their magnitudes: every non-zero money figure of
 * the table is, read in one other unit, within 1% of the data, and at least half are exactly
 * that unit slip (e.g. a 项目支出 table headed "(单位:万元)" whose numbers are 元). Returns table
 * title → the unit the numbers are really in.
 * @example mislabelledTables(context).get("项目支出明细表（2.2 具体情况如下表）") === "元" (seed 2.2)
 */
export function mislabelledTables(context: CheckContext): Map<string, MoneyUnit> {
  judgements(context);
  return mislabelled.get(context) ?? new Map();
}

/**
 * Which rule reports a stated figure: figures naming no quantity go to the unmatched-amount
 * rule (money only), unknown keys to stated.unknown-quantity, a table's 合计/差额 figures to
 * table.row-sum (or stated.unit-label when the figure of a mislabelled table agrees in its real
 * unit), and the rest by
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
  if (j.problem === "unknownQuantity" && unlistedSource(context.dataset, figure))
    return "funding.unlisted-source";
  if (j.problem) return "stated.unknown-quantity";
  const table = figure.location.table;
  if (table && j.labelled && j.diagnosis === "match") return "stated.unit-label";
  if (table && isTableArithmetic(j.quantity?.code ?? "")) return "table.row-sum";
  if (figure.unit === "%") return "stated.rate";
  if (figure.unit === "万元" || figure.unit === "亿元") return "stated.restatement";
  if (figure.unit === "元") return "stated.amount";
  return "stated.count";
}
