import {
  DIAGNOSIS_NAMES,
  evaluate,
  type Finding,
  SEVERITY_LABELS,
  type Severity,
} from "@jixiao/core";
import { Command } from "commander";
import { ExitCode } from "../errors.ts";
import { type LoadedDataset, loadDatasets } from "../load-dataset.ts";
import type { CliContext } from "./types.ts";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const SEVERITY_EN: Record<Severity, string> = {
  error: "errors",
  warning: "warnings",
  info: "info",
};

/** The findings of one dataset, with where the dataset came from. */
export interface CheckedDataset {
  source: string;
  department: { name: string; fiscalYear: number };
  findings: Finding[];
}

/**
 * `jixiao check [FILE…] [--json]`: run every 勾稽校验 rule over one or more datasets (the embedded
 * Taojiang 2020 example when no FILE is given) and print the findings grouped by severity, or
 * with `--json` as one JSON array (each finding gains `source` when several files are checked).
 * Every file is loaded before anything is printed, so bad input prints no findings, and the
 * problems of every bad file are listed in one run.
 * Exit code: 0 when no finding is an error, 1 when some is, 2 for bad input (errors.ts).
 */
export function checkCommand(context: CliContext): Command {
  return new Command("check")
    .summary("勾稽校验：列出数据不一致之处 / consistency checks: list the figures that disagree")
    .description(
      "对数据集运行全部勾稽校验规则，按严重程度（错误、警告、提示）列出发现；--json 输出发现数组。\n" +
        "退出码：0 无错误，1 有错误，2 输入有误。\n" +
        "Run every consistency rule over the datasets and list the findings by severity; --json prints the findings array.\n" +
        "Exit code: 0 no errors, 1 errors found, 2 bad input.",
    )
    .argument(
      "[files...]",
      "数据集 JSON 文件，省略时用内置桃江2020示例 / dataset JSON files (default: the embedded Taojiang 2020 example)",
    )
    .option("--json", "以 JSON 数组输出全部发现 / print the findings as a JSON array")
    .action(async (files: string[], options: { json?: boolean }) => {
      const loaded = await loadDatasets(files, context.io.cwd);
      const checked = loaded.map(checkDataset);
      context.io.stdout(`${options.json ? findingsToJson(checked) : findingListing(checked)}\n`);
      const anyError = checked.some((c) => c.findings.some((f) => f.severity === "error"));
      context.exitCode = anyError ? ExitCode.findings : ExitCode.ok;
    });
}

/** Evaluate a loaded dataset and keep its findings. */
export function checkDataset({ source, dataset }: LoadedDataset): CheckedDataset {
  const { department, findings } = evaluate(dataset);
  return { source, department, findings };
}

/**
 * The findings as one JSON array: for a single dataset, the findings exactly as `evaluate`
 * returns them; for several, each finding with the `source` it came from.
 */
export function findingsToJson(checked: readonly CheckedDataset[]): string {
  const findings =
    checked.length === 1
      ? (checked[0]?.findings ?? [])
      : checked.flatMap((c) => c.findings.map((f) => ({ source: c.source, ...f })));
  return JSON.stringify(findings, null, 2);
}

/** Count of findings per severity, e.g. "错误 2 · 警告 5 · 提示 1". */
function counts(findings: readonly Finding[]): string {
  return SEVERITIES.map(
    (s) => `${SEVERITY_LABELS[s]} ${findings.filter((f) => f.severity === s).length}`,
  ).join(" · ");
}

/** One finding in a listing: its sentence, then rule id, diagnosis and stated/expected values. */
function findingLines(finding: Finding, n: number): string[] {
  const facts = [`[${finding.ruleId}] ${finding.title}`];
  if (finding.diagnosis) facts.push(`诊断 ${DIAGNOSIS_NAMES[finding.diagnosis]}`);
  if (finding.stated !== undefined) facts.push(`所述 ${finding.stated}${finding.unit ?? ""}`);
  if (finding.expected !== undefined) facts.push(`应为 ${finding.expected}${finding.unit ?? ""}`);
  return [`  ${n}. ${finding.message}`, `     ${facts.join(" · ")}`];
}

/**
 * The findings for the terminal: per dataset a title line with the counts, then one group per
 * severity (错误 / errors, 警告 / warnings, 提示 / info), each finding numbered with its sentence
 * and a line of facts (rule, diagnosis, stated and expected values).
 */
export function findingListing(checked: readonly CheckedDataset[]): string {
  return checked
    .map(({ source, department, findings }) => {
      const title = `${department.name} ${department.fiscalYear}年度 勾稽校验 / consistency check (${source}): ${counts(findings)}`;
      if (findings.length === 0) return `${title}\n\n  未发现不一致 / no findings`;
      const groups = SEVERITIES.flatMap((severity) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return [];
        const head = `${SEVERITY_LABELS[severity]} / ${SEVERITY_EN[severity]} (${group.length})`;
        return [[head, ...group.flatMap((f, i) => findingLines(f, i + 1))].join("\n")];
      });
      return [title, ...groups].join("\n\n");
    })
    .join("\n\n");
}
