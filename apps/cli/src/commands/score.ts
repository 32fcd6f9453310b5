import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { evaluate } from "@jixiao/core";
import {
  builtinFramework,
  builtinFrameworks,
  DEFAULT_FRAMEWORK_ID,
  type Framework,
  safeParseFramework,
} from "@jixiao/core/frameworks";
import type { InputIssue } from "@jixiao/core/schema";
import {
  formatPoints,
  MANUAL_SCORE_KIND_NAMES,
  type ManualScoreKind,
  type ManualScores,
  type NodeScore,
  reasonWithBothKinds,
  type ScoreSheet,
  safeParseManualScores,
  scoreEvaluation,
} from "@jixiao/core/scoring";
import { Command, Option } from "commander";
import { CliError, ExitCode, MAX_LISTED_ISSUES } from "../errors.ts";
import { jsonSyntaxErrorOffset, lineColumn } from "../json-position.ts";
import { loadDataset } from "../load-dataset.ts";
import { formatTextTable } from "../table.ts";
import type { CliContext } from "./types.ts";

/**
 * `jixiao score [FILE] [--framework ID|FILE] [--manual FILE] [--kind selfEvaluation|review] [--json]`:
 * score one dataset under a framework (default: the Hunan-style county framework) and print the
 * 评分表 — the indicator tree with 分值, 指标值, 得分, 扣分 and a one-line reason, the total
 * (marked 暂定 while any indicator is 待评) and the grade. `--json` prints the ScoreSheet with
 * exact decimals as strings.
 */
export function scoreCommand(context: CliContext): Command {
  return new Command("score")
    .summary("按指标体系评分 / score a dataset under a framework")
    .description(
      "按指标体系（内置或文件）对数据集评分，列出评分表：分值、指标值、得分、扣分原因、总分与等级。\n" +
        "定性指标无人工评分时为“待评”，总分为暂定、不评等级；用 --manual 提供人工评分文件（自评/复核）。\n" +
        "Score a dataset under a framework (built-in id or JSON file) and print the score sheet; " +
        "qualitative indicators without a manual score are pending (待评) and the total is provisional.",
    )
    .argument(
      "[file]",
      "数据集 JSON 文件，省略时用内置桃江2020示例 / dataset JSON file (default: the embedded Taojiang 2020 example)",
    )
    .option(
      "--framework <id|file>",
      `指标体系：内置编号或 JSON 文件 / framework: a built-in id or a JSON file (default ${DEFAULT_FRAMEWORK_ID}; see jixiao frameworks)`,
    )
    .option(
      "--manual <file>",
      "人工评分 JSON 文件（自评/复核） / manual scores JSON file (self-evaluation / review)",
    )
    .addOption(
      new Option(
        "--kind <kind>",
        "采用哪类人工评分：selfEvaluation（自评）或 review（复核），默认有复核用复核 / which manual scores to use (default: review if any, else selfEvaluation)",
      ).choices(["selfEvaluation", "review"]),
    )
    .option("--json", "以 JSON 输出评分表 / print the score sheet as JSON")
    .action(
      async (
        file: string | undefined,
        options: { framework?: string; manual?: string; kind?: ManualScoreKind; json?: boolean },
      ) => {
        const framework = await loadFramework(
          options.framework ?? DEFAULT_FRAMEWORK_ID,
          context.io.cwd,
        );
        const manual = options.manual
          ? await loadManualScores(options.manual, framework, context.io.cwd)
          : undefined;
        const { source, dataset } = await loadDataset(file, context.io.cwd);
        const sheet = scoreEvaluation(
          evaluate(dataset),
          framework,
          manual,
          options.kind ? { manualKind: options.kind } : {},
        );
        context.io.stdout(
          `${options.json ? JSON.stringify(sheet, null, 2) : formatScoreSheet(sheet, source)}\n`,
        );
      },
    );
}

/** Problems as lines under a heading naming the file, as the dataset errors are printed. */
function issuesMessage(source: string, what: string, issues: readonly InputIssue[]): string {
  const count = `${issues.length} 处问题 / ${issues.length} problem${issues.length === 1 ? "" : "s"}`;
  const lines = issues
    .slice(0, MAX_LISTED_ISSUES)
    .map((i) => `  ${i.path || "(根 / root)"}: ${i.message}`);
  if (issues.length > MAX_LISTED_ISSUES)
    lines.push(`  … 另有 ${issues.length - MAX_LISTED_ISSUES} 处 / more`);
  return `${source}: ${what} (${count})\n${lines.join("\n")}`;
}

/**
 * Read and parse a JSON file.
 * @throws CliError (exit 2) naming the file: unreadable, or a JSON syntax error with its line and column.
 */
async function readJson(file: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const why =
      code === "ENOENT"
        ? "找不到文件 / file not found"
        : `无法读取 / cannot read (${code || String(error)})`;
    throw new CliError(`${file}: ${why}`, ExitCode.badInput);
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const { line, column } = lineColumn(body, jsonSyntaxErrorOffset(body) ?? 0);
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliError(
      `${file}:${line}:${column}: JSON 语法错误，第 ${line} 行第 ${column} 列 / invalid JSON at line ${line}, column ${column}: ${detail}`,
      ExitCode.badInput,
    );
  }
}

