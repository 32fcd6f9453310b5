import {
  BUILTIN_FRAMEWORK_INPUTS,
  builtinFrameworks,
  DEFAULT_FRAMEWORK_ID,
} from "@jixiao/core/frameworks";
import { Command } from "commander";
import { CliError, ExitCode } from "../errors.ts";
import { formatTextTable } from "../table.ts";
import type { CliContext } from "./types.ts";

const AUTHORSHIP = { published: "公布标准", adapted: "改编", ours: "jixiao自拟" } as const;

/**
 * `jixiao frameworks [--json]` lists the built-in frameworks (编号, 名称, 版本, 适用地区, 来源性质);
 * `jixiao frameworks show ID` prints one as JSON, to copy, edit and pass to `jixiao score --framework FILE`.
 */
export function frameworksCommand(context: CliContext): Command {
  const command = new Command("frameworks")
    .summary("列出内置指标体系 / list the built-in frameworks")
    .description(
      "列出内置指标体系；frameworks show ID 输出其 JSON，可复制修改后用于 jixiao score --framework FILE。\n" +
        "List the built-in frameworks; `frameworks show ID` prints one as JSON to copy and edit.",
    )
    .option("--json", "以 JSON 输出列表 / print the list as JSON")
    .action((options: { json?: boolean }) => {
      const frameworks = builtinFrameworks();
      if (options.json) {
        const list = frameworks.map((f) => ({
          id: f.id,
          name: f.name,
          version: f.version,
          jurisdiction: f.jurisdiction,
          effectiveYear: f.effectiveYear,
          authorship: f.authorship,
          scale: f.scale,
          totalWeight: f.scale === "points" ? f.totalWeight : null,
          default: f.id === DEFAULT_FRAMEWORK_ID,
          sources: f.sources,
        }));
        context.io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      const table = formatTextTable(
        [
          { header: "编号 / id" },
          { header: "名称 / name" },
          { header: "版本" },
          { header: "适用 / jurisdiction" },
          { header: "性质" },
        ],
        frameworks.map((f) => [
          f.id === DEFAULT_FRAMEWORK_ID ? `${f.id} (默认)` : f.id,
          f.name,
          f.version,
          f.jurisdiction,
          AUTHORSHIP[f.authorship],
        ]),
      );
      context.io.stdout(`内置指标体系 / built-in frameworks: ${frameworks.length}\n\n${table}\n`);
    });
  command.addCommand(
    new Command("show")
      .summary("输出一个指标体系的 JSON / print one framework as JSON")
      .description(
        "输出内置指标体系的 JSON（可复制修改） / print a built-in framework as JSON, to copy and edit",
      )
      .argument("<id>", "指标体系编号 / framework id")
      .action((id: string) => {
        const input = BUILTIN_FRAMEWORK_INPUTS.find((f) => f.id === id);
        if (!input) {
          const ids = BUILTIN_FRAMEWORK_INPUTS.map((f) => f.id).join(", ");
          throw new CliError(
            `未知指标体系 / unknown framework: ${id}（内置 / built-in: ${ids}）`,
            ExitCode.badInput,
          );
        }
        context.io.stdout(`${JSON.stringify(input, null, 2)}\n`);
      }),
  );
  return command;
}
