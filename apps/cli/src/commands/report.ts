import { resolve } from "node:path";
import { evaluate } from "@jixiao/core";
import { DEFAULT_FRAMEWORK_ID } from "@jixiao/core/frameworks";
import {
  type BuildReportOptions,
  buildReportModel,
  reportFileName,
  scoreSheetAnnex,
} from "@jixiao/report";
import { Command } from "commander";
import { isBatch } from "../batch/is-batch.ts";
import { CliError, ExitCode } from "../errors.ts";
import { type LoadedDataset, loadDatasets } from "../load-dataset.ts";
import { type OutputFile, writeFilesAtomically } from "../output.ts";
import { parseFormats, REPORT_FORMATS, type ReportFormat } from "../report-formats.ts";
import { shownPath } from "../shown-path.ts";
import { loadFramework, loadManualScores } from "./score.ts";
import type { CliContext } from "./types.ts";

/** Re-exported for callers of this module; it lives in @jixiao/report, shared with the API. */
export { reportFileName };

/** The files to write, and the renderings that failed ("source → format: message"). */
export interface RenderedReports {
  outputs: OutputFile[];
  failures: string[];
}

/**
 * Evaluate each loaded dataset, build its report model once, and render it in every format,
 * in memory: nothing is written here. A renderer that throws is recorded in `failures` and
 * the other formats go on.
 * @throws CliError (exit 2) when two datasets are the same department-year and would write the
 *   same file.
 * @example await renderReports([taojiang], ["md"], "out") // { outputs: [{ path: "out/桃江县自然资源局-2020-绩效评价报告.md", … }], failures: [] }
 */