/**
 * A built-in framework by id, or a framework JSON file validated with the core format.
 * @throws CliError (exit 2): unknown id that is not a readable file, invalid JSON, or every
 *   framework problem with the path of the offending node.
 * @example await loadFramework("hunan-county-2020", cwd)
 */
export async function loadFramework(spec: string, cwd: string): Promise<Framework> {
  const builtin = builtinFramework(spec);
  if (builtin) return builtin;
  if (!/[./\\]/.test(spec)) {
    const ids = builtinFrameworks()
      .map((f) => f.id)
      .join(", ");
    throw new CliError(
      `未知指标体系 / unknown framework: ${spec}（内置 / built-in: ${ids}）`,
      ExitCode.badInput,
    );
  }
  const result = safeParseFramework(await readJson(spec, cwd));
  if (!result.ok)
    throw new CliError(issuesMessage(spec, "指标体系无效 / invalid framework", result.issues));
  return result.framework;
}

/**
 * A manual scores file, validated alone and against the framework (node codes, scores within 分值).
 * @throws CliError (exit 2) naming the file and each problem's path ("scores[3].score").
 */
export async function loadManualScores(
  file: string,
  framework: Framework,
  cwd: string,
): Promise<ManualScores> {
  const result = safeParseManualScores(await readJson(file, cwd), framework);
  if (!result.ok)
    throw new CliError(
      issuesMessage(file, "人工评分文件无效 / invalid manual scores", result.issues),
    );
  return result.scores;
}

const AUTHORSHIP: Record<ScoreSheet["framework"]["authorship"], string> = {
  published: "按公布标准",
  adapted: "改编：部分内容为jixiao自拟，见框架说明",
  ours: "jixiao自拟的默认设置",
};

function scoreCell(node: NodeScore, places: number): string {
  if (node.status === "notChosen") return "不计";
  if (node.status === "excluded") return "不参评";
  if (node.letter) return node.letter;
  if (node.score === null) return "待评";
  const shown = formatPoints(node.score, places);
  return node.status === "pending" ? `${shown}*` : shown;
}

/**
 * The score sheet as terminal text: a title, the indicator tree as an aligned table (代码, 指标,
 * 分值, 指标值, 得分, 扣分, 说明), then the total with its 暂定 marker, the grade, the 待评 list,
 * and any score the report states for itself (for comparison only).
 */
export function formatScoreSheet(sheet: ScoreSheet, source: string): string {
  const f = sheet.framework;
  const places = 2;
  const lines: string[] = [
    `${sheet.department.name} ${sheet.department.fiscalYear}年度 评分表 / score sheet (${source})`,
    `指标体系 / framework: ${f.name}  [${f.id} v${f.version}，${f.jurisdiction}，${AUTHORSHIP[f.authorship]}]`,
  ];
  if (sheet.manualKind) {
    lines.push(
      `人工评分 / manual scores: ${MANUAL_SCORE_KIND_NAMES[sheet.manualKind]} (${sheet.manualKind})`,
    );
  }
  const rows: string[][] = [];
  const walk = (nodes: readonly NodeScore[]) => {
    for (const n of nodes) {
      const indent = "  ".repeat(n.level - 1);
      rows.push([
        n.code,
        `${indent}${n.name}`,
        n.weight ? formatPoints(n.weight, places) : "",
        n.children.length > 0 ? "" : n.valueDisplay,
        scoreCell(n, places),
        n.lost?.gt(0) ? formatPoints(n.lost, places) : "",
        reasonWithBothKinds(n),
      ]);
      walk(n.children);
    }
  };
  walk(sheet.nodes);
  const pefa = f.scale === "pefa";
  lines.push(
    "",
    formatTextTable(
      [
        { header: "代码" },
        { header: "指标" },
        { header: "分值", align: "right" },
        { header: "指标值", align: "right" },
        { header: pefa ? "等级" : "得分", align: "right" },
        { header: "扣分", align: "right" },
        { header: "说明 / reason" },
      ],
      rows,
    ),
    "",
  );
  if (!pefa && sheet.total && sheet.totalWeight) {
    const total = `${formatPoints(sheet.total, places)} / ${formatPoints(sheet.totalWeight, places)}`;
    lines.push(
      sheet.provisional
        ? `总分 / total: ${total}（暂定 / provisional：${sheet.pending.length}项待评，“*”为暂定小计）`
        : `总分 / total: ${total}`,
      `等级 / grade: ${sheet.grade ?? (sheet.provisional ? "暂不评定 / withheld until every indicator is scored" : "—")}`,
    );
  }
  if (sheet.pending.length > 0) lines.push(`待评 / pending: ${sheet.pending.join(", ")}`);
  for (const warning of sheet.warnings) lines.push(`注意 / note: ${warning}`);
  for (const stated of sheet.stated) {
    lines.push(
      `报告自述 / stated in the report: ${stated.text}${stated.quote ? `（“${stated.quote}”）` : ""}，未附评分表，仅供对照`,
    );
  }
  return lines.join("\n");
}
