import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SEVERITY_LABELS, type Severity } from "@jixiao/core";
import {
  type Audit,
  auditModel,
  type DocModel,
  memoDocx,
  memoFileName,
  memoMarkdown,
  memoModel,
  ReviewInputError,
  readDocument,
} from "@jixiao/review";
import { Command } from "commander";
import { CliError, ExitCode } from "../errors.ts";
import { type OutputFile, writeFilesAtomically } from "../output.ts";
import { shownPath } from "../shown-path.ts";
import type { CliContext } from "./types.ts";

const READ_PROBLEMS: Record<string, string> = {
  ENOENT: "文件不存在 / file not found",
  EACCES: "没有读取权限 / permission denied",
  EISDIR: "是目录而不是文件 / is a directory, not a file",
};

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** “错误 9 · 警告 31 · 提示 8” for one audit. */
function counts(audit: Audit): string {
  return SEVERITIES.map(
    (s) => `${SEVERITY_LABELS[s]} ${audit.findings.filter((f) => f.finding.severity === s).length}`,
  ).join(" · ");
}

/**
 * Read and audit every file; a file that cannot be read or audited (missing, PDF, damaged DOCX,
 * no department in its title) is listed with its reason, and none is written.
 * @throws CliError (exit 2) listing every bad file in Chinese and English.
 */
