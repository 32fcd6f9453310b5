import { z } from "zod";
import { Id, OptionalAmount } from "./primitives.ts";

const text = z.string({ error: "应为文本 / expected text" });

/**
 * One budget line of a year: its original approved budget (年初预算, the budget PEFA compares
 * against) and its outturn (决算/实际), 元. `code` matches the same line across years
 * (an ExpenseItem, a RevenueSource, or any stable id).
 */
export const HistoryLine = z.strictObject({
  code: Id,
  name: text.min(1),
  originalBudget: OptionalAmount,
  actual: OptionalAmount,
});
export type HistoryLine = z.infer<typeof HistoryLine>;

/** One fiscal year's budget and outturn, by expenditure line and by revenue line. */
export const HistoryYear = z.strictObject({
  fiscalYear: z.number().int().min(2000).max(2100),
  /** Where the figures come from, e.g. "2019年度部门决算公开". */
  source: text.nullish(),
  expenditure: z.array(HistoryLine).default([]),
  revenue: z.array(HistoryLine).default([]),
  note: text.nullish(),
});
export type HistoryYear = z.infer<typeof HistoryYear>;

/**
 * Optional multi-year block (PEFA PI-1 … PI-3 use the last three years): prior years' budget and
 * outturn, and optionally the current year's original budget when the main tables carry the
 * adjusted one. A year listed here replaces what the main tables give for that year.
 */
export const History = z.strictObject({ years: z.array(HistoryYear).default([]) });
export type History = z.infer<typeof History>;
