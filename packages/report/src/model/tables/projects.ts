import { column, seqColumn, table } from "../blocks.ts";
import { amountCell, textCell } from "../cells.ts";
import { type ModelContext, tableNote } from "../context.ts";
import { totalLabel } from "../indicators.ts";
import type { TableBlock, TableRow } from "../types.ts";

/** Table id of 项目支出 (项目资金实际使用情况). */
export const PROJECTS_TABLE = "projects";

/**
 * A project's name as the seed prints it: the name, then its 文号 when the name lacks it.
 * @example projectLabel({ name: "2020年地灾防治项目资金", documentNumber: "湘财资环指[2020]23号" }) === "2020年地灾防治项目资金 湘财资环指[2020]23号" // seed 2.2 row 7
 */
export function projectLabel(project: { name: string; documentNumber: string | null }): string {
  const doc = project.documentNumber?.trim();
  return doc && !project.name.includes(doc) ? `${project.name} ${doc}` : project.name;
}

/**
 * 项目支出表: one row per `dataset.projects` entry with 可用指标 and 实际使用 (元); 差额 =
 * 可用指标 − 实际使用 and 使用比例 = 实际使用 ÷ 可用指标 × 100% (四舍五入 2 places at display)
 * per project from the project indicators; 合计 likewise. The header merges the three amount
 * columns under 金额（元）, as the seed's two-row header does; that header is the table's one unit
 * statement (no separate 单位 line).
 * @example seed 2.2: 20 rows, 合计 650,501,700.00 / 650,501,700.00 / 0.00 / 100.00%
 */
export function projectsTable(ctx: ModelContext): TableBlock {
  const { ind } = ctx;
  const rows: TableRow[] = ctx.dataset.projects.map((project) => ({
    cells: [
      textCell(String(project.seq)),
      textCell(projectLabel(project)),
      amountCell(project.budget),
      amountCell(project.actual),
      ind.amount(`projects.difference[${project.seq}]`),
      ind.percent(`projects.usageRate[${project.seq}]`),
    ],
  }));
  rows.push({
    cells: [
      totalLabel(),
      ind.amount("projects.budget.total"),
      ind.amount("projects.actual.total"),
      ind.amount("projects.difference.total"),
      ind.percent("projects.usageRate.total"),
    ],
    total: true,
  });
  return table({
    id: PROJECTS_TABLE,
    title: `${ctx.year}年度项目资金实际使用情况表`,
    unit: null, // the header states it once: 金额（元）
    columns: [
      seqColumn(),
      column("name", "预算项目", "text", 30),
      column("budget", "可用指标", "amount", 19),
      column("actual", "实际使用", "amount", 19),
      column("difference", "差额（可用-实际）", "amount", 15, {
        derived: { op: "difference", minuend: "budget", subtrahend: "actual" },
      }),
      column("usageRate", "使用比例（实际/预算）", "percent", 11, {
        derived: { op: "ratio", numerator: "actual", denominator: "budget", percent: true },
      }),
    ],
    header: [
      [
        { text: "序号", rowSpan: 2 },
        { text: "预算项目", rowSpan: 2 },
        { text: "金额（元）", colSpan: 3 },
        { text: "使用比例（实际/预算）", rowSpan: 2 },
      ],
      [{ text: "可用指标" }, { text: "实际使用" }, { text: "差额（可用-实际）" }],
    ],
    rows,
    notes: [tableNote(ctx, PROJECTS_TABLE, "projects")],
  });
}
