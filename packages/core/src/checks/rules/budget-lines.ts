import { Decimal } from "../../decimal.ts";
import type { Dataset } from "../../schema/dataset.ts";
import type { CheckContext } from "../context.ts";
import { tableTitle } from "../tables.ts";

/** One budget line: where it stands, its name, and its budget and actual (元, null = blank). */
export interface BudgetLine {
  datasetKey: string;
  table: string;
  path: string;
  name: string;
  budget: Decimal | null;
  actual: Decimal | null;
}

const cell = (v: string | null | undefined) =>
  v === null || v === undefined ? null : new Decimal(v);

/**
 * Every line that has a budget and an actual column: 预算支出与实际支出对比表, 基本支出明细,
 * the "三公"经费 items and the projects, each with its printed table title.
 * @example budgetLines(context).find(l => l.name === "公务用车运行维护费") // budget 0.00, actual 21,514.87 (seed 1.2.1)
 */
export function budgetLines(context: CheckContext): readonly BudgetLine[] {
  let lines = memo.get(context);
  if (!lines) {
    lines = collectLines(context);
    memo.set(context, lines);
  }
  return lines;
}

/** The lines of one run, read once and shared by the budget rules. */
const memo = new WeakMap<CheckContext, BudgetLine[]>();

function collectLines(context: CheckContext): BudgetLine[] {
  const d: Dataset = context.dataset;
  const lines: BudgetLine[] = [];
  const add = (
    datasetKey: string,
    title: string,
    rows: readonly { name: string; budget: string | null; actual: string | null }[],
  ) => {
    rows.forEach((row, i) => {
      lines.push({
        datasetKey,
        table: title,
        path: `${datasetKey}[${i}]`,
        name: row.name,
        budget: cell(row.budget),
        actual: cell(row.actual),
      });
    });
  };
  add(
    "expenditure",
    tableTitle(context, "expenditure", ["expenditure.budget", "expenditure.difference"]),
    d.expenditure,
  );
  add("basicExpenditure", tableTitle(context, "basicExpenditure"), d.basicExpenditure);
  add(
    "threePublicExpenses",
    tableTitle(context, "threePublicExpenses", [
      "threePublicExpenses.budget",
      "threePublicExpenses.budgetDifference",
      "threePublicExpenses.controlRate",
    ]),
    d.threePublicExpenses,
  );
  add("projects", tableTitle(context, "projects"), d.projects);
  return lines;
}
