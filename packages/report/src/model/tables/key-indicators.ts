import { column, seqColumn, table } from "../blocks.ts";
import { isNumericCell, textCell } from "../cells.ts";
import type { ModelContext } from "../context.ts";
import { indicatorCell } from "../indicators.ts";
import type { TableBlock, TableRow } from "../types.ts";
import { orderRevenueTargets } from "./revenue-targets.ts";

/** Table id of 主要绩效指标计算表. */
export const KEY_INDICATORS_TABLE = "key-indicators";

/** The aggregate indicators the report lists, in the order of 财预〔2013〕53号 附件2. */
export const KEY_INDICATOR_KEYS = [
  "staffing.activeStaffControlRate",
  "threePublicExpenses.changeRate.total",
  "keyExpenditure.rate",
  "budgetExecution.completionRate",
  "budgetExecution.controlRate",
  "budgetExecution.adjustmentRate",
  "carryover.amount",
  "carryover.rate",
  "carryover.changeRate",
  "operatingExpenses.controlRate",
  "threePublicExpenses.controlRate.total",
  "procurement.executionRate",
  "fixedAssets.utilizationRate",
  "projects.usageRate.total",
  "satisfaction.score",
] as const;

/**
 * An indicator's formula without a leading copy of its name ("预算完成率 = 实际支出合计 ÷ …" →
 * "实际支出合计 ÷ …"), since the table's 指标 column already names it.
 * @example formulaText("预算完成率 = 实际支出合计 ÷ 到位金额合计 × 100%", "预算完成率") === "实际支出合计 ÷ 到位金额合计 × 100%"
 */
export function formulaText(formula: string, name: string): string {
  const prefix = new RegExp(`^\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*[=＝]\\s*`);
  return formula.replace(prefix, "");
}

/**
 * 主要绩效指标计算表: each key indicator the evaluation computed, with its standard name, its
 * formula (not repeating the name) and its value with its unit ("1,029,077.76元", "95.2分"; rates
 * 四舍五入 2 places at display with "%"; a null shows its reason), then the
 * completion rate of each top-level revenue target. Indicators not computed are left out.
 * @example seed 四: “三公经费”控制率 = 84,284.72 ÷ 820,000.00 × 100% → 10.28%
 */
export function keyIndicatorsTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const keys: { key: string; name?: string }[] = KEY_INDICATOR_KEYS.map((key) => ({ key }));
  for (const { target, depth } of orderRevenueTargets(ctx.dataset.revenueTargets)) {
    if (depth === 0) {
      keys.push({
        key: `revenueTargets.completionRate[${target.id}]`,
        name: `${target.name}完成率`,
      });
    }
  }
  const rows: TableRow[] = [];
  for (const { key, name } of keys) {
    const indicator = ind.get(key);
    if (!indicator) continue;
    const value = indicatorCell(indicator);
    const unit = indicator.unit && indicator.unit !== "%" ? indicator.unit : undefined;
    rows.push({
      cells: [
        textCell(String(rows.length + 1)),
        textCell(name ?? indicator.name),
        textCell(formulaText(indicator.formula, indicator.name)),
        unit && isNumericCell(value) ? { ...value, suffix: unit } : value,
      ],
    });
  }
  return table({
    id: KEY_INDICATORS_TABLE,
    title: `${ctx.year}年度主要绩效指标计算表`,
    unit: null,
    columns: [
      seqColumn(),
      column("name", "指标", "text", 22),
      column("formula", "计算公式", "text", 46),
      column("value", "数值", "quantity", 20),
    ],
    rows,
    notes: ["注：数值按基础数据精确计算，比率于显示时四舍五入保留两位小数。"],
  });
}
