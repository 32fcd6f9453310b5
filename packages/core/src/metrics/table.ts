import {
  cell,
  changeRate,
  derivedInput,
  difference,
  type Outcome,
  percentRatio,
  total,
} from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator, IndicatorInput, IndicatorUnit } from "./types.ts";

/**
 * A dataset table of rows keyed by a param (an expense item, a project's seq, a target's id).
 * Rows that share a param are one item: their cells are summed (blank cells left out).
 */
export interface LineTable<Row> {
  /** The dataset key, used in paths: "threePublicExpenses" → "threePublicExpenses[0].actual". */
  name: string;
  rows: readonly Row[];
  param: (row: Row) => string;
  /** The row's label as written, e.g. "公务接待费". */
  label: (row: Row) => string;
}

/** One column of a {@link LineTable}: which field, its Chinese label and its catalogue codes. */
export interface Column<Row> {
  /** Field name, used in paths. */
  field: string;
  get: (row: Row) => string | number | null | undefined;
  /** Chinese column label, e.g. "决算数". */
  label: string;
  /** Catalogue code of the per-item quantity, e.g. "threePublicExpenses.actual". */
  code?: string;
  /** Catalogue code and label of the column total, e.g. "threePublicExpenses.actual.total". */
  totalCode?: string;
  totalLabel: string;
  unit?: IndicatorUnit;
  /** Per-row unit, for tables whose rows carry their own (绩效指标: 公顷, 宗 …). */
  unitOf?: (row: Row) => IndicatorUnit;
}

/** An item: the rows sharing one param, with their dataset indices. */
export interface Item<Row> {
  param: string;
  label: string;
  rows: { row: Row; index: number }[];
}

/** A column, evaluated: per item (input + outcome) and the total. */
export interface ColumnValues {
  items: Map<string, { input: IndicatorInput; cells: IndicatorInput[]; outcome: Outcome }>;
  total: { input: IndicatorInput; cells: IndicatorInput[]; outcome: Outcome };
  /** Indicators for the catalogue codes the column names (items, then total). */
  indicators: Indicator[];
}

/**
 * Group a table's rows by param, in order of first appearance, keeping each row's dataset index
 * (for paths such as "projects[3].budget"). Rows sharing a param become one item.
 * @example itemsOf({ name: "projects", rows, param: (r) => String(r.seq), label: (r) => r.name })
 *   // 20 items "1" … "20" on the seed's 项目支出 table (2.2)
 */
export function itemsOf<Row>(table: LineTable<Row>): Item<Row>[] {
  const items = new Map<string, Item<Row>>();
  table.rows.forEach((row, index) => {
    const param = table.param(row);
    const item = items.get(param);
    if (item) item.rows.push({ row, index });
    else items.set(param, { param, label: table.label(row), rows: [{ row, index }] });
  });
  return [...items.values()];
}

/** One cell of a table as a labelled input with its dataset path, e.g. "projects[3].budget". */
function cellOf<Row>(
  table: LineTable<Row>,
  column: Column<Row>,
  row: Row,
  index: number,
): IndicatorInput {
  return cell(
    `${table.label(row)}${column.label}`,
    column.get(row),
    column.unitOf?.(row) ?? column.unit ?? "元",
    `${table.name}[${index}].${column.field}`,
  );
}

/**
 * Evaluate one column: each item's value (the cell, or Σ of the item's cells when rows share a
 * param) and the column total Σ over all rows. Blank cells are missing, never 0: an item or a
 * total whose cells are all blank is null `missing`. Emits an indicator per item when
 * `column.code` is set and a total indicator when `column.totalCode` is set (only when the
 * table has rows).
 * Units: the column's unit (元 by default); exact, no rounding.
 * @example columnValues(threePublic, { field: "actual", label: "决算数", totalCode:
 *   "threePublicExpenses.actual.total", … }).total.outcome.value // 84284.72 (seed 1.2.1)
 */
export function columnValues<Row>(
  table: LineTable<Row>,
  column: Column<Row>,
  items: Item<Row>[] = itemsOf(table),
): ColumnValues {
  const indicators: Indicator[] = [];
  const values: ColumnValues["items"] = new Map();
  const allCells: IndicatorInput[] = [];
  for (const item of items) {
    const cells = item.rows.map(({ row, index }) => cellOf(table, column, row, index));
    allCells.push(...cells);
    const outcome = total(cells);
    const unit = cells[0]?.unit ?? column.unit ?? "元";
    const input =
      cells.length === 1 && cells[0]
        ? cells[0]
        : derivedInput(
            `${item.label}${column.label}`,
            outcome,
            unit,
            cells.map((c) => c.path).join(" + "),
          );
    values.set(item.param, { input, cells, outcome });
    if (column.code) indicators.push(makeIndicator(column.code, item.param, outcome, cells));
  }
  const totalOutcome = total(allCells);
  const totalInput = derivedInput(
    column.totalLabel,
    totalOutcome,
    column.unit ?? "元",
    `${table.name}[*].${column.field}`,
  );
  if (column.totalCode && table.rows.length > 0) {
    indicators.push(makeIndicator(column.totalCode, undefined, totalOutcome, allCells));
  }
  return {
    items: values,
    total: { input: totalInput, cells: allCells, outcome: totalOutcome },
    indicators,
  };
}

/** The fields of `Row` that hold a cell value (an amount string, a count, or blank). */
export type CellField<Row> = {
  [K in keyof Row]: Row[K] extends string | number | null | undefined ? K : never;
}[keyof Row] &
  string;

