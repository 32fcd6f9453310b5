import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { importBasicData } from "@jixiao/report/xlsx";
import { Command } from "commander";
import { CliError, ExitCode } from "../errors.ts";
import { writeFilesAtomically } from "../output.ts";
import { shownPath } from "../shown-path.ts";
import type { CliContext } from "./types.ts";

/** The default output path: FILE.xlsx → FILE.json. */
function defaultOut(file: string): string {
  return /\.xlsx$/i.test(file) ? file.replace(/\.xlsx$/i, ".json") : `${file}.json`;
}

/**
 * `jixiao import FILE.xlsx --out FILE.json`: read a filled 基础数据表 workbook into a dataset.
 * Every wrong cell is listed as "工作表!单元格: 原因 / reason" and the command exits 2 without
 * writing anything; only a workbook whose every cell is valid becomes a JSON dataset.
 */
export function importCommand(context: CliContext): Command {
  return new Command("import")
    .summary("导入基础数据表 / read a filled 基础数据表 workbook into a dataset")
    .description(
      "把填好的基础数据表（XLSX）转为数据集 JSON；逐格核对，任何一格有误则列出全部错误单元格，不写文件（退出码 2）。\n" +
        "Turn a filled 基础数据表 workbook into a dataset JSON; every wrong cell is listed and nothing is written (exit 2).",
    )
    .argument("<file>", "基础数据表 XLSX 文件 / the filled workbook")
    .option("-o, --out <file>", "输出的数据集 JSON / output dataset JSON (default: FILE.json)")
    .action(async (file: string, options: { out?: string }) => {
      const { io } = context;
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(await readFile(resolve(io.cwd, file)));
      } catch (error) {
        throw new CliError(
          `${file}: 无法读取文件 / cannot read the file (${error instanceof Error ? error.message : String(error)})`,
          ExitCode.badInput,
        );
      }
      const result = await importBasicData(bytes);
      if (!result.ok) {
        const n = result.problems.length;
        throw new CliError(
          `${file}: 基础数据表有 ${n} 处错误，未写入任何文件 / ${n} problem${n === 1 ? "" : "s"} in the workbook; nothing was written\n${result.problems.map((p) => `  ${p.message}`).join("\n")}`,
          ExitCode.badInput,
        );
      }
      const out = resolve(io.cwd, options.out ?? defaultOut(file));
      await writeFilesAtomically([
        { path: out, content: `${JSON.stringify(result.dataset, null, 2)}\n` },
      ]);
      io.stdout(`已写入 / wrote: ${shownPath(out, io.cwd)}\n`);
    });
}
