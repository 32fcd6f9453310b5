import { SHEET_SPECS, type SheetSpec } from "@jixiao/report/xlsx/sheet-specs";
import { type GridModel, sheetGrids } from "../grid/grid-model.ts";
import { type Path, parsePath, pathText } from "../grid/paths.ts";

/** One tab of the department-year workspace: the 基础数据表 sheets it shows. */
export interface WorkspaceTab {
  id: string;
  label: string;
  sheets: readonly string[];
  /** Indicator key prefixes the side panel shows first on this tab. */
  indicators: readonly string[];
}

/**
 * The workspace tabs, in the order of the 基础数据表: 部门概况 · 人员 · 收入 · 支出 · 三公经费 ·
 * 公用经费 · 项目 · 收入任务 · 产出与效益 · 满意度. Each names the workbook sheets
 * (@jixiao/report SHEET_SPECS) it edits, so a column is defined once for the workbook and the web.
 */
export const WORKSPACE_TABS: readonly WorkspaceTab[] = [
  { id: "profile", label: "部门概况", sheets: ["部门信息", "预算单位"], indicators: ["profile"] },
  { id: "staffing", label: "人员", sheets: ["人员", "人员分类"], indicators: ["staffing"] },
  { id: "revenue", label: "收入", sheets: ["收入", "预算规模"], indicators: ["revenue", "budget"] },
  {
    id: "expenditure",
    label: "支出",
    sheets: ["支出", "到位与使用", "基本支出明细"],
    indicators: ["expenditure", "allocation", "basicExpenditure", "budgetExecution"],
  },
  {
    id: "threePublic",
    label: "三公经费",
    sheets: ["三公经费"],
    indicators: ["threePublicExpenses"],
  },
  {
    id: "operating",
    label: "公用经费",
    sheets: ["公用经费及其他"],
    indicators: ["operatingExpenses", "procurement", "fixedAssets", "budgetStages"],
  },
  {
    id: "projects",
    label: "项目",
    sheets: ["项目支出"],
    indicators: ["projects", "keyExpenditure"],
  },
  { id: "revenueTargets", label: "收入任务", sheets: ["收入目标"], indicators: ["revenueTargets"] },
  {
    id: "performance",
    label: "产出与效益",
    sheets: ["绩效指标"],
    indicators: ["performance"],
  },
  { id: "satisfaction", label: "满意度", sheets: ["满意度"], indicators: ["satisfaction"] },
];

function specByName(name: string): Exclude<SheetSpec, { kind: "paths" }> {
  const spec = SHEET_SPECS.find((s) => s.name === name);
  if (!spec || spec.kind === "paths") throw new Error(`基础数据表没有名为“${name}”的表`);
  return spec;
}

/** The grids of one tab over a draft. */
export function tabGrids(tab: WorkspaceTab, draft: unknown): GridModel[] {
  return tab.sheets.flatMap((name) => sheetGrids(specByName(name), draft));
}

/** A cell of the workspace: which tab, which grid, which row and column. */
export interface CellTarget {
  tabId: string;
  gridId: string;
  row: number;
  col: number;
}

/**
 * Where a dataset path is edited in the workspace: the cell whose path it is, or for a row path
 * ("projects[7]") the row's first cell, or for a column over every row ("expenditure[*].actual")
 * the first row's cell. Paths the grids do not show (narrative text, stated figures) give null.
 * @example locatePath("threePublicExpenses[0].actual", draft) // { tabId: "threePublic", gridId: "三公经费", row: 0, col: 3 }
 */
export function locatePath(path: string, draft: unknown): CellTarget | null {
  const wanted = parsePath(path).map((step) => (step === "*" ? 0 : step));
  const text = pathText(wanted);
  let rowHit: CellTarget | null = null;
  for (const tab of WORKSPACE_TABS) {
    for (const grid of tabGrids(tab, draft)) {
      for (const [r, row] of grid.rows.entries()) {
        for (const [c, cell] of row.cells.entries()) {
          if (cell.kind === "value" && pathText(cell.path) === text)
            return { tabId: tab.id, gridId: grid.id, row: r, col: c };
        }
        if (rowHit === null && row.path && isUnder(wanted, row.path))
          rowHit = { tabId: tab.id, gridId: grid.id, row: r, col: 0 };
      }
    }
  }
  return rowHit;
}

function isUnder(path: Path, row: Path): boolean {
  return row.length <= path.length && row.every((step, i) => path[i] === step);
}

/**
 * The first location of a finding (or issue) that the workspace can show, tried in order.
 * @example locateFirst(["s-1-operating-budget", "expenditure[1].budget"], draft)?.tabId === "expenditure"
 */
export function locateFirst(paths: readonly string[], draft: unknown): CellTarget | null {
  for (const path of paths) {
    const hit = locatePath(path, draft);
    if (hit) return hit;
  }
  return null;
}

/**
 * Where a path is, in words a user knows: "三公经费 › 三公经费 第1行 决算数（元）", or the JSON path
 * itself when no grid shows it.
 * @example describePath("threePublicExpenses[0].actual", draft) === "三公经费 › 三公经费 第1行 决算数"
 */
export function describePath(path: string, draft: unknown): string {
  const target = locatePath(path, draft);
  if (!target) return path;
  const tab = WORKSPACE_TABS.find((t) => t.id === target.tabId);
  const grid = tab ? tabGrids(tab, draft).find((g) => g.id === target.gridId) : undefined;
  if (!tab || !grid) return path;
  if (grid.kind === "keyValue") {
    const label = grid.rows[target.row]?.cells[0];
    return `${tab.label} › ${grid.title} ${label?.kind === "label" ? label.text : ""}`.trim();
  }
  const exact = parsePath(path).length > (grid.arrayPath?.length ?? 0) + 1;
  const column = exact ? ` ${grid.columns[target.col]?.header ?? ""}` : "";
  return `${tab.label} › ${grid.title} 第${target.row + 1}行${column}`;
}
