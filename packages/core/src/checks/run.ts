import type { Indicator } from "../metrics/types.ts";
import type { Dataset } from "../schema/dataset.ts";
import type { Finding } from "./types.ts";

/** Run every 勾稽校验 rule over a dataset and its indicators (issue #3). */
export function runChecks(_dataset: Dataset, _indicators: readonly Indicator[]): Finding[] {
  return [];
}