export async function auditFiles(files: readonly string[], cwd: string): Promise<Audit[]> {
  const audits: Audit[] = [];
  const problems: string[] = [];
  for (const file of files) {
    let model: DocModel;
    try {
      const bytes = new Uint8Array(await readFile(resolve(cwd, file)));
      model = await readDocument(bytes, file);
      audits.push(auditModel(model, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code)
        problems.push(`${file}: ${READ_PROBLEMS[code] ?? `无法读取 / cannot read (${code})`}`);
      else if (error instanceof ReviewInputError) problems.push(error.message);
      else throw error;
    }
  }
  if (problems.length === 1) throw new CliError(problems[0] ?? "", ExitCode.badInput);
  if (problems.length > 1) {
    throw new CliError(
      `${problems.length} 个输入文件有误（共 ${files.length} 个） / ${problems.length} of ${files.length} input files are invalid\n${problems.join("\n")}`,
      ExitCode.badInput,
    );
  }
  return audits;
}

/**
 * Two reports of the same department-year would write the same memo files.
 * @throws CliError (exit 2) naming both files, before anything is written.
 */
export function refuseClashes(audits: readonly Audit[]): void {
  const seen = new Map<string, string>();
  for (const audit of audits) {
    const { name, fiscalYear } = audit.extraction.dataset.department;
    const file = memoFileName(name, fiscalYear, "md");
    const clash = seen.get(file);
    if (clash !== undefined) {
      throw new CliError(
        `${audit.source} 与 ${clash} 是同一部门同一年度，会写同一个复核意见文件 / ${audit.source} and ${clash} are the same department-year and would write the same memo: ${file}`,
        ExitCode.badInput,
      );
    }
    seen.set(file, audit.source);
  }
}

/** The audits as JSON: per file its department, findings (each with its quotes) and what is missing. */
export function auditsToJson(audits: readonly Audit[]): string {
  return JSON.stringify(
    audits.map((a) => ({
      source: a.source,
      format: a.format,
      department: {
        name: a.extraction.dataset.department.name,
        fiscalYear: a.extraction.dataset.department.fiscalYear,
      },
      findings: a.findings.map((f) => ({ ...f.finding, quotes: f.quotes })),
      missing: a.extraction.missing,
      tables: a.extraction.tables.map((t) => ({
        title: t.title,
        kind: t.kind,
        unit: t.unit,
        rows: t.body.length,
      })),
      unlinkedFigures: a.extraction.figures.filter((f) => f.figure.refersTo === null).length,
    })),
    null,
    2,
  );
}

/**
 * `jixiao audit FILE… [--json] [--out DIR]`: review finished evaluation reports (DOCX or text)
 * without retyping them. Each report's tables and stated figures are read into a partial dataset
 * and core's 勾稽校验 run on it; the 复核意见 quotes the sentence or cell each finding comes
 * from and lists what the report never gives. Without --out the memo (Markdown) or, with --json,
 * the findings are printed; with --out each report's memo is written as
 * `<部门>-<年度>-复核意见.md` and `.docx` (atomically, after every file was read). A line per
 * file goes to standard error as it is audited, and a summary closes a batch.
 * Exit code: 0 no errors found, 1 errors found, 2 bad input (nothing written), 3 could not write.
 */
export function auditCommand(context: CliContext): Command {
  return new Command("audit")
    .summary(
      "复核已完成的绩效评价报告（DOCX 或文本） / audit finished evaluation reports (DOCX or text)",
    )
    .description(
      "读取报告中的表格与文中数字，运行全部勾稽校验，写出复核意见（引用原文）；暂不支持 PDF。\n" +
        "退出码：0 无错误，1 发现错误，2 输入有误（未写入任何文件），3 无法写出。\n" +
        "Read each report's tables and stated figures, run every consistency rule and write a review memo quoting the report; PDF is not supported yet.\n" +
        "Exit code: 0 no errors, 1 errors found, 2 bad input (nothing written), 3 could not write.",
    )
    .argument("<files...>", "报告文件（.docx 或 .txt） / report files (.docx or .txt)")
    .option("--json", "以 JSON 输出发现（含原文引用） / print the findings (with quotes) as JSON")
    .option(
      "-o, --out <dir>",
      "写出复核意见（.md 与 .docx）的目录 / directory to write the memos (.md and .docx) to",
    )
    .action(async (files: string[], options: { json?: boolean; out?: string }) => {
      const { io } = context;
      const audits = await auditFiles(files, io.cwd);
      if (options.out !== undefined) refuseClashes(audits);
      const outputs: OutputFile[] = [];
      for (const [i, audit] of audits.entries()) {
        const { name, fiscalYear } = audit.extraction.dataset.department;
        const memo = memoModel(audit);
        let written = "";
        if (options.out !== undefined) {
          const dir = resolve(io.cwd, options.out);
          const md = resolve(dir, memoFileName(name, fiscalYear, "md"));
          outputs.push({ path: md, content: memoMarkdown(memo) });
          outputs.push({
            path: resolve(dir, memoFileName(name, fiscalYear, "docx")),
            content: await memoDocx(memo),
          });
          written = ` → ${shownPath(md, io.cwd)}`;
        }
        io.stderr(
          `[${i + 1}/${audits.length}] ${audit.source}: ${name} ${fiscalYear}年度 ${counts(audit)}${written}\n`,
        );
      }
      if (options.out !== undefined) {
        await writeFilesAtomically(outputs);
        io.stdout(`已写入 / wrote ${outputs.length} 个文件 / files:\n`);
        for (const { path } of outputs) io.stdout(`  ${shownPath(path, io.cwd)}\n`);
      } else if (options.json) {
        io.stdout(`${auditsToJson(audits)}\n`);
      } else {
        io.stdout(audits.map((a) => memoMarkdown(memoModel(a))).join("\n---\n\n"));
      }
      if (options.out !== undefined && options.json) io.stdout(`${auditsToJson(audits)}\n`);
      const withErrors = audits.filter((a) =>
        a.findings.some((f) => f.finding.severity === "error"),
      ).length;
      if (audits.length > 1) {
        const total = audits.reduce((n, a) => n + a.findings.length, 0);
        io.stderr(
          `复核 ${audits.length} 份报告，${withErrors} 份有错误，共 ${total} 条发现 / audited ${audits.length} reports, ${withErrors} with errors, ${total} findings\n`,
        );
      }
      context.exitCode = withErrors > 0 ? ExitCode.findings : ExitCode.ok;
    });
}
