import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import type { ApiServerInfo } from "../api-server.ts";
import { type BenchRow, show, unavailable } from "../rows.ts";
import { datasetsWithProjects, taojiangText } from "../workloads.ts";

const SECTION = "api";
const CONNECTIONS = 50;

/** Start bench/api-server.ts in a child process (tsx) and wait for its JSON line. */
function startChild(): Promise<{ child: ChildProcess; info: ApiServerInfo }> {
  const script = fileURLToPath(new URL("../api-server.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", script, String(CONNECTIONS)], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((ready, fail) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(new Error("the API server did not start within 120 s"));
    }, 120_000);
    child.stderr?.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n") && line) {
        clearTimeout(timer);
        ready({ child, info: JSON.parse(line) as ApiServerInfo });
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      fail(
        new Error(`the API server exited (${code}): ${err.trim().split("\n").slice(-3).join(" ")}`),
      );
    });
  });
}

/** Stop the child (SIGTERM, then SIGKILL after 5 s) and wait for it to exit. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      done();
    });
    child.kill("SIGTERM");
  });
}

interface Load {
  requestsPerSecond: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The non-2xx status codes and how often, e.g. "409×3". */
  codes: string[];
}

/**
 * One autocannon run (50 connections, `seconds` long, a request may take up to 60 s) after a
 * warm-up of two requests per connection, all answered before the run starts (a warm-up cut off
 * by time would leave the server busy with abandoned requests). `options` is asked for each run
 * (0: warm-up, 1: measured), so that a run can use its own data.
 */
async function load(options: (run: 0 | 1) => autocannon.Options, seconds: number): Promise<Load> {
  const common = { connections: CONNECTIONS, timeout: 60 };
  await autocannon({ ...options(0), ...common, amount: 2 * CONNECTIONS });
  const r = await autocannon({ ...options(1), ...common, duration: seconds });
  const codes = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith("2"))
    .map(([code, stat]) => `${code}×${(stat as { count: number }).count}`);
  return {
    requestsPerSecond: r.requests.average,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    codes,
  };
}

/**
 * The evaluate and save procedures over real HTTP at 50 concurrent connections (autocannon in
 * this process, the server in a child), beside a bare Hono JSON route served by the same child
 * the same way (the ceiling):
 * - evaluate: POST /trpc/evaluations.run with a posted dataset (a generated small unit, 10
 *   projects), authenticated by an API token; target ≥ 40% of the bare route's requests/s;
 * - save: POST /trpc/datasets.update of Taojiang 2020 (the example file as written),
 *   each connection saving its own 草稿 with the version the previous save returned.
 */
export async function apiSection(seconds: number): Promise<BenchRow[]> {
  let started: { child: ChildProcess; info: ApiServerInfo };
  try {
    started = await startChild();
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [unavailable(SECTION, "evaluate and save procedures", why.slice(0, 160))];
  }
  const { child, info } = started;
  try {
    const auth = { authorization: `Bearer ${info.token}`, "content-type": "application/json" };
    const bare = await load(() => ({ url: `${info.bareUrl}/bare` }), seconds);
    const baseline = { name: "bare Hono JSON route", value: bare.requestsPerSecond, unit: "req/s" };

    const small = await datasetsWithProjects(1, 10);
    const evaluateBody = `{"dataset":${small.texts[0]}}`;
    const evaluate = await load(
      () => ({
        url: `${info.url}/trpc/evaluations.run`,
        method: "POST",
        headers: auth,
        body: evaluateBody,
      }),
      seconds,
    );

    const content = taojiangText();
    // No two saves in flight touch the same 草稿: a save leases a free draft and returns it with
    // the version the server answered (autocannon resets a connection's context after every
    // request, so the lease travels in the context of that one request). The warm-up uses the
    // first half of the drafts, so that nothing it leaves behind makes a measured save stale.
    const half = info.datasets.length / 2;
    const save = await load((run) => {
      const free = Array.from({ length: half }, (_, i) => run * half + i);
      return {
        url: info.url,
        headers: auth,
        requests: [
          {
            method: "POST",
            path: "/trpc/datasets.update",
            setupRequest: (req, context) => {
              const slot = free.pop();
              if (slot === undefined) throw new Error("more saves in flight than drafts");
              (context as { slot?: number }).slot = slot;
              const target = info.datasets[slot] as { id: string; version: number };
              return {
                ...req,
                body: `{"id":"${target.id}","expectedVersion":${target.version},"content":${content}}`,
              };
            },
            onResponse: (status, body, context) => {
              const slot = (context as { slot?: number }).slot;
              if (slot === undefined) return;
              const target = info.datasets[slot] as { version: number };
              const version =
                status === 200
                  ? /"version":(\d+)/.exec(body)?.[1]
                  : /"currentVersion":(\d+)/.exec(body)?.[1];
              if (version) target.version = Number(version);
              free.push(slot);
            },
          },
        ],
      };
    }, seconds);

    const row = (figure: string, r: Load, extra: Partial<BenchRow>): BenchRow => ({
      section: SECTION,
      figure,
      value: r.requestsPerSecond,
      unit: "req/s",
      baseline,
      ratio: {
        value: r.requestsPerSecond / bare.requestsPerSecond,
        text: `${show((100 * r.requestsPerSecond) / bare.requestsPerSecond)}% of bare`,
      },
      ...extra,
      note: `p99 ${show(r.p99)} ms (bare p99 ${show(bare.p99)} ms); ${r.non2xx} non-2xx${r.codes.length > 0 ? ` (${r.codes.join(", ")})` : ""}, ${r.errors} errors; ${extra.note ?? ""}`.replace(
        /; $/,
        "",
      ),
    });
    const share = evaluate.requestsPerSecond / bare.requestsPerSecond;
    return [
      row("evaluate procedure, 50 connections", evaluate, {
        target: { text: "≥ 40% of bare", met: share >= 0.4 },
        note: `posted ${small.source.replace(/^@jixiao\/synth, 1 datasets × /, "generated dataset, ")} (${Math.round(evaluateBody.length / 1024)} KiB), API token`,
      }),
      row("save procedure, 50 connections", save, {
        note: `datasets.update of Taojiang 2020 (${Math.round(content.length / 1024)} KiB), SQLite`,
      }),
      {
        section: SECTION,
        figure: "  p99 latency: evaluate / save",
        value: evaluate.p99,
        unit: "ms",
        baseline: { name: "bare p99", value: bare.p99, unit: "ms" },
        ratio: { value: save.p99, text: `save p99 ${show(save.p99)} ms` },
      },
    ];
  } finally {
    await stopChild(child);
  }
}
