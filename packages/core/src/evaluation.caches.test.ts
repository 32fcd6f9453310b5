import { describe, expect, it, vi } from "vitest";
// Tests may read the example by relative path; production code in core never does.
import taojiang from "../../../examples/taojiang-natural-resources-2020/dataset.json" with {
  type: "json",
};

/**
 * evaluate keeps per-process caches (framework-independent unit tables, the key index of an
 * indicators array) and per-run memos (column totals, parsed cells, the checks' context). None
 * may carry anything from one evaluation into another: these tests compare evaluations made
 * after others in one module instance with those of a fresh instance (a fresh process's state).
 */

type Core = {
  evaluate: typeof import("./evaluation.ts").evaluate;
  parseDataset: typeof import("./schema/parse.ts").parseDataset;
  builtinFramework: typeof import("./frameworks/builtin/index.ts").builtinFramework;
};

async function freshCore(): Promise<Core> {
  vi.resetModules();
  const { evaluate } = await import("./evaluation.ts");
  const { parseDataset } = await import("./schema/parse.ts");
  const { builtinFramework } = await import("./frameworks/builtin/index.ts");
  return { evaluate, parseDataset, builtinFramework };
}

/** The evaluation as text (Decimals as their exact strings), without the dataset echoed back. */
function asText(core: Core, input: unknown, frameworkId = "hunan-county-2020"): string {
  const framework = core.builtinFramework(frameworkId);
  if (!framework) throw new Error(`no framework ${frameworkId}`);
  const { dataset: _, ...rest } = core.evaluate(core.parseDataset(input), { framework });
  return JSON.stringify(rest);
}

/** Taojiang with other amounts, stated figures and project lines: a second, different dataset. */
function variant(): unknown {
  const copy = JSON.parse(JSON.stringify(taojiang)) as {
    projects: { seq: number; name: string; budget: string | null; actual: string | null }[];
    statedFigures: { value: string }[];
  };
  copy.projects = copy.projects.map((p, i) => ({
    ...p,
    budget: p.budget === null ? null : `${(i + 1) * 1000}.50`,
    actual: i % 3 === 0 ? null : `${(i + 1) * 900}.25`,
  }));
  copy.statedFigures = copy.statedFigures.map((f, i) =>
    i % 4 === 0 && /^\d+$/.test(f.value) ? { ...f, value: `${Number(f.value) + 1}` } : f,
  );
  return copy;
}

describe("evaluate: caches carry nothing between evaluations", () => {
  it("gives dataset A the same result alone, twice, and after dataset B", async () => {
    const B = variant();
    const alone = asText(await freshCore(), taojiang);
    const bAlone = asText(await freshCore(), B);
    expect(bAlone).not.toBe(alone);

    const shared = await freshCore();
    expect(asText(shared, B)).toBe(bAlone);
    expect(asText(shared, taojiang)).toBe(alone);
    expect(asText(shared, taojiang)).toBe(alone);
    expect(asText(shared, B)).toBe(bAlone);
  });

  it("gives the same result under one framework after evaluations under the others", async () => {
    const fresh = await freshCore();
    const ids = ["mof-2013-53-common", "pefa-2016-credibility", "hunan-county-2020"];
    const alone = ids.map((id) => asText(fresh, taojiang, id));
    const shared = await freshCore();
    for (const id of [...ids].reverse()) asText(shared, variant(), id);
    expect(ids.map((id) => asText(shared, taojiang, id))).toEqual(alone);
  });

  it("reads a dataset changed between two evaluations afresh", async () => {
    const core = await freshCore();
    const framework = core.builtinFramework("hunan-county-2020");
    if (!framework) throw new Error("no framework");
    const dataset = core.parseDataset(taojiang);
    const before = core.evaluate(dataset, { framework });
    const project = dataset.projects[0];
    if (!project) throw new Error("no project");
    project.actual = "1.00";
    const after = core.evaluate(dataset, { framework });
    const key = "projects.actual[1]";
    expect(before.indicators.find((i) => i.key === key)?.value?.toString()).not.toBe("1");
    expect(after.indicators.find((i) => i.key === key)?.value?.toString()).toBe("1");
    const { dataset: _, ...rest } = after;
    const changed = JSON.parse(JSON.stringify(taojiang)) as {
      projects: { actual: string | null }[];
    };
    (changed.projects[0] as { actual: string | null }).actual = "1.00";
    expect(JSON.stringify(rest)).toBe(asText(await freshCore(), changed));
  });
});
