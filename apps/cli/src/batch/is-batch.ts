import { stat } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * Whether `jixiao report` runs as a batch: when --jobs, --from or --queue is given, or a
 * FILE argument is a directory. Otherwise the single-run behaviour stands (every input validated
 * before anything is written, exit 2 on bad input). Kept apart from the batch machinery so that
 * a single run never loads worker threads, pg-boss or the API client.
 * @example await isBatch(["synth"], {}, "/data") // true when /data/synth is a folder
 */
export async function isBatch(
  files: readonly string[],
  raw: Record<string, unknown>,
  cwd: string,
): Promise<boolean> {
  if (raw.jobs !== undefined || raw.from !== undefined || raw.queue) return true;
  for (const file of files) {
    try {
      if ((await stat(resolve(cwd, file))).isDirectory()) return true;
    } catch {
      // A missing file is reported by the single-run loader.
    }
  }
  return false;
}