/**
 * The amount column `field` (元) of the table `tableName`, with the catalogue codes that follow
 * the table's name: per item `<table>.<field>[param]`, total `<table>.<field>.total`; the row's
 * `field` is the cell, `label` follows each item's name and `totalLabel` names the 合计.
 * @example namedColumn("expenditure", "actual", "实际支出", "实际支出合计").totalCode
 *   // "expenditure.actual.total" (seed 表（一）合计 682,237,464.67)
 */
export function namedColumn<Row>(
  tableName: string,
  field: CellField<Row>,
  label: string,
  totalLabel: string,
): Column<Row> {
  return {
    field,
    get: (r) => r[field] as string | number | null | undefined,
    label,
    code: `${tableName}.${field}`,
    totalCode: `${tableName}.${field}.total`,
    totalLabel,
  };
}

/**
 * Evaluate the {@link namedColumn} `field` of `table` as {@link columnValues} does: per item and
 * total, 元, exact; blank cells are missing, never 0.
 * @example amountColumn(projectTable(seed), "actual", "实际使用", "项目实际使用合计").total.outcome.value
 *   // 650,501,700.00 (seed 2.2 合计)
 */
export function amountColumn<Row>(
  table: LineTable<Row>,
  field: CellField<Row>,
  label: string,
  totalLabel: string,
  items: Item<Row>[] = itemsOf(table),
): ColumnValues {
  return columnValues(table, namedColumn(table.name, field, label, totalLabel), items);
}

/**
 * The total Σ of one column over the rows that `keep` selects (e.g. 基本支出 lines, or the
 * 301 + 303 lines of 人员经费), exact; blank cells left out, all blank or none selected →
 * null `missing`. The input's path lists the rows summed.
 * @example subsetTotal(expenditure, actualColumn, (r) => r.kind === "basic", "基本支出")
 *   // 25,507,764.16 + 4,819,029.50 + 805,953.00 + 603,018.01 = 31,735,764.67 (seed 二、1.1)
 */
export function subsetTotal<Row>(
  table: LineTable<Row>,
  column: Column<Row>,
  keep: (row: Row) => boolean,
  label: string,
): { input: IndicatorInput; cells: IndicatorInput[]; outcome: Outcome } {
  const cells: IndicatorInput[] = [];
  table.rows.forEach((row, index) => {
    if (keep(row)) cells.push(cellOf(table, column, row, index));
  });
  const outcome = total(cells);
  const path =
    cells.length > 0 ? cells.map((c) => c.path).join(" + ") : `${table.name}[*].${column.field}`;
  return { input: derivedInput(label, outcome, column.unit ?? "元", path), cells, outcome };
}

/** How two evaluated columns combine into a third quantity, per item and in total. */
export interface Combination {
  /** Catalogue code per item (omit for total only). */
  code?: string;
  /** Catalogue code of the total (omit for items only). */
  totalCode?: string;
}

function combine(
  a: ColumnValues,
  b: ColumnValues,
  how: Combination,
  op: (x: IndicatorInput, y: IndicatorInput) => Outcome,
  hasRows: boolean,
): Indicator[] {
  const out: Indicator[] = [];
  if (how.code) {
    for (const [param, left] of a.items) {
      const right = b.items.get(param);
      if (!right) continue;
      out.push(
        makeIndicator(how.code, param, op(left.input, right.input), [left.input, right.input]),
      );
    }
  }
  if (how.totalCode && hasRows) {
    out.push(
      makeIndicator(how.totalCode, undefined, op(a.total.input, b.total.input), [
        a.total.input,
        b.total.input,
      ]),
    );
  }
  return out;
}

/**
 * Differences a − b per item and of the totals (e.g. 预算支出 − 实际支出), exact, in 元.
 * A blank side → null `missing`. The total difference is (Σa) − (Σb) over non-blank cells.
 * @example differences(budget, actual, { totalCode: "allocation.difference.total" }, true)
 *   // 到位 683,266,542.43 − 使用 682,237,464.67 = 1,029,077.76 (seed 预算拨款与实际支出对比表（二）)
 */
export function differences(
  a: ColumnValues,
  b: ColumnValues,
  how: Combination,
  hasRows: boolean,
): Indicator[] {
  return combine(a, b, how, difference, hasRows);
}

/**
 * Rates a ÷ b × 100% per item and of the totals (e.g. 使用比例 = 实际 ÷ 预算), exact, in %.
 * Edges as {@link percentRatio}: 0 ÷ 0 不适用, x ÷ 0 undefined, blank → missing.
 * @example ratios(actual, budget, { code: "projects.usageRate", totalCode:
 *   "projects.usageRate.total" }, true) // 650,501,700 ÷ 650,501,700 = 100% (seed 2.2)
 */
export function ratios(
  a: ColumnValues,
  b: ColumnValues,
  how: Combination,
  hasRows: boolean,
): Indicator[] {
  return combine(a, b, how, percentRatio, hasRows);
}

/**
 * Change rates (a − b) ÷ b × 100% per item and of the totals, where a is this year and b the
 * prior year (e.g. "三公经费"变动率), exact, in %. Edges as {@link changeRate}: prior 0 →
 * 上年为0（新增）, both 0 → 不适用, blank → missing.
 * @example changeRates(actual, priorYearActual, { code: "threePublicExpenses.changeRate" }, true)
 *   // 公务接待费 (62,769.85 − 220,870) ÷ 220,870 = −71.58…% (seed 1.2.2)
 */
export function changeRates(
  current: ColumnValues,
  prior: ColumnValues,
  how: Combination,
  hasRows: boolean,
): Indicator[] {
  return combine(current, prior, how, changeRate, hasRows);
}
