import { readdir, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { MAX_SYNTH_COUNT, synthesizeDatasets } from "@jixiao/synth";
import { Command } from "commander";
import { z } from "zod";
import { CliError, ExitCode } from "../errors.ts";
import { type OutputFile, writeFilesAtomically } from "../output.ts";
import { shownPath } from "../shown-path.ts";
import type { CliContext } from "./types.ts";

/** The options of `jixiao synth`, as commander hands them over (strings), validated. */
export const SynthOptions = z.object({
  count: z.coerce
    .number({ error: "--count 应为整数 / --count must be a whole number" })
    .int({ error: "--count 应为整数 / --count must be a whole number" })
    .min(1, { error: "--count 应为 1 到 10000 / --count must be 1 … 10000" })
    .max(MAX_SYNTH_COUNT, { error: "--count 应为 1 到 10000 / --count must be 1 … 10000" }),
  seed: z
    .string()
    .min(1, { error: "--seed 不能为空 / --seed must not be empty" })
    .transform((s) => (/^-?\d{1,9}$/.test(s) ? Number.parseInt(s, 10) : s)),
  out: z.string().min(1),
  inconsistent: z.coerce
    .number({ error: "--inconsistent 应为 0 到 1 的比例 / --inconsistent must be a share 0 … 1" })
    .min(0, { error: "--inconsistent 应为 0 到 1 的比例 / --inconsistent must be a share 0 … 1" })
    .max(1, { error: "--inconsistent 应为 0 到 1 的比例 / --inconsistent must be a share 0 … 1" }),
  projects: z.coerce
    .number({ error: "--projects 应为整数 / --projects must be a whole number" })
    .int({ error: "--projects 应为整数 / --projects must be a whole number" })
    .min(1, { error: "--projects 应为 1 到 5000 / --projects must be 1 … 5000" })
    .max(5000, { error: "--projects 应为 1 到 5000 / --projects must be 1 … 5000" })
    .optional(),
  force: z.boolean().default(false),
});
export type SynthOptions = z.infer<typeof SynthOptions>;

/**
 * Validate `jixiao synth` options.
 * @throws CliError (exit 2) naming each bad option and value, in Chinese and English.
 * @example parseSynthOptions({ count: "12", seed: "7", out: "data", inconsistent: "0.2" }).count === 12
 */
export function parseSynthOptions(raw: Record<string, unknown>): SynthOptions {
  const result = SynthOptions.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map(
    (i) => `  --${i.path.join(".")}=${JSON.stringify(raw[String(i.path[0])])}: ${i.message}`,
  );
  throw new CliError(`选项无效 / invalid options:\n${lines.join("\n")}`, ExitCode.badInput);
}

/** A dataset file an earlier `jixiao synth` wrote: `<nnnn>-….json`. */
const SYNTH_FILE = /^\d{4}-.*\.json$/i;

/**
 * Make sure `outDir` holds no earlier datasets, so that a run never mixes with an older one
 * (whose files its manifest.json would not list). A folder that does not exist yet, or holds no
 * `*.json` file (any case), is fine. With `force`, the earlier generator output — the
 * `<nnnn>-….json` files and manifest.json — is removed; other JSON files are kept and named.
 * @returns the other JSON files kept (with `force`), for a note.
 * @throws CliError (exit 2) without `force` when the folder holds JSON files, naming the folder
 *   and how many, in Chinese and English.
 */
export async function clearSynthFolder(
  outDir: string,
  force: boolean,
  shown: string,
): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(outDir, { withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith(".json"))
      .map((e) => e.name)
      .sort();
  } catch {
    return []; // absent (or not a folder: the write reports it, exit 3)
  }
  if (names.length === 0) return [];
  const earlier = names.filter((n) => SYNTH_FILE.test(n) || n.toLowerCase() === "manifest.json");
  if (!force) {
    const listed = names.slice(0, 5).join(", ") + (names.length > 5 ? ", …" : "");
    throw new CliError(
      `--out=${JSON.stringify(shown)}: 目录中已有 ${names.length} 个 JSON 文件（${listed}），新旧数据集会混在一起；换一个空目录，或加 --force 删除以前生成的 NNNN-*.json 与 manifest.json / ` +
        `the folder already holds ${names.length} JSON file${names.length === 1 ? "" : "s"} (${listed}); old and new datasets would mix. Use an empty folder, or --force to remove the earlier NNNN-*.json and manifest.json`,
      ExitCode.badInput,
    );
  }
  for (const name of earlier) await rm(join(outDir, name), { force: true });
  return names.filter((n) => !earlier.includes(n));
}

