/**
 * `pnpm bench`: every figure of issue #10 measured in one run, each beside its baseline, printed
 * as one table and written to bench/results.json. A section whose part of jixiao is missing (or
 * fails) prints "not available: <why>" for its rows; the run goes on.
 *
 * Options: `--only evaluate,store` runs some sections; `--quick` shortens every measurement;
 * `--out FILE` writes the results elsewhere (default bench/results.json); `--markdown` measures
 * nothing and prints the results file as a Markdown table (for docs/benchmarks.md).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeMachine } from "./machine.ts";
import type { HotSpot } from "./profile.ts";
import { type BenchRow, formatMarkdown, formatTable, unavailable } from "./rows.ts";

const SECTIONS = ["evaluate", "checks", "store", "reports", "api", "web"] as const;
type Section = (typeof SECTIONS)[number];

interface Options {
  only: Set<Section>;
  quick: boolean;
  out: string;
  markdown: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    only: new Set(SECTIONS),
    quick: false,
    markdown: false,
    out: fileURLToPath(new URL("./results.json", import.meta.url)),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--quick") options.quick = true;
    else if (arg === "--markdown") options.markdown = true;
    else if (arg === "--only") {
      const names = (argv[++i] ?? "").split(",").filter(Boolean);
      const bad = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
      if (bad.length > 0)
        throw new Error(`unknown section ${bad.join(", ")}: ${SECTIONS.join(", ")}`);
      options.only = new Set(names as Section[]);
    } else if (arg === "--out") options.out = argv[++i] ?? options.out;
    else if (arg !== "--") throw new Error(`unknown option ${arg}`);
  }
  return options;
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
  const options = parseArgs(process.argv.slice(2));
  if (options.markdown) {
    const saved = JSON.parse(readFileSync(options.out, "utf8")) as { rows: BenchRow[] };
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
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${options.out}`);
}

await main();
// Worker pools, servers and database pools are closed by their sections; do not wait on strays.
process.exit(0);
