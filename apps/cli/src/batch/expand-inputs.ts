import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { CliError, ExitCode } from "../errors.ts";

/** Files in a dataset folder that are not datasets: the generator's and the batch's own. */
export const NOT_DATASETS: ReadonlySet<string> = new Set(["manifest.json", "summary.json"]);

/** One input of a batch: the name to show and the absolute path; or why it cannot be used. */
export type ExpandedInput = { source: string; file: string } | { source: string; problem: string };

/** What a batch's DIR|FILE arguments give: the inputs, and what a folder held that is left out. */
export interface ExpandedInputs {
  inputs: ExpandedInput[];
  /**
   * Entries of a folder that are not read, as given (joined to the folder argument), a
   * sub-folder ending in "/": sub-folders (a batch does not recurse) and files whose name does
   * not end in .json. manifest.json and summary.json are left out silently.
   */
  skipped: string[];
}

/** Whether a folder entry's name is a dataset's: ends in .json, in any case (C.JSON too). */
export function isDatasetName(name: string): boolean {
  return name.toLowerCase().endsWith(".json") && !NOT_DATASETS.has(name.toLowerCase());
}

/**
 * Expand the batch's DIR|FILE arguments into dataset files: a directory gives its files whose
 * name ends in `.json`, in any case (sorted by name; manifest.json and summary.json left out),
 * a file is itself. A directory is not recursed into: its sub-folders and its other files are
 * returned in `skipped`, for the command to mention. Paths resolve against `cwd`; `source`
 * keeps them as given (joined for a folder). A path that cannot be read comes back with a
 * bilingual problem, so the batch reports it and goes on.
 * @throws CliError (exit 2) naming every argument that does not exist: that is bad usage, and
 *   nothing has been started or written.
 * @example await expandInputs(["synth"], "/data") // { inputs: [{ source: "synth/0001-….json", file: "/data/synth/0001-….json" }, …], skipped: [] }
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const inputs: ExpandedInput[] = [];
  const skipped: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code === "ENOENT" || code === "ENOTDIR") {
        missing.push(arg);
        continue;
      }
      inputs.push({ source: arg, problem: `${arg}: 无法读取 / cannot read (${code})` });
      continue;
    }
    if (!isDirectory) {
      inputs.push({ source: arg, file: path });
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      if (e.isFile() && isDatasetName(e.name)) {
        inputs.push({ source: join(arg, e.name), file: join(path, e.name) });
      } else if (e.isDirectory()) {
        skipped.push(`${join(arg, e.name)}/`);
      } else if (!NOT_DATASETS.has(e.name.toLowerCase())) {
        skipped.push(join(arg, e.name));
      }
    }
  }
  if (missing.length > 0) {
    throw new CliError(
      `找不到文件或目录 / no such file or directory: ${missing.join(", ")}`,
      ExitCode.badInput,
    );
  }
  return { inputs, skipped };
}

/**
 * The note a batch prints about what a folder held that it does not read, or "" when nothing
 * was left out. Lists up to 10 entries, then how many more.
 * @example skippedNote(["data/old/", "data/readme.txt"]) // "注意 / note: 未读取 2 项（…）…"
 */
export function skippedNote(skipped: readonly string[]): string {
  if (skipped.length === 0) return "";
  const shown = skipped.slice(0, 10).join(", ");
  const more =
    skipped.length > 10 ? ` … 另有 ${skipped.length - 10} 项 / ${skipped.length - 10} more` : "";
  return (
    `注意 / note: 未读取 ${skipped.length} 项（不进入子目录，只读 .json 文件） / ` +
    `skipped ${skipped.length} (sub-folders are not read; only .json files are): ${shown}${more}\n`
  );
}
