import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { errnoCode, OutputError } from "./output-error.ts";

/** Whether `path` exists as a directory; false when it is absent (or a path part is a file). */
async function existsAsDirectory(path: string): Promise<boolean> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = errnoCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw new OutputError(code ?? String(error), path, "create");
  }
  if (!info.isDirectory()) throw new OutputError("ENOTDIR", path, "create");
  return true;
}

/**
 * Make sure `dir` (an absolute path) is a directory we can write into, creating the missing
 * levels one at a time. Walks up to the nearest existing ancestor with `stat`, checks that it is
 * a directory we may write into, then creates each missing level with a non-recursive `mkdir`.
 * Node's recursive mkdir is not used: on procfs it loops for ever (mkdir("/proc/x") = ENOENT,
 * mkdir("/proc") = EEXIST, and again).
 * @throws OutputError (exit 3) naming the directory or file in the way and why: a path part is
 *   a file (ENOTDIR), no permission (EACCES), read-only (EROFS), or the file system will not
 *   hold a directory there (ENOENT, e.g. under /proc).
 * @example await ensureDirectory("/home/user/out/2020") // creates out and out/2020 as needed
 */
export async function ensureDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = dir;
  while (!(await existsAsDirectory(current))) {
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) throw new OutputError("ENOENT", current, "create");
    current = parent;
  }
  try {
    await access(current, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new OutputError(errnoCode(error) ?? String(error), current, "create");
  }
  for (const level of missing) {
    try {
      await mkdir(level);
    } catch (error) {
      const code = errnoCode(error);
      // Someone else made it meanwhile: fine if it is a directory.
      if (code === "EEXIST" && (await existsAsDirectory(level))) continue;
      throw new OutputError(code ?? String(error), level, "create");
    }
  }
}
