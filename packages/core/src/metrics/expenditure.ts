import type { Dataset } from "../schema/dataset.ts";
import type { ExpenseItem } from "../schema/enums.ts";
import { makeIndicator } from "./indicator.ts";
import { perRun } from "./run-memo.ts";
import {
  type Column,
  type ColumnValues,
  columnValues,
  differences,
  itemsOf,
  type LineTable,
  namedColumn,
  subsetTotal,
} from "./table.ts";
import type { Indicator } from "./types.ts";

/** The columns every expenditure-like line has: item, name, 预算 and 实际 (and kind, if any). */
export interface BudgetActualLine {
  item: ExpenseItem | string;
  kind?: string;
  name: string;
  budget: string | null;
  actual: string | null;
}

/**
 * 预算支出与实际支出对比表 (`expenditure`) as a line table keyed by expense item (经济分类).
 * @example expenditureTable(seed).rows.length === 7 (seed 表（一）: 7 rows before 合计)
 */
export function expenditureTable(dataset: Dataset): LineTable<BudgetActualLine> {
  return {
    name: "expenditure",
    rows: dataset.expenditure,
    param: (r) => r.item,
    label: (r) => r.name,
  };
}

const budgetColumn = namedColumn<BudgetActualLine>(
  "expenditure",
  "budget",
  "预算支出",
  "预算支出合计",
);
const actualColumn = namedColumn<BudgetActualLine>(
  "expenditure",
  "actual",
  "实际支出",
  "实际支出合计",
);

/**
 * 预算支出合计 and 实际支出合计 (Σ of 预算支出与实际支出对比表 rows, 元, exact), with the
 * per-item values. Other areas (结转结余, 预算完成率) read their totals from here.
 * Built once per computeIndicators run (metrics/run-memo.ts): the areas that read it share it.
 * @example expenditureColumns(seed).actual.total.outcome.value // 682,237,464.67 (seed 表（一）合计)
 */
export function expenditureColumns(dataset: Dataset): {
  budget: ColumnValues;
  actual: ColumnValues;
} {
  return perRun(dataset, "expenditureColumns", () => buildExpenditureColumns(dataset));
}

function buildExpenditureColumns(dataset: Dataset): {
  budget: ColumnValues;
  actual: ColumnValues;
} {
  const table = expenditureTable(dataset);
  const items = itemsOf(table);
  return {
    budget: columnValues(table, budgetColumn, items),
    actual: columnValues(table, actualColumn, items),
  };
}

/**
 * The lines that make up 基本支出: the `expenditure` lines of kind "basic" when there are any,
 * otherwise the 基本支出明细 table (`basicExpenditure`). 人员经费 and 公用经费 are classified
 * from these (政府支出经济分类 301/302/303/310).
 * @example basicLines(seed).table.name === "expenditure" (seed 表（一） marks 4 基本支出 rows)
 */
export function basicLines(dataset: Dataset): {
  table: LineTable<BudgetActualLine>;
  keep: (row: BudgetActualLine) => boolean;
} {
  if (dataset.expenditure.some((r) => r.kind === "basic")) {
    return { table: expenditureTable(dataset), keep: (r) => r.kind === "basic" };
  }
  return {
    table: {
      name: "basicExpenditure",
      rows: dataset.basicExpenditure,
      param: (r) => r.item,
      label: (r) => r.name,
    },
    keep: () => true,
  };
}

/** 人员经费 classes (政府支出经济分类 301 工资福利支出, 303 对个人和家庭的补助). */
export const PERSONNEL_ITEMS: readonly string[] = ["wagesAndBenefits", "householdSubsidies"];
/** 公用经费 classes (302 商品和服务支出, 310 资本性支出). */
export const OPERATING_ITEMS: readonly string[] = ["goodsAndServices", "capitalExpenditure"];

/**
 * Σ of one column (预算 or 实际) over the 基本支出 lines whose item is in `items`, 元, exact.
 * Blank cells are left out; none selected or all blank → null `missing`.
 * @example basicClassTotal(seed, "actual", OPERATING_ITEMS, "公用经费").outcome.value
 *   // 4,819,029.50 (302; 310 blank) — seed 1.3 公用经费 481.90 万元
 */
