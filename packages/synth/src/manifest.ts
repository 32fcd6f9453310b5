import { z } from "zod";

/**
 * The kinds of inconsistency the generator injects, each with the 勾稽校验 rule that must find it:
 * - rowSum: a table's stated 合计 off by an amount → table.row-sum;
 * - truncatedRate: a stated rate cut (截尾) instead of rounded (四舍五入) → stated.rate;
 * - unitSlip: a 万元 restatement written with the 元 digits → stated.restatement;
 * - statedAmount: an amount in the text that disagrees with its table → stated.amount;
 * - noBudgetLine: "三公"经费 spent on an item with no budget → budget.no-budget-line;
 * - staffingCount: 在职人数 by type that do not add up to 在职人数 → staffing.consistency;
 * - crossTable: one 基本支出 line with different amounts in two tables → table.cross-table.
 */
export const InconsistencyKind = z.enum([
  "rowSum",
  "truncatedRate",
  "unitSlip",
  "statedAmount",
  "noBudgetLine",
  "staffingCount",
  "crossTable",
]);
export type InconsistencyKind = z.infer<typeof InconsistencyKind>;

/** The rule id expected to report each kind. */
export const EXPECTED_RULE: Record<InconsistencyKind, string> = {
  rowSum: "table.row-sum",
  truncatedRate: "stated.rate",
  unitSlip: "stated.restatement",
  statedAmount: "stated.amount",
  noBudgetLine: "budget.no-budget-line",
  staffingCount: "staffing.consistency",
  crossTable: "table.cross-table",
};

/** Where an injected inconsistency is: a stated figure's id, or a JSON path into the dataset. */
export const InjectionLocation = z.strictObject({
  statedFigureId: z.string().optional(),
  path: z.string().optional(),
});

/** One injected inconsistency, as the sidecar manifest records it. */
export const ManifestEntry = z.strictObject({
  /** The dataset file name, e.g. "0007-anhua-education-2021.json". */
  file: z.string().min(1),
  kind: InconsistencyKind,
  location: InjectionLocation,
  /** The 勾稽校验 rule expected to report it. */
  ruleId: z.string().min(1),
  /** What was changed, in Chinese and English. */
  description: z.string(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

/** The sidecar manifest.json written beside generated datasets. */
export const Manifest = z.strictObject({
  generator: z.literal("@jixiao/synth"),
  version: z.literal(1),
  seed: z.union([z.number().int(), z.string()]),
  count: z.number().int().nonnegative(),
  inconsistencyShare: z.number().min(0).max(1),
  files: z.array(z.string()),
  injections: z.array(ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;
