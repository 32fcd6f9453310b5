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

/** Build the context once per report. */
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

/** The department's 注 for a table, from dataset.narrative.tableNotes keyed by the table id. */
export function tableNote(ctx: ModelContext, tableId: string): string | undefined {
  const note = ctx.dataset.narrative.tableNotes[tableId];
  if (!note || note.trim() === "") return undefined;
  const trimmed = note.trim();
  return /^注[：:]/.test(trimmed) ? trimmed : `注：${trimmed}`;
}
