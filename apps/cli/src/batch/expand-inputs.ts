import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";

/** Files in a dataset folder that are not datasets: the generator's and the batch's own. */
export const NOT_DATASETS: ReadonlySet<string> = new Set(["manifest.json", "summary.json"]);

/** One input of a batch: the name to show and the absolute path; or why it cannot be used. */
export type ExpandedInput = { source: string; file: string } | { source: string; problem: string };

/**
 * Expand the batch's DIR|FILE arguments into dataset files: a directory gives its `*.json`
 * files (sorted by name, not recursive; manifest.json and summary.json left out), a file is
 * itself. A path that does not exist comes back with a bilingual problem, so the batch reports it
 * and goes on. Paths resolve against `cwd`; `source` keeps them as given (joined for a folder).
 * @example await expandInputs(["synth"], "/data") // [{ source: "synth/0001-….json", file: "/data/synth/0001-….json" }, …]
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInput[]> {
  const out: ExpandedInput[] = [];
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      out.push({
        source: arg,
        problem:
          code === "ENOENT"
            ? `${arg}: 找不到文件或目录 / no such file or directory`
            : `${arg}: 无法读取 / cannot read (${code})`,
      });
      continue;
    }
    if (!isDirectory) {
      out.push({ source: arg, file: path });
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isFile() && e.name.endsWith(".json") && !NOT_DATASETS.has(e.name))
      .map((e) => e.name)
      .sort();
    for (const name of names) out.push({ source: join(arg, name), file: join(path, name) });
  }
  return out;
}
