import { type Evaluation, evaluate } from "@jixiao/core";
import type { Indicator } from "@jixiao/core/metrics";
import { indicatorText } from "@jixiao/report";
import { indicatorLabel } from "@jixiao/report/indicator-label";
import { Command } from "commander";
import { loadDataset } from "../load-dataset.ts";
import { formatTextTable } from "../table.ts";
import type { CliContext } from "./types.ts";

/** The widest the indicator table may be, in terminal cells. */
export const LISTING_WIDTH = 120;

/** Which indicators the terminal listing shows. */
export interface ListingOptions {
  /** Also list indicators whose value is null because data is missing (数据缺失). */
  all?: boolean;
  /** Only indicators whose key (code and param) or Chinese name contains this text (case ignored). */
  filter?: string;
}

/**
 * `jixiao evaluate [FILE] [--all] [--filter TEXT] [--json]`: compute every indicator of one
 * dataset and print them as an aligned table (代码, 名称, 值) — by default only the indicators
 * with a value or a meaningful null reason (不适用, 无法计算, 上年为0), then a line counting the
 * ones left out for missing data; or with `--json` the whole Evaluation as JSON (exact decimals
 * as strings).
 */
export function evaluateCommand(context: CliContext): Command {
  return new Command("evaluate")
    .summary("计算并列出绩效指标 / compute and list the indicators")
    .description(
      "计算一个部门年度数据集的全部绩效指标并列出；默认不列因数据缺失而无值的指标（--all 显示全部）；--json 输出完整评价结果。\n" +
        "Compute every indicator of one department-year dataset and list them; indicators without a value for missing data are left out unless --all; --json prints the whole Evaluation.",
    )
    .argument(
      "[file]",
      "数据集 JSON 文件，省略时用内置桃江2020示例 / dataset JSON file (default: the embedded Taojiang 2020 example)",
    )
    .option("--all", "也列出因数据缺失而无值的指标 / also list the indicators with missing data")
    .option(
      "--filter <text>",
      "只列出代码或名称包含该文字的指标 / only the indicators whose code or name contains the text",
    )
    .option("--json", "以 JSON 输出完整评价结果 / print the whole Evaluation as JSON")
    .action(
      async (
        file: string | undefined,
        options: { json?: boolean; all?: boolean; filter?: string },
      ) => {
        const { source, dataset } = await loadDataset(file, context.io.cwd);
        const evaluation = evaluate(dataset);
        context.io.stdout(
          `${options.json ? evaluationToJson(evaluation) : indicatorListing(evaluation, source, options)}\n`,
        );
      },
    );
}

/**
 * The whole Evaluation as indented JSON. Exact Decimal values become plain decimal strings
 * ("10.278623…"), through Decimal's own toJSON under the core Decimal configuration (no
 * exponent notation); nothing is rounded. Each indicator also carries `label`, the 名称 the
 * terminal table shows: for an indicator of one item its standard name followed by the item, so
 * the 公务接待费 change rate reads “三公经费”变动率（公务接待费） where `name` alone would not
 * tell it from the other items' (issue #10, "JSON names").
 * @example JSON.parse(evaluationToJson(e)).indicators[0].label
 */
export function evaluationToJson(evaluation: Evaluation): string {
  const indicators = evaluation.indicators.map((indicator) => {
    const { key, code, name, ...rest } = indicator;
    return { key, code, name, label: indicatorLabel(indicator, evaluation.dataset), ...rest };
  });
  return JSON.stringify({ ...evaluation, indicators }, null, 2);
}

/** True when an indicator has no value only because an input is blank (数据缺失). */
function isMissing(indicator: Indicator): boolean {
  return indicator.value === null && indicator.nullReason === "missing";
}

/**
 * The indicators as an aligned terminal table, at most {@link LISTING_WIDTH} cells wide (long
 * names wrap), under a title line naming the department, the year, the source and the count.
 * `filter` keeps the rows whose key or name contains the text; rows with missing data (数据缺失)
 * are left out unless `all`, and a closing line says how many. Then the number of 勾稽校验
 * findings.
 * @example indicatorListing(taojiang, "内置示例", { filter: "三公经费" }) // seed 1.2.1 rows, 控制率 10.28%
 */
export function indicatorListing(
  evaluation: Evaluation,
  source: string,
  options: ListingOptions = {},
): string {
  const { department, dataset, indicators, findings } = evaluation;
  const rows = indicators.map((i) => ({ indicator: i, label: indicatorLabel(i, dataset) }));
  const needle = options.filter?.toLowerCase();
  const matching =
    needle === undefined
      ? rows
      : rows.filter(
          ({ indicator, label }) =>
            indicator.key.toLowerCase().includes(needle) || label.toLowerCase().includes(needle),
        );
  const shown = options.all ? matching : matching.filter(({ indicator }) => !isMissing(indicator));
  const hidden = matching.length - shown.length;

  const lines = [
    `${department.name} ${department.fiscalYear}年度 绩效指标 / indicators: ${indicators.length} 项 (${source})`,
  ];
  if (options.filter !== undefined) {
    lines.push(
      `筛选 / filter “${options.filter}”: ${matching.length} 项 / ${matching.length} matching`,
    );
  }
  lines.push("");
  if (shown.length > 0) {
    lines.push(
      formatTextTable(
        [
          { header: "代码 / code" },
          { header: "名称 / name", wrap: true },
          { header: "值 / value", align: "right" },
        ],
        shown.map(({ indicator, label }) => [indicator.key, label, indicatorText(indicator)]),
        { maxWidth: LISTING_WIDTH },
      ),
    );
  } else if (hidden === 0) {
    lines.push(
      `没有代码或名称包含“${options.filter ?? ""}”的指标 / no indicator code or name contains "${options.filter ?? ""}"`,
    );
  }
  if (hidden > 0) {
    lines.push(
      "",
      `另有${hidden}项因数据缺失未列出（--all 显示全部） / ${hidden} more not listed for missing data (--all lists them)`,
    );
  }
  lines.push("", `勾稽校验发现 / consistency findings: ${findings.length}`);
  return lines.join("\n");
}
