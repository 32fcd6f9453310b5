import { stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureDirectory } from "./ensure-directory.ts";
import { OutputError } from "./output-error.ts";
import { withTempDir } from "./test-fixtures.ts";

/** The OutputError `body` rejects with (fails the test if it resolves or throws anything else). */
async function outputError(body: Promise<unknown>): Promise<OutputError> {
  const error = await body.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutputError);
  return error as OutputError;
}

describe("ensureDirectory", () => {
  it("creates every missing level and accepts a directory that exists", async () => {
    await withTempDir(async (dir) => {
      const target = join(dir, "a", "b", "c");
      await ensureDirectory(target);
      expect((await stat(target)).isDirectory()).toBe(true);
      await ensureDirectory(target);
      await ensureDirectory(dir);
      expect((await stat(target)).isDirectory()).toBe(true);
    });
  });

  it("names the file that stands where a directory is needed (ENOTDIR)", async () => {
    await withTempDir(async (dir) => {
      const file = join(dir, "report.md");
      await writeFile(file, "text");
      for (const target of [file, join(file, "sub"), join(file, "sub", "deeper")]) {
        const error = await outputError(ensureDirectory(target));
        expect(error.code).toBe("ENOTDIR");
        expect(error.path).toBe(file);
        expect(error.exitCode).toBe(3);
      }
    });
  });

  it("returns at once under /proc, where Node's recursive mkdir loops for ever", async () => {
    const started = Date.now();
    const error = await outputError(ensureDirectory("/proc/nope/a/b"));
    expect(Date.now() - started).toBeLessThan(2_000);
    // As root the access check passes and mkdir("/proc/nope") says ENOENT; otherwise EACCES.
    expect(["ENOENT", "EACCES"]).toContain(error.code);
    expect(["/proc/nope", "/proc"]).toContain(error.path);
  }, 3_000);
});
