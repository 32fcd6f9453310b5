/**
 * `pnpm bench`: every figure of issue #10 measured in one run, each beside its baseline, printed
 * as one table and written to bench/results.json. A section whose part of jixiao is missing (or
 * fails) prints "not available: <why>" for its rows; the run goes on.
 *
 * Options: `--only evaluate,store` runs some sections; `--quick` shortens every measurement;
 * `--out FILE` writes the results elsewhere; `--markdown` measures nothing and prints the results
 * file as a Markdown table (for docs/benchmarks.md); `--help` prints the usage. Only a full run
 * (every section, not quick) replaces bench/results.json, the figures docs/benchmarks.md quotes;
 * a partial or quick run writes bench/results.partial.json (git-ignored) unless `--out` is given.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./machine.ts";
import type { HotSpot } from "./profile.ts";
import { type BenchRow, formatMarkdown, formatTable, unavailable } from "./rows.ts";

const SECTIONS = ["evaluate", "checks", "store", "reports", "api", "web"] as const;
type Section = (typeof SECTIONS)[number];
/** Other names users reach for: the check recall rows are the "checks" section. */
const SECTION_ALIASES: Record<string, Section> = { recall: "checks" };

const FULL_RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));
const PARTIAL_RESULTS = fileURLToPath(new URL("./results.partial.json", import.meta.url));

const USAGE = `用法 / usage: pnpm bench [-- options]
  --only a,b     只测这些部分 / run only these sections: ${SECTIONS.join(", ")} (recall = checks)
  --quick        缩短每项测量 / shorten every measurement
  --out FILE     结果写入 FILE / write the results to FILE
  --markdown     不测量，把结果文件打印为 Markdown 表 / measure nothing, print the results file as Markdown
  --help         显示本说明 / show this help
只有完整运行（全部部分、非 --quick）才写 bench/results.json；其余写 bench/results.partial.json。
Only a full run (every section, not --quick) writes bench/results.json; others write bench/results.partial.json.`;

/** Bad usage: printed with the usage text, exit code 2 (no stack trace). */
class UsageError extends Error {}

interface Options {
  only: Set<Section>;
  quick: boolean;
  /** Set by --out; otherwise chosen by {@link resultsFile}. */
  out?: string;
  markdown: boolean;
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { only: new Set(SECTIONS), quick: false, markdown: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") options.quick = true;
    else if (arg === "--markdown") options.markdown = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--only") {
      const names = (argv[++i] ?? "").split(",").filter(Boolean);
      const resolved = names.map((n) => SECTION_ALIASES[n] ?? n);
      const bad = names.filter(
        (_, k) => !(SECTIONS as readonly string[]).includes(resolved[k] ?? ""),
      );
      if (names.length === 0 || bad.length > 0)
        throw new UsageError(
          `未知的部分 / unknown section: ${bad.join(", ") || "(none)"}; 可选 / one of: ${SECTIONS.join(", ")}`,
        );
      options.only = new Set(resolved as Section[]);
    } else if (arg === "--out") {
      const out = argv[++i];
      if (!out) throw new UsageError("--out 需要文件名 / --out needs a file name");
      options.out = out;
    } else if (arg !== "--") throw new UsageError(`未知选项 / unknown option: ${arg}`);
  }
  return options;
}

/** Where a run's results go: --out, else results.json for a full run, else results.partial.json. */
function resultsFile(options: Options): string {
  if (options.out) return options.out;
  const full = !options.quick && SECTIONS.every((s) => options.only.has(s));
  return full || options.markdown ? FULL_RESULTS : PARTIAL_RESULTS;
}

/** The message of whatever a section threw, on one line. */
function why(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]?.slice(0, 160) ?? "failed";
}

/** Run one section; if it throws, one "not available" row says why. */
async function section(
  name: Section,
  run: () => Promise<BenchRow[]>,
  log: (line: string) => void,
): Promise<BenchRow[]> {
  const started = performance.now();
  log(`· ${name} …`);
  try {
    const rows = await run();
    log(`  ${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return rows;
  } catch (error) {
    log(`  ${name} not available: ${why(error)}`);
    return [unavailable(name, "(section)", why(error))];
  }
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const out = resultsFile(options);
  if (options.markdown) {
    const saved = JSON.parse(readFileSync(out, "utf8")) as { rows: BenchRow[] };
    process.stdout.write(`${formatMarkdown(saved.rows)}\n`);
    return;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const machine = describeMachine();
  const started = performance.now();
  const budget = options.quick ? 800 : 3000;
  const rows: BenchRow[] = [];
  let profiles: Record<string, HotSpot[]> = {};
  const wanted = (s: Section) => options.only.has(s);

  // Evaluate first, alone on the machine: it measures one core of this process.
  if (wanted("evaluate")) {
    rows.push(
      ...(await section(
        "evaluate",
        async () => {
          const { evaluateSection } = await import("./sections/evaluate.ts");
          const result = await evaluateSection(budget);
          profiles = result.profiles;
          return result.rows;
        },
        log,
      )),
    );
  }
  if (wanted("checks")) {
    rows.push(
      ...(await section(
        "checks",
        async () => (await import("./sections/recall.ts")).recallSection(options.quick ? 20 : 60),
        log,
      )),
    );
  }
  if (wanted("store")) {
    rows.push(
      ...(await section(
        "store",
        async () => (await import("./sections/store.ts")).storeSection(options.quick ? 1000 : 3000),
        log,
      )),
    );
  }
  if (wanted("reports")) {
    rows.push(
      ...(await section(
        "reports",
        async () => (await import("./sections/reports.ts")).reportsSection(options.quick ? 4 : 16),
        log,
      )),
    );
  }
  if (wanted("api")) {
    rows.push(
      ...(await section(
        "api",
        async () => (await import("./sections/api.ts")).apiSection(options.quick ? 4 : 10),
        log,
      )),
    );
  }
  if (wanted("web")) {
    rows.push(
      ...(await section("web", async () => (await import("./sections/web.ts")).webSection(), log)),
    );
  }

  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${formatTable(rows)}\n`);
  for (const [figure, spots] of Object.entries(profiles)) {
    process.stdout.write(`\nprofile of "${figure}" (top self time):\n`);
    for (const s of spots)
      process.stdout.write(`  ${s.selfPercent.toFixed(1).padStart(5)}%  ${s.fn}\n`);
  }
  process.stdout.write(
    `\n${machine.cores} cores, ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAtStart} at start; ${seconds.toFixed(0)} s${options.quick ? " (--quick)" : ""}\n`,
  );
  const results = {
    generatedAt: new Date().toISOString(),
    quick: options.quick,
    seconds: Math.round(seconds),
    machine,
    rows,
    profiles,
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(
    `wrote ${out}${out === PARTIAL_RESULTS ? " (a partial or quick run; bench/results.json keeps the last full run)" : ""}`,
  );
}

await main();
// Worker pools, servers and database pools are closed by their sections; do not wait on strays.
process.exit(0);
