import type { Indicator } from "../metrics/types.ts";
import type { Dataset } from "../schema/dataset.ts";
import type { Finding, Severity } from "./types.ts";

/**
 * One 勾稽校验 rule: a stable id, the highest severity it reports, a Chinese and an English
 * title, and a pure function from a dataset and its indicators to findings. A rule may report
 * a finding at a lower severity than its own (e.g. 截尾 as a warning under an error rule).
 */
export interface Rule {
  /** Stable id, e.g. "stated.rate"; never renamed, since reviewers filter by it. */
  id: string;
  severity: Severity;
  title: string;
  titleEn: string;
  /** What the rule checks, in one Chinese sentence. */
  description: string;
  check(dataset: Dataset, indicators: readonly Indicator[]): Finding[];
}

/** Order of severities, most serious first. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
