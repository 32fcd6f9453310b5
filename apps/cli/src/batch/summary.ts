import { formatTextTable } from "../table.ts";
import type { SummaryRow } from "./render-dataset.ts";

/** A dataset the batch could not report, and why (file + JSON path + bilingual problem). */
export interface BatchFailure {
  source: string;
  problem: string;
}

/** The batch's account: every report written, every failure, and the time taken. */
export interface BatchSummary {
  rows: SummaryRow[];
  failures: BatchFailure[];
  /** Wall time of the batch, in milliseconds (informational). */
  elapsedMs: number;
}

const SEVERITIES = ["error", "warning", "info"] as const;

/** "92.50", "52.13（暂定）" or "—". */
function shownScore(row: SummaryRow): string {
  if (row.score === null) return "—";
  return row.provisional ? `${row.score}（暂定）` : row.score;
}

/** "优秀", or "待评" while provisional, or "—". */
function shownGrade(row: SummaryRow): string {
  return row.grade ?? (row.provisional ? "待评" : "—");
}

/**
 * The summary as a terminal table: 部门, 年度, 得分, 等级, and findings by severity (错误/警告/提示),
 * one line per dataset in input order.
 * @example formatSummaryTable(rows) // "部门 / department   年度 …\n────…\n桃江县自然资源局  2020 …"
 */
export function formatSummaryTable(rows: readonly SummaryRow[]): string {
  return formatTextTable(
    [
      { header: "部门 / department", wrap: true },
      { header: "年度 / year", align: "right" },
      { header: "得分 / score", align: "right" },
      { header: "等级 / grade" },
      { header: "错误 / errors", align: "right" },
      { header: "警告 / warnings", align: "right" },
      { header: "提示 / info", align: "right" },
    ],
    rows.map((r) => [
      r.department,
      String(r.fiscalYear),
      shownScore(r),
      shownGrade(r),
      ...SEVERITIES.map((s) => String(r.findings[s])),
    ]),
    { maxWidth: 120 },
  );
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * summary.csv: a header, then one line per dataset (source, department, year, score,
 * provisional, grade, errors, warnings, info, files joined by ";") and one per failure (source,
 * then the problem in the last column). UTF-8 with a byte-order mark, so Excel and WPS open the
 * Chinese correctly; CRLF line ends (RFC 4180). Paths are written as given: runBatch passes them
 * relative to the out folder (see relativeToOut in run-batch.ts).
 * @example summaryCsv({ rows, failures: [], elapsedMs: 0 }).split("\r\n")[0] // "\uFEFFsource,department,…"
 */
export function summaryCsv(summary: BatchSummary): string {
  const header = [
    "source",
    "department",
    "fiscalYear",
    "score",
    "provisional",
    "grade",
    "errors",
    "warnings",
    "info",
    "files",
    "status",
    "problem",
  ];
  const lines = [
    header,
    ...summary.rows.map((r) => [
      r.source,
      r.department,
      String(r.fiscalYear),
      r.score ?? "",
      String(r.provisional),
      r.grade ?? "",
      ...SEVERITIES.map((s) => String(r.findings[s])),
      r.files.join(";"),
      "ok",
      "",
    ]),
    ...summary.failures.map((f) => [
      f.source,
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "failed",
      f.problem,
    ]),
  ];
  return `\uFEFF${lines.map((l) => l.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/**
 * summary.json: `{ reports: SummaryRow[], failures: BatchFailure[], counts }`, pretty-printed.
 * Scores are decimal strings (never JS numbers).
 */
export function summaryJson(summary: BatchSummary): string {
  return `${JSON.stringify(
    {
      counts: { reports: summary.rows.length, failures: summary.failures.length },
      reports: summary.rows,
      failures: summary.failures,
    },
    null,
    2,
  )}\n`;
}
