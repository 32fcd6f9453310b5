import { evaluate } from "@jixiao/core";
import { type Dataset, parseDataset } from "@jixiao/core/schema";
import { type JsonEvaluation, toJsonIndicator } from "../../serialize.ts";
import { publicProcedure, router } from "../init.ts";

/**
 * The input parser of dataset procedures: the core zod `Dataset` schema through `parseDataset`,
 * so a bad dataset fails with a DatasetValidationError (every JSON path and a bilingual
 * message), which errors.ts maps to BAD_REQUEST.
 */
export const datasetInput = (raw: unknown): Dataset => parseDataset(raw);

/** Evaluations: run 部门整体支出绩效评价 on a dataset. */
export const evaluationsRouter = router({
  /**
   * Evaluate one department-year dataset: every indicator (exact decimal strings plus the
   * display text) and every 勾稽校验 finding.
   * @throws BAD_REQUEST with `data.issues` when the dataset is invalid.
   */
  evaluate: publicProcedure.input(datasetInput).mutation(({ input }): JsonEvaluation => {
    const evaluation = evaluate(input);
    return {
      department: evaluation.department,
      indicators: evaluation.indicators.map(toJsonIndicator),
      findings: evaluation.findings,
    };
  }),
});
