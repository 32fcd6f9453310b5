import { type Evaluation, evaluate, type Finding, type Severity } from "@jixiao/core";
import { type InputIssue, safeParseDataset } from "@jixiao/core/schema";
import { parsePath, pathText } from "../grid/paths.ts";

/** What the browser knows about a draft: the schema issues, and the evaluation when it is valid. */
export interface LiveResult {
  issues: InputIssue[];
  /** core's evaluate() of the draft; null while the draft has schema issues. */
  evaluation: Evaluation | null;
}

/**
 * Validate a draft with core's zod schema and, when valid, evaluate it with core (indicators and
 * 勾稽校验 findings) — the same functions the server runs, so the browser and server agree.
 * @example liveResult(taojiang2020).evaluation?.findings.length // 48
 */
export function liveResult(draft: unknown): LiveResult {
  const parsed = safeParseDataset(draft);
  if (!parsed.ok) return { issues: parsed.issues, evaluation: null };
  return { issues: [], evaluation: evaluate(parsed.dataset) };
}

/**
 * The Chinese part of a bilingual message ("“abc”不是金额… / 'abc' is not …" → "“abc”不是金额…").
 * @example chinesePart("缺少必填字段 / required field is missing") === "缺少必填字段"
 */
export function chinesePart(message: string): string {
  const at = message.indexOf(" / ");
  return at === -1 ? message : message.slice(0, at);
}

/**
 * Schema issues by the JSON path of the cell they are about, messages in Chinese. Paths are
 * normalised the way the grid writes them.
 * @example issuesByPath([{ path: "threePublicExpenses[0].actual", message: "“abc”不是金额… / …" }]).get("threePublicExpenses[0].actual")
 */
export function issuesByPath(issues: readonly InputIssue[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const issue of issues) {
    const key = pathText(parsePath(issue.path));
    map.set(key, [...(map.get(key) ?? []), chinesePart(issue.message)]);
  }
  return map;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The most severe finding that names each dataset path (finding locations with a `path`).
 * @example findingMarks(evaluation.findings).get("threePublicExpenses[1].budget")?.severity === "warning" // 无预算支出
 */
export function findingMarks(
  findings: readonly Finding[],
): Map<string, { severity: Severity; title: string }> {
  const map = new Map<string, { severity: Severity; title: string }>();
  for (const finding of findings) {
    for (const location of finding.locations) {
      if (!location.path || location.path.includes("*")) continue;
      const key = pathText(parsePath(location.path));
      const seen = map.get(key);
      if (!seen || RANK[finding.severity] < RANK[seen.severity])
        map.set(key, { severity: finding.severity, title: finding.title });
    }
  }
  return map;
}

/** Findings counted by severity. */
export function countBySeverity(
  findings: readonly Pick<Finding, "severity">[],
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
