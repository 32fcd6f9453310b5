import { type InputIssue, PARSE_OPTIONS, toInputIssues } from "../schema/parse.ts";
import { Framework } from "./schema.ts";
import { frameworkProblems } from "./validate.ts";

/** Thrown by {@link parseFramework} when the input is not a sound framework. */
export class FrameworkValidationError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], source?: string) {
    const where = source ? `${source}: ` : "";
    super(
      `${where}指标体系无效 / invalid framework:\n${issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`).join("\n")}`,
    );
    this.name = "FrameworkValidationError";
    this.issues = issues;
  }
}

/**
 * Validate unknown input (parsed JSON) as a {@link Framework}: first its shape (zod), then its
 * arithmetic and references (frameworkProblems: weights add up exactly, rules within weights,
 * indicators catalogued).
 * @returns the issues with their paths instead of throwing.
 * @example safeParseFramework(json).ok
 */
export function safeParseFramework(
  input: unknown,
): { ok: true; framework: Framework } | { ok: false; issues: InputIssue[] } {
  const result = Framework.safeParse(input, PARSE_OPTIONS);
  if (!result.success) return { ok: false, issues: toInputIssues(result.error) };
  const issues = frameworkProblems(result.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, framework: result.data };
}

/**
 * Like {@link safeParseFramework} but throws.
 * @throws FrameworkValidationError listing every issue, e.g.
 *   "nodes[1].children[0]: 2.1 预算执行：子指标分值之和 38 ≠ 上级分值 40 / children's weights sum to
 *   38, parent weight is 40".
 */
export function parseFramework(input: unknown, source?: string): Framework {
  const result = safeParseFramework(input);
  if (!result.ok) throw new FrameworkValidationError(result.issues, source);
  return result.framework;
}
