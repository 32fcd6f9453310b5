import type { z } from "zod";
import { Dataset } from "./dataset.ts";
import { bilingualIssueMessage } from "./issue-messages.ts";

/** One problem in an input: where (JSON path such as "projects[3].budget") and what. */
export interface InputIssue {
  path: string;
  message: string;
}

/** Thrown by {@link parseDataset} when the input is not a valid dataset. */
export class DatasetValidationError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], source?: string) {
    const where = source ? `${source}: ` : "";
    super(
      `${where}数据集无效 / invalid dataset:\n${issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`).join("\n")}`,
    );
    this.name = "DatasetValidationError";
    this.issues = issues;
  }
}

/** Format a zod path as a JSON path: ["projects", 3, "budget"] → "projects[3].budget". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join("");
}

/**
 * Turn zod issues into path + bilingual message pairs. A missing field is recognised by its
 * `input` being undefined, so parse with `{ reportInput: true }` (zod 4 drops `input` otherwise).
 */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message:
      issue.code === "invalid_type" && issue.input === undefined
        ? "缺少必填字段 / required field is missing"
        : issue.message,
  }));
}

/**
 * Options for every boundary parse: keep the offending input on each issue and give every
 * issue a bilingual message that names the value.
 */
export const PARSE_OPTIONS = { reportInput: true, error: bilingualIssueMessage } as const;

/**
 * Validate unknown input (parsed JSON) as a {@link Dataset}.
 * @throws DatasetValidationError listing every issue with its JSON path.
 */
export function parseDataset(input: unknown, source?: string): Dataset {
  const result = Dataset.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new DatasetValidationError(toInputIssues(result.error), source);
  return result.data;
}

/** Like {@link parseDataset} but returns the issues instead of throwing. */
export function safeParseDataset(
  input: unknown,
): { ok: true; dataset: Dataset } | { ok: false; issues: InputIssue[] } {
  const result = Dataset.safeParse(input, PARSE_OPTIONS);
  return result.success
    ? { ok: true, dataset: result.data }
    : { ok: false, issues: toInputIssues(result.error) };
}
