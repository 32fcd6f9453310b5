import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Forbidden } from "../errors.ts";
import type { Actor } from "../roles.ts";
import {
  as,
  DIALECTS,
  minimalDataset,
  openTestStore,
  orgFixture,
  type TestStore,
  tinyPdf,
} from "../testing/index.ts";
import type { Store } from "../types.ts";

type Who = "admin" | "editor" | "otherEditor" | "reviewer" | "apiClient";
const WHO: Who[] = ["admin", "editor", "otherEditor", "reviewer", "apiClient"];

/**
 * The issue's access rules through the store itself: each operation on the Taojiang
 * department's dataset, by each kind of actor → allowed (✓) or Forbidden (✗).
 * otherEditor is an editor of another department.
 */
const MATRIX: {
  op: string;
  allowed: Who[];
  run: (s: Store, a: Actor, ids: Ids) => Promise<unknown>;
}[] = [
  {
    op: "datasets.get",
    allowed: ["admin", "editor", "reviewer", "apiClient"],
    run: (s, a, x) => s.datasets.get(as(a), x.dataset),
  },
  {
    op: "datasets.listRevisions",
    allowed: ["admin", "editor", "reviewer", "apiClient"],
    run: (s, a, x) => s.datasets.listRevisions(as(a), x.dataset),
  },
  {
    op: "datasets.update",
    allowed: ["admin", "editor"],
    run: async (s, a, x) => {
      const current = await s.datasets.get(as(x.admin), x.dataset);
      return s.datasets.update(as(a), {
        id: x.dataset,
        expectedVersion: current.version,
        content: current.content,
      });
    },
  },
  {
    op: "datasets.create (in the department)",
    allowed: ["admin", "editor"],
    run: async (s, a, x) => {
      return s.datasets.create(as(a), {
        departmentId: x.department,
        content: minimalDataset(2000 + x.nextYear()),
      });
    },
  },
  {
    op: "evidence.attach",
    allowed: ["admin", "editor"],
    run: (s, a, x) =>
      s.evidence.attach(as(a), { datasetId: x.dataset, fileName: "a.pdf", content: tinyPdf() }),
  },
  {
    op: "evidence.list",
    allowed: ["admin", "editor", "reviewer", "apiClient"],
    run: (s, a, x) => s.evidence.list(as(a), x.dataset),
  },
  {
    op: "manualScores.upsert 自评",
    allowed: ["admin", "editor"],
    run: (s, a, x) =>
      s.manualScores.upsert(as(a), {
        datasetId: x.dataset,
        frameworkId: "hunan-county-2020",
        code: `4.1.${x.nextCode()}`,
        kind: "selfEvaluation",
        score: "1",
      }),
  },
  {
    op: "manualScores.upsert 复核",
    allowed: ["admin", "reviewer"],
    run: (s, a, x) =>
      s.manualScores.upsert(as(a), {
        datasetId: x.dataset,
        frameworkId: "hunan-county-2020",
        code: `4.1.${x.nextCode()}`,
        kind: "review",
        score: "1",
      }),
  },
  {
    op: "comments.add",
    allowed: ["admin", "reviewer"],
    run: (s, a, x) => s.comments.add(as(a), { datasetId: x.dataset, text: "意见" }),
  },
  {
    op: "evaluations.run",
    allowed: ["admin", "editor", "reviewer"],
    run: (s, a, x) =>
      s.evaluations.run(as(a), { datasetId: x.dataset, frameworkId: "hunan-county-2020" }),
  },
  {
    op: "evaluations.preview",
    allowed: WHO,
    run: (s, a) => s.evaluations.preview(as(a), { dataset: minimalDataset() }),
  },
  { op: "frameworks.list", allowed: WHO, run: (s, a) => s.frameworks.list(as(a)) },
  { op: "organisations.list", allowed: WHO, run: (s, a) => s.organisations.list(as(a)) },
  {
    op: "organisations.create",
    allowed: ["admin"],
    run: (s, a, x) =>
      s.organisations.create(as(a), {
        kind: "budgetUnit",
        parentId: x.department,
        name: `单位${x.nextYear()}`,
      }),
  },
  { op: "roles.list", allowed: ["admin"], run: (s, a) => s.roles.list(as(a)) },
  { op: "apiTokens.list", allowed: ["admin"], run: (s, a) => s.apiTokens.list(as(a)) },
  { op: "audit.list", allowed: ["admin", "reviewer"], run: (s, a) => s.audit.list(as(a)) },
];

interface Ids {
  admin: Actor;
  dataset: string;
  department: string;
  nextYear(): number;
  nextCode(): number;
}

describe.each(DIALECTS)("access matrix through the store (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  let ids: Ids;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    fx = await orgFixture(t.store);
    const ds = await t.store.datasets.create(as(fx.actors.admin), {
      departmentId: fx.department.id,
      content: minimalDataset(),
    });
    let year = 0;
    let code = 0;
    ids = {
      admin: fx.actors.admin,
      dataset: ds.id,
      department: fx.department.id,
      nextYear: () => ++year,
      // 4.1.1 … 4.1.3 are manual-score leaves of hunan-county-2020; cycle through them.
      nextCode: () => (code++ % 3) + 1,
    };
  });
  afterAll(async () => t?.cleanup());

  for (const row of MATRIX) {
    it(`${row.op}: ${WHO.map((w) => `${w} ${row.allowed.includes(w) ? "✓" : "✗"}`).join(", ")}`, async () => {
      for (const who of WHO) {
        const outcome = await row.run(t.store, fx.actors[who], ids).then(
          () => "allowed",
          (e: unknown) => (e instanceof Forbidden ? "forbidden" : `error: ${String(e)}`),
        );
        // Manual scores of one node and kind exist once: a repeat write is a Conflict, not Forbidden.
        const normalised = outcome.startsWith("error: Conflict") ? "allowed" : outcome;
        expect([who, normalised]).toEqual([
          who,
          row.allowed.includes(who) ? "allowed" : "forbidden",
        ]);
      }
    });
  }

  it("a department editor's listing holds only their department; another department's editor sees none", async () => {
    expect(
      (await t.store.datasets.list(as(fx.actors.editor))).every(
        (d) => d.departmentId === fx.department.id,
      ),
    ).toBe(true);
    expect(await t.store.datasets.list(as(fx.actors.otherEditor))).toEqual([]);
    // and a Forbidden never carries the dataset's content
    const e = await t.store.datasets
      .get(as(fx.actors.otherEditor), ids.dataset)
      .catch((x: unknown) => x as Error);
    expect(e).toBeInstanceOf(Forbidden);
    expect((e as Error).message).not.toContain("桃江");
  });
});