/**
 * `jixiao synth --count N --seed S --out DIR [--inconsistent SHARE] [--projects N]`: write N
 * (1 … 10000) generated department-year datasets (`<nnnn>-<county>-<kind>-<year>.json`) and
 * `manifest.json` (the injected inconsistencies, with the rule expected to find each) into DIR.
 * `--inconsistent` defaults to 0 (no injections); with a share, exactly round(N × share)
 * datasets (四舍五入) carry injections, chosen by the seed. The same seed writes the same bytes.
 * Files are written atomically, all or none. A folder that already holds JSON files is refused
 * (exit 2) unless --force, which first removes the earlier NNNN-*.json and manifest.json.
 */
export function synthCommand(context: CliContext): Command {
  return new Command("synth")
    .summary("生成模拟数据集 / write generated datasets")
    .description(
      "生成逼真、有效、可复现的部门整体支出数据集（同一种子得到相同字节），部分数据集注入不一致并记录于 manifest.json。\n" +
        "Write realistic, valid, reproducible datasets (same seed, same bytes); a share carries injected inconsistencies, listed in manifest.json.",
    )
    .requiredOption("-n, --count <n>", "数据集个数 1–10000 / number of datasets 1–10000")
    .option("-s, --seed <seed>", "随机种子（整数或文本） / seed (integer or text)", "1")
    .option("-o, --out <dir>", "输出目录 / output directory", "synth")
    .option(
      "--inconsistent <share>",
      "注入不一致的数据集比例 0–1，默认 0（不注入）；取 round(个数 × 比例) 个数据集 / share 0–1 of datasets with injected inconsistencies, default 0 (none); exactly round(count × share) datasets",
      "0",
    )
    .option(
      "--projects <n>",
      "每个数据集的项目数（默认混合） / projects per dataset (default: a mix)",
    )
    .option(
      "--force",
      "目录中已有数据集时，先删除以前生成的 NNNN-*.json 与 manifest.json / remove the earlier NNNN-*.json and manifest.json from the out folder first",
    )
    .action(async (raw: Record<string, unknown>) => {
      const { io } = context;
      const options = parseSynthOptions(raw);
      const outDir = resolve(io.cwd, options.out);
      const { datasets, manifest } = synthesizeDatasets({
        count: options.count,
        seed: options.seed,
        inconsistencyShare: options.inconsistent,
        ...(options.projects === undefined ? {} : { projectCount: options.projects }),
      });
      const kept = await clearSynthFolder(outDir, options.force, options.out);
      if (kept.length > 0) {
        io.stderr(
          `注意 / note: 保留了不是 synth 生成的 JSON 文件 / kept JSON files synth did not write: ${kept.join(", ")}\n`,
        );
      }
      const files: OutputFile[] = datasets.map((d) => ({
        path: resolve(outDir, d.file),
        content: `${JSON.stringify(d.dataset, null, 2)}\n`,
      }));
      files.push({
        path: resolve(outDir, "manifest.json"),
        content: `${JSON.stringify(manifest, null, 2)}\n`,
      });
      await writeFilesAtomically(files);
      const injected = manifest.injections.length;
      const withInjections = new Set(manifest.injections.map((e) => e.file)).size;
      io.stdout(
        `已写入 / wrote ${datasets.length} 个数据集 / datasets + manifest.json → ${shownPath(outDir, io.cwd)}\n` +
          `注入不一致 / injected inconsistencies: ${injected} 处，分布于 ${withInjections} 个数据集 / in ${withInjections} datasets\n`,
      );
    });
}
