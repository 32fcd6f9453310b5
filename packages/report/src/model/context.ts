import type { Dataset, Evaluation } from "@jixiao/core";
import { type IndicatorLookup, lookupIndicators } from "./indicators.ts";
import type { BuildReportOptions } from "./types.ts";

/** What every section and table builder reads: the evaluation, its dataset and its indicators. */
export interface ModelContext {
  evaluation: Evaluation;
  dataset: Dataset;
  ind: IndicatorLookup;
  /** The fiscal year evaluated. */
  year: number;
  options: BuildReportOptions;
}

/**
 * Build the context once per report.
 * @example modelContext(evaluate(taojiang)).year === 2020
 */
export function modelContext(
  evaluation: Evaluation,
  options: BuildReportOptions = {},
): ModelContext {
  return {
    evaluation,
    dataset: evaluation.dataset,
    ind: lookupIndicators(evaluation),
    year: evaluation.department.fiscalYear,
    options,
  };
}

/**
 * The department's 注 for a table, from `dataset.narrative.tableNotes`, keyed by the table id
 * ("budget-summary") or by the dataset block the table shows ("budgetSummary"); the first key
 * present wins. "注：" is added when the note lacks it.
 * @example tableNote(ctx, "basic-expenditure", "basicExpenditure") === "注：差异原因为折旧费没有纳入预算金额中。" // seed 1.1
 */
export function tableNote(ctx: ModelContext, ...keys: string[]): string | undefined {
  const notes = ctx.dataset.narrative.tableNotes;
  const note = keys.map((k) => notes[k]).find((n) => n !== undefined);
  if (!note || note.trim() === "") return undefined;
  const trimmed = note.trim();
  return /^注[：:]/.test(trimmed) ? trimmed : `注：${trimmed}`;
}
