import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadEnv, userCwd } from "./env.ts";
import { CliError } from "./errors.ts";
import { processIo } from "./io.ts";
import { smallDataset, withTempDir, writeInput } from "./test-fixtures.ts";

const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../..");

describe("loadEnv", () => {
  it("takes INIT_CWD, the directory pnpm was run from; empty or absent means none", () => {
    expect(loadEnv({ INIT_CWD: "/home/user/reports" })).toEqual({ INIT_CWD: "/home/user/reports" });
    expect(loadEnv({ INIT_CWD: "" })).toEqual({});
    expect(loadEnv({})).toEqual({});
  });

  it("rejects a relative INIT_CWD with exit 2 and a bilingual message", () => {
    expect(() => loadEnv({ INIT_CWD: "reports" })).toThrow(CliError);
    expect(() => loadEnv({ INIT_CWD: "reports" })).toThrow(
      'INIT_CWD="reports": INIT_CWD 应为绝对路径 / INIT_CWD must be an absolute path',
    );
  });
});

describe("processIo", () => {
  it("resolves relative paths against INIT_CWD when pnpm set it, else the process's cwd", () => {
    expect(processIo({ INIT_CWD: "/srv/data" }).cwd).toBe("/srv/data");
    expect(processIo({}).cwd).toBe(process.cwd());
    expect(userCwd({}, "/repo")).toBe("/repo");
  });
});

/** Run the real CLI from the repository root, as `pnpm jixiao` does, with a fake INIT_CWD. */
function runCli(
  args: readonly string[],
  initCwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      join(repoRoot, "node_modules/.bin/tsx"),
      ["apps/cli/src/main.ts", ...args],
      { cwd: repoRoot, env: { ...process.env, INIT_CWD: initCwd }, timeout: 30_000 },
      (error, stdout, stderr) =>
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe("jixiao run from another directory (INIT_CWD)", () => {
  it("reads FILE and writes --out relative to INIT_CWD, printing paths true from there", async () => {
    await withTempDir(async (dir) => {
      await writeInput(dir, "small.json", smallDataset());
      const { code, stdout, stderr } = await runCli(
        ["report", "small.json", "--format", "md", "--out", "reports"],
        dir,
      );
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const md = "桃江县自然资源局-2020-绩效评价报告.md";
      expect(await readdir(join(dir, "reports"))).toEqual([md]);
      expect(stdout).toBe(`已写入 / wrote 1 个文件 / files:\n  ${join("reports", md)}\n`);
    });
  }, 30_000);
});
