import type { Dataset } from "../schema/dataset.ts";
import type { Indicator } from "./types.ts";

/**
 * Compute every catalogue indicator that the dataset can feed (see catalogue.ts).
 * Implemented in the metrics work (issue #2).
 */
export function computeIndicators(_dataset: Dataset): Indicator[] {
  throw new Error("computeIndicators: not implemented yet");
}
