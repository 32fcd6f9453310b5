import type { Dataset, Project } from "../schema/dataset.ts";
import { amountColumn, differences, itemsOf, type LineTable, ratios } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * 项目支出 (`projects`) as a line table keyed by the project's 序号 (`seq`, as a string).
 * @example projectTable(seed).param(seed.projects[0]) === "1" (seed 2.2: 1 土地成本)
 */
export function projectTable(dataset: Dataset): LineTable<Project> {
  return {
    name: "projects",
    rows: dataset.projects,
    param: (r) => String(r.seq),
    label: (r) => r.name,
  };
}

/**
 * 项目支出 indicators, per project (by 序号) and in total:
 * - 可用指标 (budget) and 实际使用 (actual), 元, and their 合计 (Σ rows);
 * - 差额 = 可用指标 − 实际使用 (元);
 * - 使用比例 = 实际使用 ÷ 预算 × 100% (exact; display 四舍五入 2 places).
 * Edges: blank → null `missing`; 预算 0 with spending → null `undefined`; 0 ÷ 0 → 不适用.
 * @example projectIndicators(seed) → "projects.actual.total" = 650,501,700.00 (seed 2.2 合计 of 20
 *   rows); "projects.usageRate[1]" = 593,785,100 ÷ 593,785,100 = 100% (土地成本)
 */
export function projectIndicators(dataset: Dataset): Indicator[] {
  const table = projectTable(dataset);
  const items = itemsOf(table);
  const hasRows = table.rows.length > 0;
  const budget = amountColumn(table, "budget", "可用指标", "项目可用指标合计", items);
  const actual = amountColumn(table, "actual", "实际使用", "项目实际使用合计", items);
  return [
    ...budget.indicators,
    ...actual.indicators,
    ...differences(
      budget,
      actual,
      { code: "projects.difference", totalCode: "projects.difference.total" },
      hasRows,
    ),
    ...ratios(
      actual,
      budget,
      { code: "projects.usageRate", totalCode: "projects.usageRate.total" },
      hasRows,
    ),
  ];
}
