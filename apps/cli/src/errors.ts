import { DatasetValidationError, type InputIssue } from "@jixiao/core/schema";

/**
 * Exit codes of `jixiao`, the same for every command:
 * - 0 `ok`: done;
 * - 1 `findings`: the command ran and found errors in the data (`check`), or a batch `report`
 *   finished but some datasets failed (listed, and in summary.csv);
 * - 2 `badInput`: bad input or usage — unreadable file, invalid JSON, an invalid dataset, an
 *   unknown option or format; nothing was written;
 * - 3 `failed`: the input was fine but the command could not finish (an output could not be
 *   written, a renderer or a tool it needs is missing, a server or database it needs cannot be
 *   reached, or a bug).
 */
export const ExitCode = { ok: 0, findings: 1, badInput: 2, failed: 3 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit codes as the footer of every command's --help (and the README's Usage section). */
export const EXIT_CODES_HELP = [
  "退出码 / exit codes:",
  "  0  完成 / done",
  "  1  check 发现数据中的错误；批量 report 部分数据集失败 / check found errors in the data; a batch report finished but some datasets failed",
  "  2  输入或用法有误，未写入任何文件 / bad input or usage; nothing was written",
  "  3  未能完成（如输出无法写入） / could not finish (e.g. an output could not be written)",
].join("\n");

/**
 * An error the CLI reports as one bilingual message (中文 / English) without a stack trace, and
 * exits with `exitCode`.
 */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode = ExitCode.badInput) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}

/** How many input issues a message lists before it says how many more there are. */
export const MAX_LISTED_ISSUES = 50;

/**
 * Describe an invalid dataset for the terminal: the file, then one line per problem with its
 * JSON path and the bilingual reason from the schema.
 * @example
 * formatInputIssues("bad.json", [{ path: "projects[0].budget", message: "“abc”不是金额…" }])
 * // "bad.json: 数据集无效 / invalid dataset (1 处问题 / 1 problem)\n  projects[0].budget: “abc”不是金额…"
 */
export function formatInputIssues(source: string, issues: readonly InputIssue[]): string {
  const count = `${issues.length} 处问题 / ${issues.length} problem${issues.length === 1 ? "" : "s"}`;
  const lines = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((issue) => `  ${issue.path || "(根 / root)"}: ${issue.message}`);
  const more = issues.length - MAX_LISTED_ISSUES;
  if (more > 0) lines.push(`  … 另有 ${more} 处 / ${more} more`);
  return `${source}: 数据集无效 / invalid dataset (${count})\n${lines.join("\n")}`;
}

/**
 * Turn anything a command threw into the message to print and the exit code: a {@link CliError}
 * keeps its own; a {@link DatasetValidationError} is bad input (2) listed by path; anything
 * else is an unexpected failure (3), reported by its message only — never a stack trace.
 */
export function describeError(error: unknown): { message: string; exitCode: ExitCode } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode };
  if (error instanceof DatasetValidationError) {
    return {
      message: formatInputIssues("数据集 / dataset", error.issues),
      exitCode: ExitCode.badInput,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `运行失败 / failed: ${detail}`, exitCode: ExitCode.failed };
}
