import { resolve } from "node:path";
import { basicDataTemplate } from "@jixiao/report/xlsx";
import { Command } from "commander";
import { writeFilesAtomically } from "../output.ts";
import { shownPath } from "../shown-path.ts";
import type { CliContext } from "./types.ts";

/**
 * `jixiao template --out FILE.xlsx`: write a blank 基础数据表 workbook (说明 sheet, one sheet
 * per data block with headers, units, data validation and frozen header rows) for a department
 * to fill in Excel, WPS or LibreOffice and bring back with `jixiao import`.
 */
export function templateCommand(context: CliContext): Command {
  return new Command("template")
    .summary("生成空白基础数据表 / write a blank 基础数据表 workbook")
    .description(
      "生成空白的基础数据表（XLSX），填写后用 jixiao import 导入。\n" +
        "Write a blank 基础数据表 workbook (XLSX); fill it in, then bring it back with jixiao import.",
    )
    .option("-o, --out <file>", "输出文件 / output file", "基础数据表.xlsx")
    .action(async (options: { out: string }) => {
      const path = resolve(context.io.cwd, options.out);
      await writeFilesAtomically([{ path, content: await basicDataTemplate() }]);
      context.io.stdout(`已写入 / wrote: ${shownPath(path, context.io.cwd)}\n`);
    });
}
