import {
  type Dataset,
  DIAGNOSIS_NAMES,
  dec,
  type Finding,
  type FindingLocation,
  formatYuan,
  SEVERITY_LABELS,
  type Severity,
} from "@jixiao/core";
import { column, seqColumn, table } from "../blocks.ts";
import { blankCell, textCell } from "../cells.ts";
import type { ModelContext } from "../context.ts";
import type { TableBlock, TableRow } from "../types.ts";
import { datasetPathText } from "./dataset-path.ts";

/** Table id of 数据一致性核查结果. */
export const FINDINGS_TABLE = "findings";

/** Chinese names of finding severities (core's SEVERITY_LABELS: 错误, 警告, 提示). */
export const SEVERITY_NAMES: Record<Severity, string> = SEVERITY_LABELS;

/** The rule cell: title, rule id and, when it says more than “不符”, the diagnosis. */
function ruleText(f: Finding): string {
  const diagnosis =
    f.diagnosis && f.diagnosis !== "mismatch" && f.diagnosis !== "match"
      ? `：${DIAGNOSIS_NAMES[f.diagnosis]}`
      : "";
  return `${f.title}（${f.ruleId}）${diagnosis}`;
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
export function locationText(location: FindingLocation, dataset?: Dataset): string {
  const parts = [location.section, location.table, location.row, location.column].filter(
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

/**
 * A finding's value with its unit, as the seed would print it: 元 amounts with thousands
 * separators and 2 places ("-735,715.28元"), other units appended as written ("99.84%").
 * @example findingValueText("-735715.28", "元") === "-735,715.28元" // seed 1.2.1
 */
export function findingValueText(value: string | undefined, unit: string | undefined): string {
  if (value === undefined || value.trim() === "") return "";
  const numeric = /^-?\d+(\.\d+)?$/.test(value.trim());
  if (numeric && unit === "元") return `${formatYuan(dec(value.trim()))}元`;
  if (!numeric || !unit) return value;
  return `${value}${unit}`;
}

/**
 * 数据一致性核查结果表: one row per finding of `evaluation.findings`, sorted by severity, with
 * the rule (Chinese title, id and diagnosis such as 截尾而非四舍五入), the locations, the stated value, the recomputed value and the
 * Chinese explanation.
 * @example findingsTable(ctx).rows[0].cells[1] // { kind: "text", text: "错误" }
 */
export function findingsTable(ctx: ModelContext): TableBlock {
  const rows: TableRow[] = sortFindings(ctx.evaluation.findings).map((f, i) => ({
    cells: [
      textCell(String(i + 1)),
      textCell(SEVERITY_NAMES[f.severity], { align: "center" }),
      textCell(ruleText(f)),
      textCell(
        f.locations
          .map((l) => locationText(l, ctx.dataset))
          .filter((t) => t !== "")
          .join("；"),
      ),
      f.stated === undefined
        ? blankCell()
        : textCell(findingValueText(f.stated, f.unit), { align: "right" }),
      f.expected === undefined
        ? blankCell()
        : textCell(findingValueText(f.expected, f.unit), { align: "right" }),
      textCell(f.message),
    ],
  }));
  return table({
    id: FINDINGS_TABLE,
    title: "数据一致性核查结果",
    unit: null,
    columns: [
      seqColumn(),
      column("severity", "级别", "text", 7, { align: "center" }),
      column("rule", "规则", "text", 14),
      column("location", "位置", "text", 22),
      column("stated", "所述值", "text", 12, { align: "right" }),
      column("expected", "重算值", "text", 12, { align: "right" }),
      column("message", "说明", "text", 30),
    ],
    rows,
  });
}
