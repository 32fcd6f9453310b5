import { type Evaluation, evaluate } from "@jixiao/core";
import { indicatorText } from "@jixiao/report";
import { Command } from "commander";
import { indicatorLabel } from "../indicator-label.ts";
import { loadDataset } from "../load-dataset.ts";
import { formatTextTable } from "../table.ts";
import type { CliContext } from "./types.ts";

/**
 * `jixiao evaluate [FILE] [--json]`: compute every indicator of one dataset and print them as an
 * aligned table (代码, 名称, 值), or with `--json` the whole Evaluation as JSON (exact decimals
 * as strings).
 */
export function evaluateCommand(context: CliContext): Command {
  return new Command("evaluate")
    .summary("计算并列出绩效指标 / compute and list the indicators")
    .description(
      "计算一个部门年度数据集的全部绩效指标并列出；--json 输出完整评价结果。\n" +
        "Compute every indicator of one department-year dataset and list them; --json prints the whole Evaluation.",
    )
    .argument(
      "[file]",
      "数据集 JSON 文件，省略时用内置桃江2020示例 / dataset JSON file (default: the embedded Taojiang 2020 example)",
    )
    .option("--json", "以 JSON 输出完整评价结果 / print the whole Evaluation as JSON")
    .action(async (file: string | undefined, options: { json?: boolean }) => {
      const { source, dataset } = await loadDataset(file, context.io.cwd);
      const evaluation = evaluate(dataset);
      context.io.stdout(
        `${options.json ? evaluationToJson(evaluation) : indicatorListing(evaluation, source)}\n`,
      );
    });
}

/**
 * The whole Evaluation as indented JSON. Exact Decimal values become plain decimal strings
 * ("10.278623…"), through Decimal's own toJSON under the core Decimal configuration (no
 * exponent notation); nothing is rounded.
 * @example JSON.parse(evaluationToJson(e)).indicators[0].key
 */
export function evaluationToJson(evaluation: Evaluation): string {
  return JSON.stringify(evaluation, null, 2);
}

/**
 * The indicators as an aligned terminal table under a title line naming the department, the
 * year, the source and the count, followed by the number of 勾稽校验 findings.
 */
export function indicatorListing(evaluation: Evaluation, source: string): string {
  const { department, dataset, indicators, findings } = evaluation;
  const title = `${department.name} ${department.fiscalYear}年度 绩效指标 / indicators: ${indicators.length} 项 (${source})`;
  const table = formatTextTable(
    [
      { header: "代码 / code" },
      { header: "名称 / name" },
      { header: "值 / value", align: "right" },
    ],
    indicators.map((i) => [i.key, indicatorLabel(i, dataset), indicatorText(i)]),
  );
  const footer = `勾稽校验发现 / consistency findings: ${findings.length}`;
  return `${title}\n\n${table}\n\n${footer}`;
}
