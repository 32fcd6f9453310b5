import { dec, type Evaluation } from "@jixiao/core";
import type { Finding } from "@jixiao/core/checks";
import type { Indicator } from "@jixiao/core/metrics";
import type { EvaluationDetail, EvaluationRecord, FindingRecord } from "@jixiao/store";
import {
  type JsonIndicator,
  type JsonScoreSheet,
  toJsonFinding,
  toJsonIndicator,
  toJsonScoreSheet,
} from "./serialize.ts";

/**
 * What evaluations.run and evaluations.get answer (schemas/evaluation.ts EvaluationResultSchema,
 * whose fields and order the builders below follow: the answer is not checked against it at run
 * time, evaluation-result.test.ts checks that it would pass unchanged).
 */
export interface EvaluationResult {
  department: { name: string; fiscalYear: number };
  indicators: JsonIndicator[];
  findings: Finding[];
  /** The stored evaluation; null for a posted dataset (evaluated, not stored). */
  evaluation: EvaluationRecord | null;
  scoreSheet: JsonScoreSheet | null;
}

/**
 * The result of a core `evaluate` (a posted dataset, not stored): indicators with their exact
 * values and display text, findings, and the 评分表 when a framework was applied.
 * @example previewResult(evaluate(taojiang)).indicators.find((i) => i.key === "threePublicExpenses.controlRate.total")?.display // "10.28%"
 */
export function previewResult(evaluation: Evaluation): EvaluationResult {
  return {
    department: { name: evaluation.department.name, fiscalYear: evaluation.department.fiscalYear },
    indicators: evaluation.indicators.map(toJsonIndicator),
    findings: evaluation.findings.map(toJsonFinding),
    evaluation: null,
    scoreSheet: evaluation.scoreSheet ? toJsonScoreSheet(evaluation.scoreSheet) : null,
  };
}

type StoredValue = string | number | null | undefined | { toString(): string };

/** A stored indicator (JSON: exact values as strings) back to a core Indicator. */
function revive(stored: Record<string, unknown>): Indicator {
  const value = (v: StoredValue) => (v === null || v === undefined ? null : dec(String(v)));
  const inputs = Array.isArray(stored.inputs) ? (stored.inputs as Record<string, unknown>[]) : [];
  return {
    ...(stored as unknown as Indicator),
    value: value(stored.value as StoredValue),
    inputs: inputs.map((input) => ({
      ...(input as unknown as Indicator["inputs"][number]),
      value: value(input.value as StoredValue),
    })),
  };
}

/**
 * The result of a stored evaluation: its record, the department-year, the stored indicators
 * (exact strings, with the display text recomputed by the report's one formatter) and findings,
 * and the stored 评分表 as it was kept.
 */
export function storedResult(
  detail: EvaluationDetail,
  findings: readonly FindingRecord[],
  department: { name: string; fiscalYear: number },
): EvaluationResult {
  const { scoreSheet, indicators, ...evaluation } = detail;
  const list = Array.isArray(indicators) ? (indicators as Record<string, unknown>[]) : [];
  return {
    department: { name: department.name, fiscalYear: department.fiscalYear },
    indicators: list.map((stored) => toJsonIndicator(revive(stored))),
    findings: [...findings]
      .sort((a, b) => a.seq - b.seq)
      .map((f) => toJsonFinding(f.detail as Finding)),
    evaluation,
    scoreSheet: (scoreSheet ?? null) as JsonScoreSheet | null,
  };
}
