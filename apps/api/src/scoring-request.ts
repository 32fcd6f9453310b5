import type { ScoringInput } from "@jixiao/core";
import {
  builtinFramework,
  builtinFrameworks,
  DEFAULT_FRAMEWORK_ID,
  type Framework,
  type FrameworkInput,
  FrameworkValidationError,
  safeParseFramework,
} from "@jixiao/core/frameworks";
import {
  type Dataset,
  type DatasetInput,
  DatasetValidationError,
  type InputIssue,
  safeParseDataset,
} from "@jixiao/core/schema";
import {
  type ManualScoresInput,
  ManualScoresValidationError,
  safeParseManualScores,
} from "@jixiao/core/scoring";
import { z } from "zod";
import { NotFoundError } from "./errors.ts";

/**
 * The input of the procedures that score (evaluations.score, reports.render): a dataset and what
 * to score it under — a built-in framework by id (default {@link DEFAULT_FRAMEWORK_ID}) or a
 * whole framework as JSON (like `jixiao score --framework FILE`), not both — and optional manual
 * scores (自评/复核, like `--manual FILE`). The parts are typed for clients here and validated by
 * the core parsers in {@link resolveScoringRequest}, so every issue keeps its JSON path.
 */
export const ScoringRequest = z.object({
  dataset: z.custom<DatasetInput>(),
  frameworkId: z
    .string()
    .min(1, { error: "frameworkId 不能为空 / frameworkId must not be empty" })
    .optional(),
  framework: z.custom<FrameworkInput>().optional(),
  manualScores: z.custom<ManualScoresInput>().optional(),
});
export type ScoringRequest = z.infer<typeof ScoringRequest>;

/** Prefix issue paths with the input field they come from: "nodes[1]" → "framework.nodes[1]". */
function under(field: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map(({ path, message }) => ({
    path: path === "" ? field : path.startsWith("[") ? `${field}${path}` : `${field}.${path}`,
    message,
  }));
}

/**
 * The error for a framework id that is not built in, naming the built-in ones.
 * @example unknownFramework("x").message // "无此指标体系 / no such framework: x（内置 / built-in: hunan-county-2020, …）"
 */
export function unknownFramework(id: string): NotFoundError {
  const ids = builtinFrameworks()
    .map((f) => f.id)
    .join(", ");
  return new NotFoundError(`无此指标体系 / no such framework: ${id}（内置 / built-in: ${ids}）`);
}

/**
 * A built-in framework by id, validated.
 * @throws NotFoundError (→ NOT_FOUND) naming the unknown id and the built-in ones.
 * @example frameworkById("hunan-county-2020").id === "hunan-county-2020"
 */
export function frameworkById(id: string): Framework {
  const framework = builtinFramework(id);
  if (!framework) throw unknownFramework(id);
  return framework;
}

/**
 * Validate a {@link ScoringRequest} with the core parsers: the dataset (parseDataset rules), the
 * framework (shape, then 分值 adding up exactly, rules within 分值, catalogued indicators) and
 * the manual scores against that framework (codes, 得分 ≤ 分值, decimals). Issue paths are
 * prefixed with the input field: "dataset.projects[0].budget", "framework.nodes[1].children[0]",
 * "manualScores.scores[3].score".
 * @throws DatasetValidationError, FrameworkValidationError, ManualScoresValidationError
 *   (→ BAD_REQUEST with `data.issues`); NotFoundError (→ NOT_FOUND) for an unknown frameworkId.
 * @example resolveScoringRequest({ dataset: taojiang }).scoring.framework.id === "hunan-county-2020"
 */
export function resolveScoringRequest(request: ScoringRequest): {
  dataset: Dataset;
  scoring: ScoringInput;
} {
  const dataset = safeParseDataset(request.dataset);
  if (!dataset.ok) throw new DatasetValidationError(under("dataset", dataset.issues));
  let framework: Framework;
  if (request.framework === undefined) {
    framework = frameworkById(request.frameworkId ?? DEFAULT_FRAMEWORK_ID);
  } else if (request.frameworkId !== undefined) {
    throw new FrameworkValidationError([
      {
        path: "frameworkId",
        message:
          "frameworkId 与 framework 只能给出其一 / give either frameworkId or framework, not both",
      },
    ]);
  } else {
    const parsed = safeParseFramework(request.framework);
    if (!parsed.ok) throw new FrameworkValidationError(under("framework", parsed.issues));
    framework = parsed.framework;
  }
  if (request.manualScores === undefined)
    return { dataset: dataset.dataset, scoring: { framework } };
  const manual = safeParseManualScores(request.manualScores, framework);
  if (!manual.ok) throw new ManualScoresValidationError(under("manualScores", manual.issues));
  return { dataset: dataset.dataset, scoring: { framework, manualScores: manual.scores } };
}
