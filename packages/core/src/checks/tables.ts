import type { CheckContext } from "./context.ts";

/** Default Chinese titles of the dataset's tables, used when no stated figure names the table. */
export const DEFAULT_TABLE_TITLES: Record<string, string> = {
  budgetSummary: "部门整体支出预算表",
  revenue: "收入数据（按来源）",
  expenditure: "预算支出与实际支出对比表",
  allocation: "预算拨款与实际支出对比表",
  basicExpenditure: "基本支出明细",
  threePublicExpenses: "三公经费预算决算执行情况",
  projects: "项目支出明细",
  revenueTargets: "非税收入等收入任务",
};

/**
 * The title a table is printed under: among the printed tables whose stated figures mostly refer
 * to `datasetKey`, the one holding a figure whose quantity code starts with one of
 * `codePrefixes` (e.g. "threePublicExpenses.budget"), else the first such table, else the
 * default title of `datasetKey`.
 * @example tableTitle(context, "basicExpenditure") === "基本支出明细" (whatever the seed prints)
 */
export function tableTitle(
  context: CheckContext,
  datasetKey: string,
  codePrefixes: readonly string[] = [datasetKey],
): string {
  let known = titles.get(context);
  if (!known) {
    known = new Map();
    titles.set(context, known);
  }
  const memo = `${datasetKey}\u0000${codePrefixes.join("\u0000")}`;
  let title = known.get(memo);
  if (title === undefined) {
    title = findTableTitle(context, datasetKey, codePrefixes);
    known.set(memo, title);
  }
  return title;
}

const titles = new WeakMap<CheckContext, Map<string, string>>();

function findTableTitle(
  context: CheckContext,
  datasetKey: string,
  codePrefixes: readonly string[],
): string {
  const owners = dominantKeys(context);
  for (const prefix of codePrefixes) {
    const figure = context.figures.find((f) => {
      const key = f.refersTo ?? "";
      const table = f.location.table;
      if (!table || owners.get(table) !== datasetKey) return false;
      return key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);
    });
    if (figure?.location.table) return figure.location.table;
  }
  for (const [title, key] of owners) if (key === datasetKey) return title;
  return DEFAULT_TABLE_TITLES[datasetKey] ?? datasetKey;
}

const printed = new WeakMap<CheckContext, Set<string>>();

/**
 * The titles of the tables that some stated figure stands in (the tables the report prints).
 * @example printedTables(context).has("基本支出明细") // true when a stated figure stands in it
 */
export function printedTables(context: CheckContext): ReadonlySet<string> {
  let tables = printed.get(context);
  if (!tables) {
    tables = new Set();
    for (const f of context.figures) if (f.location.table) tables.add(f.location.table);
    printed.set(context, tables);
  }
  return tables;
}

const dominant = new WeakMap<CheckContext, Map<string, string>>();

/** Each printed table title → the dataset table most of its stated figures refer to. */
function dominantKeys(context: CheckContext): Map<string, string> {
  const known = dominant.get(context);
  if (known) return known;
  const counts = new Map<string, Map<string, number>>();
  for (const f of context.figures) {
    if (!f.location.table || !f.refersTo) continue;
    const key = f.refersTo.split(/[.[]/)[0] ?? "";
    const byKey = counts.get(f.location.table) ?? new Map<string, number>();
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
    counts.set(f.location.table, byKey);
  }
  const out = new Map<string, string>();
  for (const [title, byKey] of counts) {
    const [top] = [...byKey].sort((a, b) => b[1] - a[1]);
    if (top) out.set(title, top[0]);
  }
  dominant.set(context, out);
  return out;
}

/**
 * The header a printed table gives a column: the `column` of a stated figure in `table` whose
 * quantity is of `code` (a row of it, or its 合计), else null — so that findings name a column
 * as the report prints it ("到位金额（元）") rather than by the catalogue's name.
 * @example printedColumn(context, "预算拨款与实际支出对比表（二）", "allocation.received") === "到位金额（元）" (seed 表（二）)
 */
export function printedColumn(context: CheckContext, table: string, code: string): string | null {
  let known = columns.get(context);
  if (!known) {
    known = new Map();
    columns.set(context, known);
  }
  const memo = `${table}\u0000${code}`;
  let column = known.get(memo);
  if (column === undefined) {
    column = findPrintedColumn(context, table, code);
    known.set(memo, column);
  }
  return column;
}

const columns = new WeakMap<CheckContext, Map<string, string | null>>();

function findPrintedColumn(context: CheckContext, table: string, code: string): string | null {
  const figure = context.figures.find((f) => {
    if (f.location.table !== table || !f.location.column || !f.refersTo) return false;
    const key = f.refersTo;
    return key === `${code}.total` || key.startsWith(`${code}[`) || key === code;
  });
  return figure?.location.column ?? null;
}
