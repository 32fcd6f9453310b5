import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type BenchRow, show, unavailable } from "../rows.ts";

const SECTION = "web";
const WEB = fileURLToPath(new URL("../../apps/web", import.meta.url));

/** Run `vite build` of apps/web into `outDir` (a child process); rejects with its last lines. */
function build(outDir: string): Promise<void> {
  const vite = join(WEB, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) return Promise.reject(new Error("apps/web has no vite installed"));
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [vite, "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
      { cwd: WEB, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.on("exit", (code) =>
      code === 0
        ? done()
        : fail(
            new Error(
              `vite build failed (${code}): ${output.trim().split("\n").slice(-2).join(" ")}`,
            ),
          ),
    );
  });
}

/** The JS files a module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g)) {
    const spec = m[1] ?? m[2];
    if (spec) out.push(spec);
  }
  return out;
}

/**
 * The JS of the first page load: the module scripts and modulepreload links of index.html,
 * and everything they import statically (dynamic `import()` chunks load later, so they are
 * left out). Paths are files under `dist`.
 */
export function initialGraph(dist: string): string[] {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const roots: string[] = [];
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    roots.push(m[1] as string);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    roots.push(m[1] as string);
  const seen = new Set<string>();
  const queue = roots.map((r) => join(dist, r.replace(/^\//, "")));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const spec of staticImports(code)) {
      queue.push(spec.startsWith("/") ? join(dist, spec.slice(1)) : resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

/** Every .js file under a folder. */
function allJs(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".js"))
    .map((e) => join(e.parentPath, e.name));
}

const gzipped = (files: readonly string[]) =>
  files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0);

/**
 * The production bundle of apps/web (vite build into a scratch folder): the gzipped size of the
 * JS a first page load fetches (index.html's module script and modulepreloads, with their static
 * imports), beside all the JS of the build. Target: initial JS < 400 kB gzipped (1 kB = 1,000
 * bytes, gzip level 6).
 */
export async function webSection(): Promise<BenchRow[]> {
  const figure = "initial JS, gzipped";
  if (!existsSync(join(WEB, "index.html")))
    return [unavailable(SECTION, figure, "apps/web has no index.html")];
  const dist = mkdtempSync(join(tmpdir(), "jixiao-bench-web-"));
  try {
    const started = performance.now();
    await build(dist);
    const seconds = (performance.now() - started) / 1000;
    const initial = initialGraph(dist);
    if (initial.length === 0)
      return [unavailable(SECTION, figure, "index.html loads no module script")];
    const initialKb = gzipped(initial) / 1000;
    const totalKb = gzipped(allJs(dist)) / 1000;
    return [
      {
        section: SECTION,
        figure,
        value: initialKb,
        unit: "kB",
        baseline: { name: "all JS of the build, gzipped", value: totalKb, unit: "kB" },
        ratio: {
          value: initialKb / totalKb,
          text: `${show((100 * initialKb) / totalKb)}% of all JS`,
        },
        target: { text: "< 400 kB", met: initialKb < 400 },
        note: `${initial.length} initial files (${initial
          .map((f) => relative(dist, f))
          .join(", ")
          .slice(0, 160)}); vite build ${show(seconds)} s`,
      },
    ];
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
