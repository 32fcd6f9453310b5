import {
  type Dataset,
  DIAGNOSIS_NAMES,
  dec,
  type Finding,
  type FindingLocation,
  formatWanYuan,
  formatYuan,
  SEVERITY_LABELS,
  type Severity,
} from "@jixiao/core";
import { column, seqColumn, table } from "../blocks.ts";
import { blankCell, textCell } from "../cells.ts";
import type { ModelContext } from "../context.ts";
import { basicDataTables } from "../sections/annex-basic-data.ts";
import type { TableBlock, TableRow } from "../types.ts";
import { datasetPathText } from "./dataset-path.ts";

/** Table id of 数据一致性核查结果. */
export const FINDINGS_TABLE = "findings";

/** Chinese names of finding severities (core's SEVERITY_LABELS: 错误, 警告, 提示). */
export const SEVERITY_NAMES: Record<Severity, string> = SEVERITY_LABELS;

/**
 * The rule cell, in Chinese only: the rule's title and, when it says more than “不符”, the
 * diagnosis (the rule id stays in the data, not in the report body).
 * @example ruleText(finding) === "比率核对：截尾而非四舍五入" // seed 四、 预算完成率 99.84%
 */
export function ruleText(f: Pick<Finding, "title" | "diagnosis">): string {
  const diagnosis =
    f.diagnosis && f.diagnosis !== "mismatch" && f.diagnosis !== "match"
      ? `：${DIAGNOSIS_NAMES[f.diagnosis]}`
      : "";
  return `${f.title}${diagnosis}`;
}

/**
 * The report's names of the tables core's checks name by default (core's DEFAULT_TABLE_TITLES,
 * used when no printed table names them): the seed's titles as this report prints them, and for
 * the revenue lines, which the seed prints in no table, the 基础数据表 annex's table.
 * @example reportTableNames(ctx)["收入数据（按来源）"] === "附件1 表5　收入情况"
 */
export function reportTableNames(ctx: ModelContext): Record<string, string> {
  const y = ctx.year;
  const revenue = basicDataTables(ctx).find((t) => t.id === "basic-revenue");
  return {
    部门整体支出预算表: `${y}年度预算支出与预算收入对比表`,
    "收入数据（按来源）": revenue ? `附件1 ${revenue.title}` : "附件1 收入情况",
    预算支出与实际支出对比表: "预算支出与实际支出对比表（一）",
    预算拨款与实际支出对比表: "预算拨款与实际支出对比表（二）",
    基本支出明细: `${y}年度基本支出明细表`,
    三公经费预算决算执行情况: `${y}年度“三公经费”预算、决算执行情况`,
    项目支出明细: `${y}年度项目资金实际使用情况表`,
    非税收入等收入任务: `${y}年度非税收入及收入目标完成情况表`,
  };
}

/** Replace core's default table titles, quoted “…” in a message, by the report's names. */
function renameQuoted(text: string, names: Record<string, string>): string {
  return text.replace(/“([^“”]+)”/g, (whole, title: string) =>
    names[title] ? `“${names[title]}”` : whole,
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings sorted by severity (错误, 警告, 提示), keeping the rules' order within a severity.
 * @example sortFindings([info, error])[0] === error
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/**
 * One location as words: "二、… › 预算拨款与实际支出对比表（二） › 合计 › 差额", or its quote; a
 * location given only as a dataset path reads as 基础数据 and the path in words when the dataset is
 * given ("基础数据 › 支出情况 › 工资福利费用 › 预算数"), else the path as written.
 * @example locationText({ section: "四、部门整体支出绩效情况", quote: "预算完成率为99.84%" }) === "四、部门整体支出绩效情况 › “预算完成率为99.84%”"
 */
export function locationText(
  location: FindingLocation,
  dataset?: Dataset,
  tableNames: Record<string, string> = {},
): string {
  const table = location.table ? (tableNames[location.table] ?? location.table) : undefined;
  const parts = [location.section, table, location.row, location.column].filter(
    (p): p is string => typeof p === "string" && p.trim() !== "",
  );
  if (location.quote) parts.push(`“${location.quote}”`);
  if (parts.length === 0 && location.path) {
    parts.push(dataset ? `基础数据 › ${datasetPathText(dataset, location.path)}` : location.path);
  }
  if (parts.length === 0 && location.statedFigureId)
    parts.push(`所述数字 ${location.statedFigureId}`);
  return parts.join(" › ");
}

const NUMERIC = /^-?\d+(\.(\d+))?$/;

/** Decimal places a number is written with ("481.90" → 2); 0 for non-numbers. */
function placesOf(value: string | undefined): number {
  return NUMERIC.exec(value?.trim() ?? "")?.[2]?.length ?? 0;
}

/**
 * A finding's value with its unit, in one format: 元 amounts with thousands separators and 2
 * places ("-735,715.28元"); 万元 with thousands separators and the stated places (at least, so
 * that a recomputed digit is never hidden: "1,645.68万元" beside "481.90万元", "68,223.7464万元"
 * beside "68,223.7465万元"); other units appended as written ("99.84%", "2386.7亩").
 * @example findingValueText("1645.68", "万元", "1645.68") === "1,645.68万元" // seed 一、（二） 日常公用经费
 */
export function findingValueText(
  value: string | undefined,
  unit: string | undefined,
  stated?: string,
): string {
  if (value === undefined || value.trim() === "") return "";
  const v = value.trim();
  const numeric = NUMERIC.test(v);
  if (numeric && unit === "元") return `${formatYuan(dec(v))}元`;
  if (numeric && unit === "万元") {
    const places = Math.max(placesOf(v), placesOf(stated));
    return `${formatWanYuan(dec(v).times(10000), places)}万元`;
  }
  if (!numeric || !unit) return value;
  return `${value}${unit}`;
}

/**
 * 数据一致性核查结果表: one row per finding of `evaluation.findings`, sorted by severity, with
 * the rule (Chinese title and diagnosis such as 截尾而非四舍五入; no rule id), the locations (tables
 * under the report's names), the stated value, the recomputed value (one number format) and the
 * Chinese explanation.
 * @example findingsTable(ctx).rows[0].cells[1] // { kind: "text", text: "错误" }
 */
export function findingsTable(ctx: ModelContext): TableBlock {
  const names = reportTableNames(ctx);
  const rows: TableRow[] = sortFindings(ctx.evaluation.findings).map((f, i) => ({
    cells: [
      textCell(String(i + 1)),
      textCell(SEVERITY_NAMES[f.severity], { align: "center" }),
      textCell(ruleText(f)),
      textCell(
        f.locations
          .map((l) => locationText(l, ctx.dataset, names))
          .filter((t) => t !== "")
          .join("；"),
      ),
      f.stated === undefined
        ? blankCell()
        : textCell(findingValueText(f.stated, f.unit, f.stated), { align: "right" }),
      f.expected === undefined
        ? blankCell()
        : textCell(findingValueText(f.expected, f.unit, f.stated), { align: "right" }),
      textCell(renameQuoted(f.message, names)),
    ],
  }));
  return table({
    id: FINDINGS_TABLE,
    title: "数据一致性核查结果",
    unit: null,
    columns: [
      seqColumn(),
      column("severity", "级别", "text", 6, { align: "center" }),
      column("rule", "规则", "text", 10),
      column("location", "位置", "text", 24),
      column("stated", "所述值", "text", 17, { align: "right" }),
      column("expected", "重算值", "text", 17, { align: "right" }),
      column("message", "说明", "text", 30),
    ],
    rows,
  });
}
