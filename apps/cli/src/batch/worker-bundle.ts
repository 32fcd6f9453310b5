import { mkdtempSync, rmSync } from "node:fs";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Plugin } from "esbuild";

/** A prebuilt entry for the batch's worker threads: its file URL, and how to remove it. */
export interface WorkerBundle {
  entry: string;
  /** Node options for the worker threads that load it (see {@link workerExecArgv}). */
  execArgv: string[];
  dispose(): void;
}

/** Options that load module hooks: the value is the next argument unless given with "=". */
const HOOK_OPTIONS = ["--import", "--require", "-r", "--loader", "--experimental-loader"];

/**
 * The process's Node options without module hooks and source-map support, for worker threads
 * that load the prebuilt bundle. Under `pnpm jixiao`, `pnpm bench` or any tsx run, Node's
 * options load tsx, and worker threads inherit them: tsx would then register in every thread
 * and run its CommonJS transform over echarts' and exceljs's files (≈1 s of CPU per thread) for
 * a bundle that is plain JavaScript already.
 * @example workerExecArgv(["--require", "preflight.cjs", "--import", "loader.mjs", "--max-old-space-size=4096"]) // ["--max-old-space-size=4096"]
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i] as string;
    const name = arg.split("=")[0] as string;
    if (HOOK_OPTIONS.includes(name)) {
      if (!arg.includes("=")) i++;
      continue;
    }
    if (name === "--enable-source-maps") continue;
    kept.push(arg);
  }
  return kept;
}

/** esbuild, loaded on first use (a batch of one file never needs it); null when it cannot load. */
async function loadEsbuild(): Promise<typeof import("esbuild") | null> {
  try {
    return await import("esbuild");
  } catch {
    return null;
  }
}

/**
 * Compile the batch's worker code (worker-task.ts with the workspace packages it imports: core,
 * report, the CLI's loaders) into plain JavaScript once, in a temporary folder, so that each
 * worker thread loads it directly instead of registering tsx and compiling every workspace file
 * through tsx's loader hooks on first use (≈1.5–2 s of CPU per thread). npm packages stay
 * outside the bundle and are imported from where they are installed (file URLs), so the bundle
 * loads the very files the source would; dynamic imports (renderers loaded on first use) stay
 * separate chunks. Returns null when esbuild is missing or the build fails: the batch then
 * uses worker-entry.mjs (tsx) as before.
 * @example const bundle = await buildWorkerBundle(); new Piscina({ filename: bundle?.entry ?? WORKER_ENTRY })
 */
export async function buildWorkerBundle(): Promise<WorkerBundle | null> {
  const esbuild = await loadEsbuild();
  if (!esbuild) return null;
  const dir = mkdtempSync(join(tmpdir(), "jixiao-batch-worker-"));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  const external: Plugin = {
    name: "npm-packages-external",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "inner") return undefined;
        if (isBuiltin(args.path)) return { path: args.path, external: true };
        if (args.path.startsWith("@jixiao/")) return undefined; // workspace TypeScript: bundled
        const found = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: "inner",
        });
        if (found.errors.length > 0 || !found.path) return { errors: found.errors };
        return { path: pathToFileURL(found.path).href, external: true };
      });
    },
  };
  try {
    await esbuild.build({
      entryPoints: { worker: fileURLToPath(new URL("./worker-task.ts", import.meta.url)) },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // Resolve packages as Node does for import (no "module" condition).
      conditions: [],
      outdir: dir,
      outExtension: { ".js": ".mjs" },
      plugins: [external],
      logLevel: "silent",
    });
  } catch {
    dispose();
    return null;
  }
  return {
    entry: pathToFileURL(join(dir, "worker.mjs")).href,
    execArgv: workerExecArgv(),
    dispose,
  };
}