export async function renderReports(
  loaded: readonly LoadedDataset[],
  formatIds: readonly string[],
  outDir: string,
  formats: Record<string, ReportFormat> = REPORT_FORMATS,
  modelOptions: BuildReportOptions = {},
): Promise<RenderedReports> {
  const outputs: OutputFile[] = [];
  const failures: string[] = [];
  const writers = new Map<string, string>();
  for (const { source, dataset } of loaded) {
    const evaluation = evaluate(dataset);
    const model = buildReportModel(evaluation, modelOptions);
    const { name, fiscalYear } = evaluation.department;
    for (const id of formatIds) {
      const format = formats[id];
      if (!format) continue;
      const path = resolve(outDir, reportFileName(name, fiscalYear, format.ext));
      const clash = writers.get(path);
      if (clash !== undefined) {
        throw new CliError(
          `${source} 与 ${clash} 是同一部门同一年度，会写同一个文件 / ${source} and ${clash} are the same department-year and would write the same file: ${path}`,
          ExitCode.badInput,
        );
      }
      writers.set(path, source);
      try {
        outputs.push({ path, content: await format.render(model, evaluation) });
      } catch (error) {
        failures.push(
          `${source} → ${id}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  return { outputs, failures };
}

/** Options of `jixiao report`; the 评分表 annex is scored under `framework` (with `manual`). */
type ReportOptions = {
  format: string;
  out: string;
  framework: string;
  manual?: string;
  findings: boolean;
};

/**
 * `jixiao report [FILE…] --format md,html --out DIR`: write the evaluation report of each
 * dataset in each format. Every input is read and validated before anything is written, so bad
 * input (exit 2) leaves no file; files are written atomically (output.ts). A renderer that fails
 * does not stop the other formats: their files are written and the command exits 3.
 */
export function reportCommand(context: CliContext): Command {
  const formatIds = Object.keys(REPORT_FORMATS).join(",");
  return new Command("report")
    .summary("生成绩效评价报告 / write the evaluation report")
    .description(
      "为每个数据集生成《<部门>-<年度>-绩效评价报告》，每种格式一个文件。\n" +
        "Write <department>-<year>-绩效评价报告.<ext> for each dataset, one file per format.",
    )
    .argument(
      "[files...]",
      "数据集 JSON 文件或目录，省略时用内置桃江2020示例 / dataset JSON files or folders (default: the embedded Taojiang 2020 example)",
    )
    .option(
      "-f, --format <list>",
      `报告格式，逗号分隔 / comma-separated formats: ${formatIds}`,
      "md,html",
    )
    .option("-o, --out <dir>", "输出目录 / output directory", "out")
    .option(
      "--framework <id|file>",
      "附件2 评分表的指标体系 / framework of the 评分表 annex",
      DEFAULT_FRAMEWORK_ID,
    )
    .option("--manual <file>", "附件2 评分表的人工评分 / manual scores for the 评分表 annex")
    .option(
      "--no-findings",
      "不含“数据一致性核查”一节（默认包含） / leave out the 数据一致性核查 section (included by default)",
    )
    .option(
      "-j, --jobs <n>",
      "批量：并行线程数，默认为CPU核数 / batch: worker threads (default: the number of cores)",
    )
    .option("--from <url>", "批量：从服务器拉取数据集 / batch: pull the datasets from the server")
    .option("--token <token>", "--from 的 API 令牌 / API token for --from")
    .option("--year <year>", "--from 只取该年度 / with --from, only this fiscal year")
    .option(
      "--queue",
      "入队（pg-boss）由 jixiao worker 生成，需 DATABASE_URL / enqueue for jixiao worker (needs DATABASE_URL)",
    )
    .option(
      "--database-url <url>",
      "队列数据库（默认 DATABASE_URL） / queue database (default: DATABASE_URL)",
    )
    .option("--queue-schema <name>", "队列所在模式 / queue schema (default: jixiao_queue)")
    .option(
      "--job-expiry <seconds>",
      "任务超时重试秒数（默认900） / seconds before a stuck job is retried (default 900)",
    )
    .addHelpText(
      "after",
      `\n批量 / batch: 目录、--jobs、--from 或 --queue 时逐个数据集并行生成，坏数据集报告后跳过，写 summary.csv 与 summary.json（路径相对于输出目录）；目录只读其中的 .json 文件（不分大小写，不进入子目录，跳过的会列出）。退出码 0 全部成功，1 部分数据集失败，2 用法错误（如路径不存在，未写入任何文件），3 未能完成（如 --out 无法创建、服务器无法连接）。\n` +
        `A folder, --jobs, --from or --queue runs a batch on worker threads: a bad dataset is reported and skipped; summary.csv and summary.json are written (paths relative to the out folder). A folder gives its .json files (any case), not sub-folders; what is skipped is listed. Exit 0 all done, 1 some datasets failed, 2 bad usage (e.g. a path that does not exist; nothing written), 3 could not finish (e.g. --out cannot be made, the server cannot be reached).\n`,
    )
    .addHelpText(
      "after",
      `\n格式 / formats:\n${Object.entries(REPORT_FORMATS)
        .map(([id, f]) => `  ${id.padEnd(6)} ${f.description}`)
        .join("\n")}\n`,
    )
    .action(async (files: string[], options: ReportOptions) => {
      const { io } = context;
      const raw = options as ReportOptions & Record<string, unknown>;
      if (await isBatch(files, raw, io.cwd)) {
        // Worker threads, pg-boss and the API client load only for a batch.
        const { runBatchCommand } = await import("../batch/batch-command.ts");
        await runBatchCommand(context, files, options, raw);
        return;
      }
      const formats = parseFormats(options.format);
      const framework = await loadFramework(options.framework, io.cwd);
      const manual = options.manual
        ? await loadManualScores(options.manual, framework, io.cwd)
        : undefined;
      const loaded = await loadDatasets(files, io.cwd);

      const outDir = resolve(io.cwd, options.out);
      const scoreAnnex = scoreSheetAnnex(framework, manual);
      const { outputs, failures } = await renderReports(loaded, formats, outDir, REPORT_FORMATS, {
        scoreAnnex,
        includeFindings: options.findings,
      });
      await writeFilesAtomically(outputs);
      if (outputs.length > 0) {
        io.stdout(`已写入 / wrote ${outputs.length} 个文件 / files:\n`);
        for (const { path } of outputs) io.stdout(`  ${shownPath(path, io.cwd)}\n`);
      }
      if (failures.length > 0) {
        throw new CliError(
          `以下格式未能生成 / could not render:\n  ${failures.join("\n  ")}`,
          ExitCode.failed,
        );
      }
    });
}
