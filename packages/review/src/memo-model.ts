import { DIAGNOSIS_NAMES, SEVERITY_LABELS, type Severity } from "@jixiao/core";
import type { Audit, AuditedFinding } from "./audit.ts";
import { TABLE_KIND_NAMES } from "./recognise-table.ts";

/** One finding as the memo prints it. */
export interface MemoFinding {
  n: number;
  severity: Severity;
  label: string;
  rule: string;
  message: string;
  quotes: string[];
}

/** The 复核意见 as a format-neutral model: Markdown and DOCX both walk it. */
export interface MemoModel {
  title: string;
  source: string;
  summary: string;
  findings: MemoFinding[];
  missing: string[];
  tables: { title: string; kind: string; unit: string; rows: number }[];
  notes: string[];
  unlinked: { place: string; figure: string; quote: string }[];
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** “第二部分1.2” style place of an unlinked figure, from its section and sub-heading. */
function placeOfFigure(section: string, subsection: string | null | undefined): string {
  const m = /^([一二三四五六七八九十]{1,2})、/.exec(section);
  const part = m ? `第${m[1]}部分` : section;
  return subsection ? `${part} ${subsection}` : part;
}

/** One audited finding as the memo prints it (numbered later). */
function memoFinding({ finding, quotes }: AuditedFinding): Omit<MemoFinding, "n"> {
  return {
    severity: finding.severity,
    label: SEVERITY_LABELS[finding.severity],
    rule: `${finding.title}（${finding.ruleId}${finding.diagnosis ? `，${DIAGNOSIS_NAMES[finding.diagnosis]}` : ""}）`,
    message: finding.message,
    quotes,
  };
}

/**
 * The memo of an audit: a title naming the department and year, a one-line count of findings,
 * every finding (numbered, by severity) with the report's words it comes from, what the report
 * never gives (for the reviewer to ask for), the tables read (recognised or not), rows that could
 * not be placed, and the figures that name no quantity.
 * @example memoModel(audit).summary === "错误 9 · 警告 31 · 提示 8（共 48 条）" (seed)
 */
export function memoModel(audit: Audit): MemoModel {
  const { department } = audit.extraction.dataset;
  const count = (s: Severity) => audit.findings.filter((f) => f.finding.severity === s).length;
  const summary = `${SEVERITIES.map((s) => `${SEVERITY_LABELS[s]} ${count(s)}`).join(" · ")}（共 ${audit.findings.length} 条）`;
  // A table disagreement leads, with the findings it causes right after it (one problem, not many).
  const grouped = new Set(audit.disagreements.flatMap((d) => d.caused));
  const items: Omit<MemoFinding, "n">[] = [];
  for (const d of audit.disagreements) {
    items.push({
      severity: "error",
      label: SEVERITY_LABELS.error,
      rule: "两表数字不一致（review.table-disagreement） / tables disagree",
      message: d.message,
      quotes: [d.dataQuote, d.statedQuote],
    });
    for (const k of d.caused) {
      const f = audit.findings[k];
      if (f)
        items.push({
          ...memoFinding(f),
          message: `（由上条两表不一致引起 / follows from it）${f.finding.message}`,
        });
    }
  }
  for (const s of SEVERITIES)
    for (const [k, f] of audit.findings.entries())
      if (f.finding.severity === s && !grouped.has(k)) items.push(memoFinding(f));
  const causedCount = grouped.size;
  const groupNote =
    audit.disagreements.length > 0
      ? `；其中 ${causedCount} 条由 ${audit.disagreements.length} 处两表不一致引起 / ${causedCount} follow from ${audit.disagreements.length} table disagreement(s)`
      : "";
  return {
    title: `关于《${department.name}${department.fiscalYear}年度部门整体支出绩效评价报告》的复核意见`,
    source: audit.source,
    summary: `${summary}${groupNote}`,
    findings: items.map((f, i) => ({ n: i + 1, ...f })),
    missing: audit.extraction.missing,
    tables: audit.extraction.tables.map((t) => ({
      title: t.title,
      kind: t.kind ? TABLE_KIND_NAMES[t.kind] : "未识别（已列出，未读入数据） / not recognised",
      unit: audit.extraction.mislabelledTables.includes(t.title) ? `标注${t.unit}，实为元` : t.unit,
      rows: t.body.length,
    })),
    notes: audit.extraction.notes,
    unlinked: audit.extraction.figures
      .filter((f) => f.figure.refersTo === null && f.source.kind === "sentence")
      .map((f) => ({
        place: placeOfFigure(f.figure.location.section, f.figure.location.subsection),
        figure: f.figure.text,
        quote: f.figure.location.quote ?? "",
      })),
  };
}
