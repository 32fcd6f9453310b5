import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
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
import { ExitCode } from "../errors.ts";
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

/** The audits that could be made, and the files that could not (file + bilingual reason). */
export interface AuditedFiles {
  audits: Audit[];
  problems: string[];
}

/** Why a file could not be read or audited, in Chinese and English, starting with the file. */
function problemOf(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code === "string")
    return `${file}: ${READ_PROBLEMS[code] ?? `无法读取 / cannot read (${code})`}`;
  if (error instanceof ReviewInputError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `${file}: 无法复核 / could not audit: ${message}`;
}

/**
 * Read and audit every file, as the `report` batch does: a file that cannot be read or audited
 * (missing, PDF, damaged DOCX, no department in its title) is listed with its reason and
 * skipped; the others are audited.
 */
export async function auditFiles(files: readonly string[], cwd: string): Promise<AuditedFiles> {
  const audits: Audit[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      const bytes = new Uint8Array(await readFile(resolve(cwd, file)));
      const model: DocModel = await readDocument(bytes, file);
      audits.push(auditModel(model, file));
    } catch (error) {
      problems.push(problemOf(file, error));
    }
  }
  return { audits, problems };
}

/**
 * The memo file name (without extension) of each audit, in order: `<部门>-<年度>-复核意见`, and
 * for a second report of the same department-year the input file's name is added
 * (`…-复核意见-<file>`, then `-2`, `-3` … if that clashes too), so both memos are written.
 * @example memoBaseNames([taojiang from "a.txt", taojiang from "b.docx"]) // ["桃江县自然资源局-2020-复核意见", "桃江县自然资源局-2020-复核意见-b"]
 */
export function memoBaseNames(audits: readonly Audit[]): string[] {
  const used = new Set<string>();
  return audits.map((audit) => {
    const { name, fiscalYear } = audit.extraction.dataset.department;
    const plain = memoFileName(name, fiscalYear, "md").replace(/\.md$/, "");
    let chosen = plain;
    if (used.has(chosen.toLowerCase())) {
      const stem = basename(audit.source, extname(audit.source))
        .replace(/[\\/:*?"<>|]/g, "_")
        .trim();
      chosen = stem ? `${plain}-${stem}` : plain;
      for (let n = 2; used.has(chosen.toLowerCase()); n++)
        chosen = `${plain}-${stem ? `${stem}-` : ""}${n}`;
    }
    used.add(chosen.toLowerCase());
    return chosen;
  });
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
      disagreements: a.disagreements.map(({ caused, ...d }) => ({ ...d, causedFindings: caused })),
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
 * `<部门>-<年度>-复核意见.md` and `.docx` (atomically, after every file was read; a second report
 * of the same department-year adds its file name). A line per file goes to standard error as it
 * is audited; a file that cannot be read or audited is listed with its reason and skipped, and a
 * summary closes a batch.
 * Exit code: 0 no errors found, 1 errors found or some file could not be audited, 2 bad usage,
 * 3 could not write.
 */
export function auditCommand(context: CliContext): Command {
  return new Command("audit")
    .summary(
      "复核已完成的绩效评价报告（DOCX 或文本） / audit finished evaluation reports (DOCX or text)",
    )
    .description(
      "读取报告中的表格与文中数字，运行全部勾稽校验，写出复核意见（引用原文）；暂不支持 PDF。\n" +
        "无法读取或复核的文件（如 PDF）列出原因后跳过，其余照常复核并写出。\n" +
        "退出码：0 无错误，1 发现错误或有文件未能复核，2 用法有误，3 无法写出。\n" +
        "Read each report's tables and stated figures, run every consistency rule and write a review memo quoting the report; PDF is not supported yet.\n" +
        "A file that cannot be read or audited (e.g. a PDF) is listed with its reason and skipped; the others are audited and written.\n" +
        "Exit code: 0 no errors, 1 errors found or some files could not be audited, 2 bad usage, 3 could not write.",
    )
    .argument("<files...>", "报告文件（.docx 或 .txt） / report files (.docx or .txt)")
    .option("--json", "以 JSON 输出发现（含原文引用） / print the findings (with quotes) as JSON")
    .option(
      "-o, --out <dir>",
      "写出复核意见（.md 与 .docx）的目录 / directory to write the memos (.md and .docx) to",
    )
    .action(async (files: string[], options: { json?: boolean; out?: string }) => {
      const { io } = context;
      const { audits, problems } = await auditFiles(files, io.cwd);
      const names = memoBaseNames(audits);
      const outputs: OutputFile[] = [];
      for (const [i, audit] of audits.entries()) {
        const { name, fiscalYear } = audit.extraction.dataset.department;
        const memo = memoModel(audit);
        let written = "";
        if (options.out !== undefined) {
          const dir = resolve(io.cwd, options.out);
          const md = resolve(dir, `${names[i]}.md`);
          outputs.push({ path: md, content: memoMarkdown(memo) });
          outputs.push({ path: resolve(dir, `${names[i]}.docx`), content: await memoDocx(memo) });
          written = ` → ${shownPath(md, io.cwd)}`;
        }
        io.stderr(
          `[${i + 1}/${audits.length}] ${audit.source}: ${name} ${fiscalYear}年度 ${counts(audit)}${written}\n`,
        );
      }
      if (options.out !== undefined) {
        await writeFilesAtomically(outputs);
        if (outputs.length > 0) {
          io.stdout(`已写入 / wrote ${outputs.length} 个文件 / files:\n`);
          for (const { path } of outputs) io.stdout(`  ${shownPath(path, io.cwd)}\n`);
        }
      } else if (options.json) {
        io.stdout(`${auditsToJson(audits)}\n`);
      } else {
        io.stdout(audits.map((a) => memoMarkdown(memoModel(a))).join("\n---\n\n"));
      }
      if (options.out !== undefined && options.json) io.stdout(`${auditsToJson(audits)}\n`);
      if (problems.length > 0) {
        io.stderr(
          `未能复核、已跳过 / skipped, could not audit (${problems.length}/${files.length}):\n${problems
            .map((p) => `  ${p.replaceAll("\n", "\n    ")}\n`)
            .join("")}`,
        );
      }
      const withErrors = audits.filter((a) =>
        a.findings.some((f) => f.finding.severity === "error"),
      ).length;
      if (files.length > 1) {
        const total = audits.reduce((n, a) => n + a.findings.length, 0);
        const skipped =
          problems.length > 0
            ? {
                zh: `，${problems.length} 份无法复核`,
                en: `, ${problems.length} could not be audited`,
              }
            : { zh: "", en: "" };
        io.stderr(
          `复核 ${audits.length} 份报告，${withErrors} 份有错误，共 ${total} 条发现${skipped.zh} / audited ${audits.length} reports, ${withErrors} with errors, ${total} findings${skipped.en}\n`,
        );
      }
      // 1: errors found in a report, or some files could not be audited (listed above).
      context.exitCode = withErrors > 0 || problems.length > 0 ? ExitCode.findings : ExitCode.ok;
    });
}
