import { exportBasicData } from "@jixiao/report/xlsx";
import { type Actor, type Call, SEED_IDS } from "@jixiao/store";
import { taojiang } from "@jixiao/store/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Services } from "../services.ts";
import { callerAs, openTestServices } from "../testing/harness.ts";
import { appRouter } from "./routers/_app.ts";

/**
 * The access-control matrix: every procedure of the router × every role, in ONE table. Each row
 * acts on records of a department the editor does NOT belong to (a fresh department per call),
 * so the editor column proves a department editor cannot read or change another department
 * through any procedure. A procedure added to the router without a row fails the first test.
 *
 * Roles (columns): admin (bureauAdmin), editor (departmentEditor of 桃江县自然资源局, acting on
 * another department), reviewer, api (apiClient token). Anonymous callers get UNAUTHORIZED
 * everywhere (last test). Outcomes: "ok" (resolves), "denied" (FORBIDDEN, or NOT_FOUND where
 * the store does not reveal that a record exists).
 */

type Role = "admin" | "editor" | "reviewer" | "api";
type Outcome = "ok" | "denied";
type Caller = ReturnType<typeof callerAs>;

const admin: Actor = { id: "u-admin", role: "bureauAdmin", departmentId: null };
const ACTORS: Record<Role, Actor> = {
  admin,
  editor: { id: "u-editor", role: "departmentEditor", departmentId: SEED_IDS.department },
  reviewer: { id: "u-reviewer", role: "reviewer", departmentId: null },
  api: { id: "token:matrix", role: "apiClient", departmentId: null },
};
const ROLES = Object.keys(ACTORS) as Role[];
const asAdmin: Call = { actor: admin, action: "test.setup" };

/** A tiny real PDF (the store sniffs the content). */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

let services: Services;
let cleanup: () => Promise<void>;
let xlsxBase64 = "";
let counter = 0;

/** A fresh department (not the editor's) with one dataset of 2020, moved to `status` by an admin. */
async function otherDepartment(status: "draft" | "submitted" | "inReview" | "finalised" = "draft") {
  const n = ++counter;
  const store = services.store;
  const department = await store.organisations.create(asAdmin, {
    kind: "department",
    parentId: SEED_IDS.bureau,
    name: `矩阵测试局${n}`,
  });
  const content = taojiang();
  content.department.name = department.name;
  let dataset = await store.datasets.create(asAdmin, { departmentId: department.id, content });
  const step = async (s: "submit" | "startReview" | "finalise") => {
    dataset = await store.datasets[s](asAdmin, {
      id: dataset.id,
      expectedVersion: dataset.version,
    });
  };
  if (status !== "draft") await step("submit");
  if (status === "inReview" || status === "finalised") await step("startReview");
  if (status === "finalised") await step("finalise");
  return { department, dataset, content };
}

/** One row: the procedure, what it needs, and the outcome for each role. */
interface Row {
  procedure: string;
  /** What this row shows, when the procedure has several rows. */
  note?: string;
  call(c: Caller): Promise<unknown>;
  expect: Record<Role, Outcome>;
  /** Checks on an allowed answer (e.g. the editor's listing leaves other departments out). */
  check?(result: unknown, role: Role): void | Promise<void>;
}

const all: Record<Role, Outcome> = { admin: "ok", editor: "ok", reviewer: "ok", api: "ok" };
const adminOnly: Record<Role, Outcome> = {
  admin: "ok",
  editor: "denied",
  reviewer: "denied",
  api: "denied",
};
const readers: Record<Role, Outcome> = { admin: "ok", editor: "denied", reviewer: "ok", api: "ok" };
const reviewers: Record<Role, Outcome> = {
  admin: "ok",
  editor: "denied",
  reviewer: "ok",
  api: "denied",
};

