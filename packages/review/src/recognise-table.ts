import { toGrid } from "./document.ts";
import { parseNumber } from "./numbers.ts";
import type { PlacedTable } from "./structure.ts";

/** The standard tables of a 部门整体支出绩效评价 report that review mode maps into a dataset. */
export type TableKind =
  | "budgetSummary"
  | "expenditure"
  | "allocation"
  | "basicExpenditure"
  | "threePublicBudget"
  | "threePublicYear"
  | "projects"
  | "revenueTargets";

/** Chinese names of the table kinds, for listings and the memo. */
export const TABLE_KIND_NAMES: Record<TableKind, string> = {
  budgetSummary: "预算支出与预算收入（预算规模）表",
  expenditure: "预算支出与实际支出对比表",
  allocation: "预算拨款（到位）与实际支出对比表",
  basicExpenditure: "基本支出明细表",
  threePublicBudget: "“三公”经费预算、决算执行情况表",
  threePublicYear: "“三公”经费与上年比较表",
  projects: "项目支出明细表",
  revenueTargets: "收入任务完成情况表",
};

/** A table read as header and body, with its title and unit, and what kind it is (null: unknown). */
export interface RecognisedTable {
  placed: PlacedTable;
  kind: TableKind | null;
  /** The title it is printed under: its caption row, the line before it, or its kind's name. */
  title: string;
  /** The money unit its amounts are labelled in; 元 when the table says nothing. */
  unit: "元" | "万元";
  /** Where the unit was read ("单位：元", "（单位:万元）", "预算支出（元）", or "默认"). */
  unitSource: string;
  /** One name per grid column: the header rows' texts joined ("可用" + "指标" → "可用指标"). */
  columns: string[];
  /** The body rows as grid texts (rows after the header). */
  body: string[][];
}

const UNIT_LABEL = /单位\s*[:：]?\s*(万元|元)/;

/** True when a cell reads as a figure (amount, percentage or dash). */
function isFigure(text: string): boolean {
  return parseNumber(text) !== null && text.trim() !== "";
}

/** Header rows: the leading rows, after any caption, in which no cell past the second is a figure. */
function splitHeader(grid: string[][]): {
  caption: string | null;
  header: string[][];
  body: string[][];
} {
  let rows = grid;
  let caption: string | null = null;
  const filled = (rows[0] ?? []).filter((t) => t.trim() !== "");
  const only = filled[0] ?? "";
  if (rows.length > 1 && filled.length > 0 && filled.every((t) => t === only) && !isFigure(only)) {
    if ((rows[0]?.length ?? 0) > 1 || filled.length === 1) {
      caption = only.trim();
      rows = rows.slice(1);
    }
  }
  const header: string[][] = [];
  let at = 0;
  while (at < rows.length) {
    const row = rows[at] as string[];
    if (row.slice(2).some(isFigure) || (header.length > 0 && /^\d+$/.test((row[0] ?? "").trim())))
      break;
    header.push(row);
    at++;
    if (header.length >= 3) break;
  }
  return { caption, header, body: rows.slice(at) };
}

function columnNames(header: string[][], width: number): string[] {
  return Array.from({ length: width }, (_, c) => {
    const parts: string[] = [];
    for (const row of header) {
      const t = (row[c] ?? "").trim();
      if (t && parts[parts.length - 1] !== t) parts.push(t);
    }
    return parts.join("");
  });
}

const has = (names: readonly string[], pattern: RegExp) => names.some((n) => pattern.test(n));
const rowNames = (body: string[][]) => body.map((r) => `${r[0] ?? ""}${r[1] ?? ""}`);

/**
 * The kind of a table by its column headers and row names, tolerant of small wording
 * differences: 预算支出/预算收入 → budgetSummary; 到位/拨款 against 使用 → allocation; 三公 items
 * with 预算/决算 → threePublicBudget, with 上年/YYYY年决算 → threePublicYear; rows of 经济分类
 * with a 项目支出 row → expenditure, with 结转结余 and no 项目支出 row → basicExpenditure;
 * 可用指标/预算 and 实际 over named projects → projects; 计划/任务 against 完成/实际 → revenueTargets.
 * @example kindOf(["序号", "项目", "预算支出", "预算收入", "支出-收入"], …) === "budgetSummary"
 */
