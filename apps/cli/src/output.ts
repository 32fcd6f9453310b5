import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { ensureDirectory } from "./ensure-directory.ts";
import { errnoCode, OutputError } from "./output-error.ts";

/** One file to write: its final path and its complete content. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Write files so that no partial file is ever left behind. Each content goes to a temporary
 * file in the target's own directory (`.<name>.<random>.tmp`, so the final rename stays on one
 * file system and is atomic), and only once every temporary file is fully written are they
 * renamed into place. On any failure every temporary file is removed and the error is rethrown;
 * a file that already reached its final name is complete, never truncated.
 *
 * Directories are created as needed, one level at a time ({@link ensureDirectory}). Strings are
 * written as UTF-8.
 * @throws OutputError (exit 3, after cleaning up) naming the final path — never the temporary
 *   file — and the reason (EACCES, ENOSPC, EROFS …) in Chinese and English.
 * @example await writeFilesAtomically([{ path: "out/桃江县自然资源局-2020-绩效评价报告.md", content: md }])
 */
export async function writeFilesAtomically(files: readonly OutputFile[]): Promise<void> {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const dir = dirname(file.path);
      await ensureDirectory(dir);
      const temp = join(dir, `.${basename(file.path)}.${randomBytes(6).toString("hex")}.tmp`);
      staged.push({ temp, path: file.path });
      await asOutputError(file.path, writeFile(temp, file.content, { flag: "wx" }));
    }
    while (staged.length > 0) {
      const next = staged[0];
      if (!next) break;
      await asOutputError(next.path, rename(next.temp, next.path));
      staged.shift();
    }
  } catch (error) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw error;
  }
}

/** Await a write to `path`; a file-system error becomes an {@link OutputError} naming `path`. */
async function asOutputError(path: string, write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    const code = errnoCode(error);
    throw code === undefined ? error : new OutputError(code, path, "write");
  }
}
