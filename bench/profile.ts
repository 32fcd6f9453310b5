import { Session } from "node:inspector/promises";

/** A function's share of the samples in which it was itself running (self time). */
export interface HotSpot {
  /** "judge (packages/core/src/checks/judge.ts)". */
  fn: string;
  /** Share of all samples, in percent (timing, not money). */
  selfPercent: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

/** "packages/core/src/checks/judge.ts" from a file URL; "decimal.js" for a dependency. */
function where(url: string): string {
  if (!url) return "";
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  const at = url.indexOf("/work/main/");
  return at >= 0 ? url.slice(at + "/work/main/".length) : url.replace(/^file:\/\//, "");
}

/**
 * CPU-profile `op` run repeatedly for about `ms` milliseconds (V8's sampling profiler through
 * node:inspector) and return the `top` functions by self time.
 * @example await hotSpots(() => evaluate(…), 1500) // [{ fn: "(garbage collector)", selfPercent: 18.2 }, …]
 */
export async function hotSpots(op: () => unknown, ms: number, top = 10): Promise<HotSpot[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    const end = performance.now() + ms;
    while (performance.now() < end) op();
    const { profile } = (await session.post("Profiler.stop")) as {
      profile: { nodes: ProfileNode[]; samples: number[] };
    };
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const counts = new Map<string, number>();
    for (const id of profile.samples) {
      const node = byId.get(id);
      if (!node) continue;
      const name = node.callFrame.functionName || "(anonymous)";
      const file = where(node.callFrame.url);
      const key = file ? `${name} (${file})` : name;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = profile.samples.length || 1;
    return [...counts]
      .filter(([fn]) => fn !== "(idle)" && fn !== "(program)")
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, n]) => ({ fn, selfPercent: Math.round((n / total) * 1000) / 10 }));
  } finally {
    session.disconnect();
  }
}