const ROWS: Row[] = [
  { procedure: "audit.list", call: (c) => c.audit.list({}), expect: reviewers },
  {
    procedure: "comments.add",
    call: async (c) =>
      c.comments.add({ datasetId: (await otherDepartment()).dataset.id, text: "请补充佐证资料" }),
    expect: reviewers,
  },
  {
    procedure: "comments.list",
    call: async (c) => c.comments.list({ datasetId: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "datasets.create",
    call: async (c) => {
      const department = await services.store.organisations.create(asAdmin, {
        kind: "department",
        parentId: SEED_IDS.bureau,
        name: `矩阵新建局${++counter}`,
      });
      const content = taojiang();
      content.department.name = department.name;
      return c.datasets.create({ departmentId: department.id, content });
    },
    expect: adminOnly,
  },
  {
    procedure: "datasets.createRevision",
    call: async (c) =>
      c.datasets.createRevision({ id: (await otherDepartment("finalised")).dataset.id }),
    expect: adminOnly,
  },
  {
    procedure: "datasets.finalise",
    call: async (c) => {
      const { dataset } = await otherDepartment("inReview");
      return c.datasets.finalise({ id: dataset.id, expectedVersion: dataset.version });
    },
    expect: reviewers,
  },
  {
    procedure: "datasets.get",
    call: async (c) => c.datasets.get({ id: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "datasets.importXlsx",
    call: async (c) => {
      const department = await services.store.organisations.create(asAdmin, {
        kind: "department",
        parentId: SEED_IDS.bureau,
        name: `矩阵导入局${++counter}`,
      });
      return c.datasets.importXlsx({ departmentId: department.id, fileBase64: xlsxBase64 });
    },
    expect: adminOnly,
  },
  {
    procedure: "datasets.list",
    call: async (c) => {
      await otherDepartment();
      return c.datasets.list({});
    },
    expect: all,
    check: (result, role) => {
      const departments = new Set(
        (result as { departmentId: string }[]).map((d) => d.departmentId),
      );
      if (role === "editor") expect([...departments]).toEqual([SEED_IDS.department]);
      else expect(departments.size).toBeGreaterThan(1);
    },
  },
  {
    procedure: "datasets.return",
    call: async (c) => {
      const { dataset } = await otherDepartment("submitted");
      return c.datasets.return({
        id: dataset.id,
        expectedVersion: dataset.version,
        reason: "三公经费预算数与决算表不符",
      });
    },
    expect: reviewers,
  },
  {
    procedure: "datasets.revisions",
    call: async (c) => c.datasets.revisions({ id: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "datasets.startReview",
    call: async (c) => {
      const { dataset } = await otherDepartment("submitted");
      return c.datasets.startReview({ id: dataset.id, expectedVersion: dataset.version });
    },
    expect: reviewers,
  },
  {
    procedure: "datasets.submit",
    call: async (c) => {
      const { dataset } = await otherDepartment();
      return c.datasets.submit({ id: dataset.id, expectedVersion: dataset.version });
    },
    expect: adminOnly,
  },
  {
    procedure: "datasets.update",
    call: async (c) => {
      const { dataset, content } = await otherDepartment();
      const first = content.threePublicExpenses[0];
      if (first) first.actual = "72769.85";
      return c.datasets.update({ id: dataset.id, expectedVersion: dataset.version, content });
    },
    expect: adminOnly,
  },
  {
    procedure: "datasets.version",
    call: async (c) => c.datasets.version({ id: (await otherDepartment()).dataset.id, version: 1 }),
    expect: readers,
  },
  { procedure: "departments.list", call: (c) => c.departments.list(), expect: all },
  {
    procedure: "evaluations.get",
    call: async (c) => {
      const { dataset } = await otherDepartment();
      const run = await services.store.evaluations.run(asAdmin, {
        datasetId: dataset.id,
        frameworkId: "hunan-county-2020",
      });
      return c.evaluations.get({ id: run.id });
    },
    expect: readers,
  },
  {
    procedure: "evaluations.list",
    call: async (c) => c.evaluations.list({ datasetId: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "evaluations.run",
    note: "a stored dataset of another department: evaluated and kept",
    call: async (c) => c.evaluations.run({ datasetId: (await otherDepartment()).dataset.id }),
    expect: reviewers,
  },
  {
    procedure: "evaluations.run",
    note: "a posted dataset: evaluated, nothing stored, nothing of another department read",
    call: (c) => c.evaluations.run({ dataset: taojiang() as never }),
    expect: all,
  },
  {
    procedure: "evaluations.score",
    call: (c) => c.evaluations.score({ dataset: taojiang() as never }),
    expect: all,
  },
  {
    procedure: "evidence.list",
    call: async (c) => c.evidence.list({ datasetId: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "evidence.remove",
    call: async (c) => {
      const { dataset } = await otherDepartment();
      const file = await services.store.evidence.attach(asAdmin, {
        datasetId: dataset.id,
        fileName: "会议纪要.pdf",
        content: new Uint8Array(PDF),
      });
      return c.evidence.remove({ id: file.id });
    },
    expect: adminOnly,
  },
  {
    procedure: "evidence.upload",
    call: async (c) =>
      c.evidence.upload({
        datasetId: (await otherDepartment()).dataset.id,
        fileName: "会议纪要.pdf",
        contentBase64: PDF.toString("base64"),
      }),
    expect: adminOnly,
  },
  {
    procedure: "examples.get",
    call: (c) => c.examples.get({ id: "taojiang-natural-resources-2020" }),
    expect: all,
  },
  { procedure: "examples.list", call: (c) => c.examples.list(), expect: all },
  {
    procedure: "frameworks.create",
    call: async (c) => {
      const base = (
        await services.store.frameworks.get(asAdmin, { frameworkId: "hunan-county-2020" })
      ).content;
      return c.frameworks.create({
        framework: { ...base, id: `matrix-${++counter}`, version: "1" },
      });
    },
    expect: adminOnly,
  },
  {
    procedure: "frameworks.get",
    call: (c) => c.frameworks.get({ id: "hunan-county-2020" }),
    expect: all,
  },
  { procedure: "frameworks.list", call: (c) => c.frameworks.list(), expect: all },
  {
    procedure: "frameworks.versions",
    call: (c) => c.frameworks.versions({ id: "hunan-county-2020" }),
    expect: all,
  },
  {
    procedure: "organisations.create",
    call: (c) =>
      c.organisations.create({
        kind: "department",
        parentId: SEED_IDS.bureau,
        name: `矩阵组织${++counter}`,
      }),
    expect: adminOnly,
  },
  {
    procedure: "organisations.get",
    note: "the organisation tree (names) is readable by every role; its data is not",
    call: async (c) => c.organisations.get({ id: (await otherDepartment()).department.id }),
    expect: all,
  },
  { procedure: "organisations.list", call: (c) => c.organisations.list(), expect: all },
  {
    procedure: "organisations.update",
    call: async (c) => {
      const { department } = await otherDepartment();
      return c.organisations.update({
        id: department.id,
        expectedVersion: department.version,
        name: `${department.name}（改）`,
      });
    },
    expect: adminOnly,
  },
  {
    procedure: "reports.list",
    call: async (c) => c.reports.list({ datasetId: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "reports.render",
    call: async (c) =>
      c.reports.render({ datasetId: (await otherDepartment()).dataset.id, format: "md" }),
    expect: reviewers,
  },
  {
    procedure: "scores.list",
    call: async (c) => c.scores.list({ datasetId: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "scores.remove",
    call: async (c) => {
      const { dataset } = await otherDepartment();
      const score = await services.store.manualScores.upsert(asAdmin, {
        datasetId: dataset.id,
        frameworkId: "hunan-county-2020",
        code: "2.1.2",
        kind: "selfEvaluation",
        score: "4",
      });
      return c.scores.remove({ id: score.id, expectedVersion: score.version });
    },
    expect: adminOnly,
  },
  {
    procedure: "scores.setManual",
    note: "自评 (selfEvaluation): the department itself",
    call: async (c) =>
      c.scores.setManual({
        datasetId: (await otherDepartment()).dataset.id,
        frameworkId: "hunan-county-2020",
        code: "2.1.2",
        kind: "selfEvaluation",
        score: "4",
      }),
    expect: adminOnly,
  },
  {
    procedure: "scores.setManual",
    note: "复核 (review): reviewers",
    call: async (c) =>
      c.scores.setManual({
        datasetId: (await otherDepartment()).dataset.id,
        frameworkId: "hunan-county-2020",
        code: "2.1.2",
        kind: "review",
        score: "3.5",
      }),
    expect: reviewers,
  },
  {
    procedure: "surveys.aggregate",
    call: async (c) => c.surveys.aggregate({ id: (await survey()).id }),
    expect: readers,
  },
  {
    procedure: "surveys.applyToDataset",
    call: async (c) => {
      const s = await survey();
      const dataset = await services.store.datasets.get(asAdmin, s.datasetId);
      return c.surveys.applyToDataset({ id: s.id, expectedDatasetVersion: dataset.version });
    },
    expect: adminOnly,
  },
  {
    procedure: "surveys.close",
    call: async (c) => {
      const s = await survey();
      return c.surveys.close({ id: s.id, expectedVersion: s.version });
    },
    expect: adminOnly,
  },
  {
    procedure: "surveys.create",
    call: async (c) =>
      c.surveys.create({
        datasetId: (await otherDepartment()).dataset.id,
        title: "服务对象满意度调查",
        questions: ["对办事效率是否满意？", "对服务态度是否满意？"],
      }),
    expect: adminOnly,
  },
  {
    procedure: "surveys.get",
    call: async (c) => c.surveys.get({ id: (await survey()).id }),
    expect: readers,
  },
  {
    procedure: "surveys.list",
    call: async (c) => c.surveys.list({ datasetId: (await otherDepartment()).dataset.id }),
    expect: readers,
  },
  {
    procedure: "tokens.create",
    call: (c) => c.tokens.create({ name: `第三方${++counter}` }),
    expect: adminOnly,
  },
  { procedure: "tokens.list", call: (c) => c.tokens.list(), expect: adminOnly },
  {
    procedure: "tokens.revoke",
    call: async (c) => {
      const { token } = await services.store.apiTokens.create(asAdmin, {
        name: `待撤销${++counter}`,
      });
      return c.tokens.revoke({ id: token.id });
    },
    expect: adminOnly,
  },
  {
    procedure: "users.create",
    call: (c) =>
      c.users.create({
        email: `editor${++counter}@jixiao.local`,
        name: "填报员",
        password: "correct-horse-battery",
        role: "reviewer",
      }),
    expect: adminOnly,
  },
  { procedure: "users.list", call: (c) => c.users.list(), expect: adminOnly },
  { procedure: "users.me", call: (c) => c.users.me(), expect: all },
  {
    procedure: "users.setRole",
    call: (c) => c.users.setRole({ userId: `u-new-${++counter}`, role: "reviewer" }),
    expect: adminOnly,
  },
];

/** A survey on another department's dataset, with one response (so it aggregates). */
async function survey() {
  const { dataset } = await otherDepartment();
  const created = await services.store.surveys.create(asAdmin, {
    datasetId: dataset.id,
    title: "服务对象满意度调查",
    questions: ["对办事效率是否满意？"],
  });
  await services.store.surveys.respond({
    slug: created.slug,
    deviceId: `device-${++counter}`,
    answers: ["satisfied"],
  });
  return created;
}

/** What a call came to: "ok", or the tRPC code it was refused with. */
async function outcome(
  promise: Promise<unknown>,
): Promise<{ code: string; value?: unknown; error?: unknown }> {
  try {
    return { code: "ok", value: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, error };
    throw error;
  }
}

beforeAll(async () => {
  const opened = await openTestServices("sqlite");
  services = opened.services;
  cleanup = opened.cleanup;
  xlsxBase64 = Buffer.from(await exportBasicData(taojiang())).toString("base64");
}, 60_000);

afterAll(async () => {
  await cleanup?.();
});

describe("the access-control matrix (role × procedure)", () => {
  it("has a row for every procedure of the router, and no row for a procedure that does not exist", () => {
    const routerProcedures = Object.keys(appRouter._def.procedures).sort();
    const tableProcedures = [...new Set(ROWS.map((r) => r.procedure))].sort();
    expect(tableProcedures).toEqual(routerProcedures);
  });

  it("allows and refuses each procedure per role; an editor never reaches another department", async () => {
    const mismatches: string[] = [];
    for (const row of ROWS) {
      for (const role of ROLES) {
        const result = await outcome(row.call(callerAs(services, ACTORS[role])));
        const got: Outcome | string =
          result.code === "ok"
            ? "ok"
            : result.code === "FORBIDDEN" || result.code === "NOT_FOUND"
              ? "denied"
              : result.code;
        if (got !== row.expect[role]) {
          const detail = result.error instanceof Error ? `: ${result.error.message}` : "";
          mismatches.push(
            `${row.procedure}${row.note ? ` (${row.note})` : ""} as ${role}: expected ${row.expect[role]}, got ${got}${detail}`,
          );
        } else if (got === "ok" && row.check) {
          await row.check(result.value, role);
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);

  it("answers every procedure with UNAUTHORIZED when nobody is signed in", async () => {
    const anonymous = callerAs(services, null);
    const codes = new Set<string>();
    for (const row of ROWS) codes.add((await outcome(row.call(anonymous))).code);
    expect([...codes]).toEqual(["UNAUTHORIZED"]);
  }, 120_000);
});
