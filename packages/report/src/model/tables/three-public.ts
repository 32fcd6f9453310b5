import { column, table } from "../blocks.ts";
import { amountCell, textCell } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import type { TableBlock, TableRow } from "../types.ts";

/** Table id of the “三公经费”预算、决算执行情况 table (1.2.1). */
export const THREE_PUBLIC_BUDGET_TABLE = "three-public-budget";
/** Table id of the “三公经费” 与上年比较 table (1.2.2). */
export const THREE_PUBLIC_YEAR_TABLE = "three-public-year";

/**
 * “三公经费”预算、决算执行情况: per item 预算数 and 决算数 (元, from the dataset), 决算比预算增减
 * = 决算数 − 预算数, and “三公经费”控制率 = 决算数 ÷ 预算数 × 100% (四舍五入 2 places at display);
 * an item with no budget shows its null reason instead of a rate. 合计 from the total indicators.
 * 财预〔2013〕53号 附件2.
 * @example seed 1.2.1: 合计 820,000.00 / 84,284.72 / -735,715.28 / 10.28%
 */
export function threePublicBudgetTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.threePublicExpenses.map((line) => ({
    cells: [
      textCell(line.name),
      amountCell(line.budget),
      amountCell(line.actual),
      ind.amount(`threePublicExpenses.budgetDifference[${line.item}]`),
      ind.percent(`threePublicExpenses.controlRate[${line.item}]`),
    ],
  }));
  rows.push({
    cells: [
      textCell("合计", { align: "center" }),
      ind.amount("threePublicExpenses.budget.total"),
      ind.amount("threePublicExpenses.actual.total"),
      ind.amount("threePublicExpenses.budgetDifference.total"),
      ind.percent("threePublicExpenses.controlRate.total"),
    ],
    total: true,
  });
  return table({
    id: THREE_PUBLIC_BUDGET_TABLE,
    title: `${ctx.year}年度“三公经费”预算、决算执行情况`,
    unit: "单位：元",
    columns: [
      column("name", "项目", "text", 26),
      column("budget", "预算数", "amount", 18),
      column("actual", "决算数", "amount", 18),
      column("budgetDifference", "决算比预算增减", "amount", 18, {
        derived: { op: "difference", minuend: "actual", subtrahend: "budget" },
      }),
      column("controlRate", "控制率", "percent", 14, {
        derived: { op: "ratio", numerator: "actual", denominator: "budget", percent: true },
      }),
    ],
    rows,
    notes: [tableNote(ctx, THREE_PUBLIC_BUDGET_TABLE, "threePublicExpenses")],
  });
}

/**
 * 与上年比较，“三公经费”控制情况: per item 上年决算数 and 本年决算数 (元), 决算比上年增减 =
 * 本年 − 上年, and “三公经费”变动率 = (本年 − 上年) ÷ 上年 × 100%; 0 ÷ 0 shows 不适用 and a
 * prior year of 0 shows 上年为0（新增）. 合计 from the total indicators. 财预〔2013〕53号 附件2.
 * @example seed 1.2.2: 合计 567,543.34 / 84,284.72 / -483,258.62 / -85.15%
 */
export function threePublicYearTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.threePublicExpenses.map((line) => ({
    cells: [
      textCell(line.name),
      amountCell(line.priorYearActual),
      amountCell(line.actual),
      ind.amount(`threePublicExpenses.yearDifference[${line.item}]`),
      ind.percent(`threePublicExpenses.changeRate[${line.item}]`),
    ],
  }));
  rows.push({
    cells: [
      textCell("合计", { align: "center" }),
      ind.amount("threePublicExpenses.priorYearActual.total"),
      ind.amount("threePublicExpenses.actual.total"),
      ind.amount("threePublicExpenses.yearDifference.total"),
      ind.percent("threePublicExpenses.changeRate.total"),
    ],
    total: true,
  });
  return table({
    id: THREE_PUBLIC_YEAR_TABLE,
    title: `与上年比较，“三公经费”控制情况`,
    unit: "单位：元",
    columns: [
      column("name", "项目", "text", 26),
      column("priorYearActual", `${ctx.year - 1}年决算数`, "amount", 18),
      column("actual", "本年决算数", "amount", 18),
      column("yearDifference", "决算比上年增减", "amount", 18, {
        derived: { op: "difference", minuend: "actual", subtrahend: "priorYearActual" },
      }),
      column("changeRate", "变动比例", "percent", 14),
    ],
    rows,
    notes: [tableNote(ctx, THREE_PUBLIC_YEAR_TABLE)],
  });
}
