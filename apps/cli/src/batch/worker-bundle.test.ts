import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildWorkerBundle, workerExecArgv } from "./worker-bundle.ts";

describe("worker bundle", () => {
  it("leaves module hooks (tsx) and source maps out of the worker threads' Node options", () => {
    expect(
      workerExecArgv([
        "--require",
        "/x/tsx/dist/preflight.cjs",
        "--import",
        "file:///x/tsx/dist/loader.mjs",
        "--loader=tsx",
        "--enable-source-maps",
        "--max-old-space-size=4096",
      ]),
    ).toEqual(["--max-old-space-size=4096"]);
  });

  it("builds one entry that renders a dataset, and removes it when disposed", async () => {
    const bundle = await buildWorkerBundle();
    expect(bundle).not.toBeNull();
    if (!bundle) return;
    const file = fileURLToPath(bundle.entry);
    try {
      const { default: renderTask } = await import(bundle.entry);
      expect(typeof renderTask).toBe("function");
    } finally {
      bundle.dispose();
    }
    expect(existsSync(file)).toBe(false);
  }, 60_000);
});