export function basicClassTotal(
  dataset: Dataset,
  column: "budget" | "actual",
  items: readonly string[],
  label: string,
) {
  const { table, keep } = basicLines(dataset);
  const col = column === "budget" ? budgetColumn : actualColumn;
  return subsetTotal(table, col, (r) => keep(r) && items.includes(r.item), label);
}

/**
 * Expenditure indicators (元, exact), from 预算支出与实际支出对比表:
 * - 预算支出, 实际支出 and 预算−实际差额 = 预算支出 − 实际支出, per expense item and in total;
 * - 基本支出 / 项目支出: Σ of the lines of that kind (预算 and 实际);
 * - 人员经费 = 工资福利支出 (301) + 对个人和家庭的补助 (303) of 基本支出, 实际;
 * - 公用经费 = 商品和服务支出 (302) + 资本性支出 (310) of 基本支出, 实际.
 * Rows sharing an item are summed; blank cells are missing (never 0), and a blank side makes a
 * difference null `missing`. The classification follows 政府支出经济分类 (301/302/303/310), not
 * any split a report states, so a report that counts 303 in 公用经费 shows up in the checks.
 * Source: 政府收支分类科目 (支出经济分类); 财预〔2013〕53号 附件2.
 * @example expenditureIndicators(seed) → "expenditure.basic.actual" = 31,735,764.67 (seed 二、1.1);
 *   "expenditure.personnel.actual" = 25,507,764.16 + 805,953.00 = 26,313,717.16
 */
export function expenditureIndicators(dataset: Dataset): Indicator[] {
  const { budget, actual } = expenditureColumns(dataset);
  const table = expenditureTable(dataset);
  const hasRows = table.rows.length > 0;
  const out = [
    ...budget.indicators,
    ...actual.indicators,
    ...differences(
      budget,
      actual,
      { code: "expenditure.difference", totalCode: "expenditure.difference.total" },
      hasRows,
    ),
  ];
  if (!hasRows) return out;
  const byKind = (
    kind: "basic" | "project",
    col: Column<BudgetActualLine>,
    code: string,
    label: string,
  ) => {
    const t = subsetTotal(table, col, (r) => r.kind === kind, label);
    return makeIndicator(code, undefined, t.outcome, t.cells);
  };
  out.push(
    byKind("basic", budgetColumn, "expenditure.basic.budget", "基本支出预算"),
    byKind("basic", actualColumn, "expenditure.basic.actual", "基本支出"),
    byKind("project", budgetColumn, "expenditure.project.budget", "项目支出预算"),
    byKind("project", actualColumn, "expenditure.project.actual", "项目支出"),
  );
  return out;
}

/**
 * 人员经费 (预算 and 实际) and 公用经费 (实际), 元, by economic class of 基本支出: 301 + 303 and
 * 302 + 310. Exact Σ; blank cells left out, none or all blank → null `missing`.
 * Emitted when the dataset has 基本支出 lines (see {@link basicLines}).
 * Source: 政府收支分类科目; the seed's own definition "公用经费支出是指部门基本支出中的一般商品和服务支出".
 * @example economicClassIndicators(seed) → "expenditure.operating.actual" = 4,819,029.50;
 *   "expenditure.personnel.budget" = 25,507,764.16 + 805,953.00 = 26,313,717.16 (表（一） 预算支出)
 */
export function economicClassIndicators(dataset: Dataset): Indicator[] {
  const { table, keep } = basicLines(dataset);
  if (!table.rows.some(keep)) return [];
  const personnelBudget = basicClassTotal(dataset, "budget", PERSONNEL_ITEMS, "人员经费预算");
  const personnel = basicClassTotal(dataset, "actual", PERSONNEL_ITEMS, "人员经费");
  const operating = basicClassTotal(dataset, "actual", OPERATING_ITEMS, "公用经费");
  return [
    makeIndicator(
      "expenditure.personnel.budget",
      undefined,
      personnelBudget.outcome,
      personnelBudget.cells,
    ),
    makeIndicator("expenditure.personnel.actual", undefined, personnel.outcome, personnel.cells),
    makeIndicator("expenditure.operating.actual", undefined, operating.outcome, operating.cells),
  ];
}
