import { Decimal } from "@jixiao/core";
import type { DatasetStatus } from "../workspace/workflow.ts";
import { STATUS_LABELS } from "../workspace/workflow.ts";

/** One line of the bureau overview: a department-year with its latest stored evaluation. */
export interface OverviewRow {
  id: string;
  departmentName: string;
  fiscalYear: number;
  status: DatasetStatus;
  /** 总分 as an exact decimal string, or null when not evaluated (待评). */
  score: string | null;
  grade: string | null;
  provisional: boolean;
  findings: { error: number; warning: number; info: number } | null;
  updatedAt: string;
  updatedBy: string;
}

export type SortKey = "departmentName" | "fiscalYear" | "status" | "score" | "errors" | "updatedAt";

export interface OverviewQuery {
  search: string;
  status: DatasetStatus | null;
  fiscalYear: number | null;
  sort: { key: SortKey; desc: boolean };
}

const STATUS_ORDER: DatasetStatus[] = ["draft", "submitted", "inReview", "finalised"];

/** 总分 and 等级 as the overview shows them: "35.43（暂定）", "92.5 优秀", or 待评. */
export function scoreText(row: Pick<OverviewRow, "score" | "grade" | "provisional">): string {
  if (row.score === null) return "待评";
  const score = new Decimal(row.score).toString();
  return row.provisional ? `${score}（暂定）` : `${score} ${row.grade ?? ""}`.trim();
}

function compare(a: OverviewRow, b: OverviewRow, key: SortKey): number {
  switch (key) {
    case "departmentName":
      return a.departmentName.localeCompare(b.departmentName, "zh-CN");
    case "fiscalYear":
      return a.fiscalYear - b.fiscalYear;
    case "status":
      return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
    case "score":
      if (a.score === null) return b.score === null ? 0 : 1;
      if (b.score === null) return -1;
      return new Decimal(a.score).comparedTo(new Decimal(b.score));
    case "errors":
      return (a.findings?.error ?? -1) - (b.findings?.error ?? -1);
    case "updatedAt":
      return a.updatedAt.localeCompare(b.updatedAt);
  }
}

/**
 * The rows that match a search (department name, year, status or grade), a status and a year,
 * sorted by one column; ties keep department then year order. Scores compare exactly; rows
 * without a score (待评) sort last in both directions.
 * @example queryRows(rows, { search: "自然资源", status: null, fiscalYear: 2020, sort: { key: "score", desc: true } })
 */
export function queryRows(rows: readonly OverviewRow[], query: OverviewQuery): OverviewRow[] {
  const needle = query.search.trim();
  const matches = rows.filter(
    (row) =>
      (query.status === null || row.status === query.status) &&
      (query.fiscalYear === null || row.fiscalYear === query.fiscalYear) &&
      (needle === "" ||
        row.departmentName.includes(needle) ||
        String(row.fiscalYear).includes(needle) ||
        STATUS_LABELS[row.status].includes(needle) ||
        (row.grade ?? "").includes(needle)),
  );
  const { key, desc } = query.sort;
  return matches.sort((a, b) => {
    if (key === "score" && (a.score === null || b.score === null)) return compare(a, b, key);
    const primary = compare(a, b, key) * (desc ? -1 : 1);
    return (
      primary ||
      a.departmentName.localeCompare(b.departmentName, "zh-CN") ||
      a.fiscalYear - b.fiscalYear
    );
  });
}