export function kindOf(
  columns: readonly string[],
  body: readonly string[][],
  context: string,
): TableKind | null {
  const rows = rowNames(body as string[][]);
  const threePublic = rows.some((r) => /公务接待|公务用车|出国/.test(r));
  if (threePublic) {
    if (has(columns, /上年|\d{4}年(度)?决算|同期/)) return "threePublicYear";
    if (has(columns, /预算/) && has(columns, /决算|实际|支出/)) return "threePublicBudget";
  }
  if (has(columns, /预算支出/) && has(columns, /预算收入/)) return "budgetSummary";
  if (has(columns, /到位|拨款|下达/) && has(columns, /使用|实际|支出/)) return "allocation";
  const economic = rows.filter((r) => /工资福利|商品和服务|个人和家庭|资本性|折旧/.test(r)).length;
  const projectRow = rows.some((r) => /项目支出/.test(r));
  if (economic >= 2 && has(columns, /预算/) && has(columns, /实际|决算|使用/)) {
    if (projectRow) return "expenditure";
    return "basicExpenditure";
  }
  if (has(columns, /项目/) && has(columns, /可用|预算|指标|安排/) && has(columns, /实际|使用|支出/))
    return "projects";
  if (has(columns, /计划|任务|目标/) && has(columns, /完成|实际/)) return "revenueTargets";
  if (/基本支出明细/.test(context) && economic >= 2) return "basicExpenditure";
  return null;
}

/** The part of a paragraph that names the table after it: a title line, or “X如下”. */
function titleFrom(before: string | undefined): string | null {
  if (!before) return null;
  const line = before
    .replace(UNIT_LABEL, "")
    .replace(/[（(]\s*[）)]/g, "")
    .trim();
  if (line.length <= 40 && /表|情况/.test(line) && !/[。]$/.test(line))
    return line.replace(/[：:]$/, "");
  if (line.length <= 24 && !/[。，；]/.test(line)) return line.replace(/[：:]$/, "");
  const m = /([^，。；：,]{4,20}?)(?:具体情况)?如下(?:表)?[：:]?\s*$/.exec(line);
  if (m?.[1] && !/^(明细|具体情况)$/.test(m[1])) return m[1].replace(/^.*?(?=[\u4e00-\u9fff])/, "");
  return null;
}

/**
 * Read a placed table: split caption, header rows and body; name every column; read the unit
 * from the caption, the line before the table or the headers (单位：万元, （元）); decide its
 * kind ({@link kindOf}); and give it a title (caption, the line before, else the kind's name).
 * @example recogniseTable(placed).kind === "threePublicBudget" (seed 1.2.1, unit 元 from “单位：元”)
 */
export function recogniseTable(placed: PlacedTable): RecognisedTable {
  const grid = toGrid(placed.table);
  const width = Math.max(0, ...grid.map((r) => r.length));
  const { caption, header, body } = splitHeader(grid);
  const columns = columnNames(header, width);
  const unitTexts: [string, string][] = [
    ["caption", caption ?? ""],
    ["before", (placed.before ?? "").slice(-60)],
  ];
  let unit: "元" | "万元" = "元";
  let unitSource = "默认";
  const labelled = unitTexts.map(([, t]) => UNIT_LABEL.exec(t)).find((m) => m);
  if (labelled?.[1]) {
    unit = labelled[1] as "元" | "万元";
    unitSource = labelled[0];
  } else {
    const inHeader = columns.map((c) => /[（(:：]\s*(万元|元)\s*[）)]?/.exec(c)).find((m) => m);
    if (inHeader?.[1]) {
      unit = inHeader[1] as "元" | "万元";
      unitSource = inHeader[0];
    }
  }
  const context = `${caption ?? ""}${placed.before ?? ""}${placed.subsection ?? ""}`;
  const kind = kindOf(columns, body, context);
  const title =
    caption?.replace(UNIT_LABEL, "").trim() ||
    titleFrom(placed.before) ||
    (kind ? TABLE_KIND_NAMES[kind] : `表${placed.table.index + 1}`);
  return { placed, kind, title, unit, unitSource, columns, body };
}
