import { evaluate } from "@jixiao/core";
import { type Dataset, parseDataset } from "@jixiao/core/schema";
import { resolveScoringRequest, ScoringRequest } from "../../scoring-request.ts";
import {
  type JsonEvaluation,
  type JsonScoreSheet,
  toJsonIndicator,
  toJsonScoreSheet,
} from "../../serialize.ts";
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
  /**
   * Score one dataset, like `jixiao score`: the 评分表 under a built-in framework (`frameworkId`,
   * default hunan-county-2020) or one given as JSON (`framework`), with optional manual scores
   * (自评/复核). Every Decimal travels as an exact string; while any node is 待评 the total is
   * provisional (暂定) and the grade null.
   * @throws BAD_REQUEST with `data.issues` ("framework.nodes[1].children[0]", "manualScores.scores[0].score",
   *   "dataset.projects[0].budget") when an input is invalid; NOT_FOUND for an unknown frameworkId.
   */
  score: publicProcedure.input(ScoringRequest).mutation(({ input }): JsonScoreSheet => {
    const { dataset, scoring } = resolveScoringRequest(input);
    const { scoreSheet } = evaluate(dataset, scoring);
    if (!scoreSheet)
      throw new Error("evaluate returned no scoreSheet although a framework was given");
    return toJsonScoreSheet(scoreSheet);
  }),
});
