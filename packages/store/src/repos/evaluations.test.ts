import { Decimal, evaluate } from "@jixiao/core";
import { builtinFramework, HUNAN_COUNTY_FRAMEWORK } from "@jixiao/core/frameworks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Conflict, Forbidden, InvalidTransition, ValidationFailed } from "../errors.ts";
import {
  as,
  DIALECTS,
  openTestStore,
  orgFixture,
  type TestStore,
  taojiang,
  tinyPdf,
} from "../testing/index.ts";
import type { DatasetRecord } from "../types.ts";

const HUNAN = "hunan-county-2020";

interface SheetNode {
  code: string;
  score: string | null;
  manual?: { selfEvaluation: { score?: string } | null };
  children: SheetNode[];
}

function findNode(sheet: { nodes: SheetNode[] }, code: string): SheetNode | undefined {
  const walk = (nodes: SheetNode[]): SheetNode | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n;
      const found = walk(n.children);
      if (found) return found;
    }
    return undefined;
  };
  return walk(sheet.nodes);
}

describe.each(DIALECTS)("frameworks, manual scores, evaluations, comments (%s)", (dialect) => {
  let t: TestStore;
  let fx: Awaited<ReturnType<typeof orgFixture>>;
  let ds: DatasetRecord;
  beforeAll(async () => {
    t = await openTestStore(dialect);
    fx = await orgFixture(t.store);
    ds = await t.store.datasets.create(as(fx.actors.editor), {
      departmentId: fx.department.id,
      content: taojiang(),
    });
  });
  afterAll(async () => t?.cleanup());

  it("lists the built-in frameworks to every role and saves custom versions (immutable per version)", async () => {
    const list = await t.store.frameworks.list(as(fx.actors.apiClient));
    expect(list.find((f) => f.frameworkId === HUNAN)).toMatchObject({
      builtin: true,
      frameworkVersion: HUNAN_COUNTY_FRAMEWORK.version,
    });
    const copy = {
      ...structuredClone(HUNAN_COUNTY_FRAMEWORK),
      id: "taojiang-county-2021",
      version: "1",
      name: "桃江县部门整体支出评价指标体系",
    };
    await expect(
      t.store.frameworks.save(as(fx.actors.editor), { framework: copy }),
    ).rejects.toThrow(Forbidden);
    const saved = await t.store.frameworks.save(as(fx.actors.admin), { framework: copy });
    expect(saved).toMatchObject({
      frameworkId: "taojiang-county-2021",
      frameworkVersion: "1",
      builtin: false,
    });
    expect(await t.store.frameworks.save(as(fx.actors.admin), { framework: copy })).toEqual(saved);
    // read (and cached) as the latest version before version 2 exists
    const latest1 = await t.store.frameworks.get(as(fx.actors.reviewer), {
      frameworkId: "taojiang-county-2021",
    });
    expect(latest1.name).toBe(copy.name);
    expect(Object.isFrozen(latest1.content.nodes[0])).toBe(true);
    await expect(
      t.store.frameworks.save(as(fx.actors.admin), { framework: { ...copy, name: "改名" } }),
    ).rejects.toThrow(Conflict);
    const v2 = await t.store.frameworks.save(as(fx.actors.admin), {
      framework: { ...copy, version: "2", name: "改名" },
    });
    expect(
      (await t.store.frameworks.versions(as(fx.actors.reviewer), "taojiang-county-2021")).map(
        (f) => f.frameworkVersion,
      ),
    ).toEqual(["1", "2"]);
    expect(
      (
        await t.store.frameworks.get(as(fx.actors.reviewer), {
          frameworkId: "taojiang-county-2021",
        })
      ).name,
    ).toBe(v2.name);
    expect(
      (
        await t.store.frameworks.get(as(fx.actors.reviewer), {
          frameworkId: "taojiang-county-2021",
          frameworkVersion: "1",
        })
      ).name,
    ).toBe(copy.name);
    const builtinId = await t.store.frameworks
      .save(as(fx.actors.admin), { framework: { ...copy, id: HUNAN } })
      .catch((e: unknown) => e);
    expect((builtinId as ValidationFailed).issues[0]?.path).toBe("framework.id");
    const unsound = structuredClone(copy);
    (unsound.nodes[0] as { weight: string }).weight = "11";
    const bad = await t.store.frameworks
      .save(as(fx.actors.admin), { framework: { ...unsound, version: "3" } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationFailed);
    expect((bad as ValidationFailed).issues.some((i) => i.path.startsWith("framework."))).toBe(
      true,
    );
  });

  it("keeps 自评 and 复核 side by side; each role writes only its own kind; scores are checked by core", async () => {
    // 4.1.2 社会效益 (分值 3) of the hunan-county framework is scored by hand.
    const self = await t.store.manualScores.upsert(as(fx.actors.editor), {
      datasetId: ds.id,
      frameworkId: HUNAN,
      code: "4.1.2",
      kind: "selfEvaluation",
      score: "3",
      evidence: ["2020年工作总结"],
    });
    const review = await t.store.manualScores.upsert(as(fx.actors.reviewer), {
      datasetId: ds.id,
      frameworkId: HUNAN,
      code: "4.1.2",
      kind: "review",
      score: "2.5",
      comment: "社会效益佐证不足，扣0.5分",
    });
    expect([self.score, review.score]).toEqual(["3", "2.5"]);
    expect(review.evaluator).toBe("u-reviewer");
    await expect(
      t.store.manualScores.upsert(as(fx.actors.editor), {
        datasetId: ds.id,
        frameworkId: HUNAN,
        code: "4.1.2",
        kind: "review",
        score: "3",
      }),
    ).rejects.toThrow(Forbidden);
    await expect(
      t.store.manualScores.upsert(as(fx.actors.reviewer), {
        datasetId: ds.id,
        frameworkId: HUNAN,
        code: "4.1.3",
        kind: "selfEvaluation",
        score: "1",
      }),
    ).rejects.toThrow(Forbidden);
    const over = await t.store.manualScores
      .upsert(as(fx.actors.reviewer), {
        datasetId: ds.id,
        frameworkId: HUNAN,
        code: "4.1.3",
        kind: "review",
        score: "3.5",
      })
      .catch((e: unknown) => e);
    expect(over).toBeInstanceOf(ValidationFailed);
    expect((over as ValidationFailed).issues[0]?.message).toMatch(/超过分值.*exceeds/);
    // a score is an exact decimal string with at most the framework's 2 places
    for (const [score, pattern] of [
      ["2.5分", /“2.5分”不是非负数值/],
      ["2.505", /2\.505/],
    ] as const) {
      const bad = await t.store.manualScores
        .upsert(as(fx.actors.reviewer), {
          datasetId: ds.id,
          frameworkId: HUNAN,
          code: "4.1.3",
          kind: "review",
          score,
        })
        .catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(ValidationFailed);
      expect((bad as ValidationFailed).issues[0]?.path).toBe("score");
      expect((bad as ValidationFailed).issues[0]?.message).toMatch(pattern);
    }
    // changing an existing score needs its version
    await expect(
      t.store.manualScores.upsert(as(fx.actors.reviewer), {
        datasetId: ds.id,
        frameworkId: HUNAN,
        code: "4.1.2",
        kind: "review",
        score: "2",
      }),
    ).rejects.toThrow(Conflict);
    const listed = await t.store.manualScores.list(as(fx.actors.editor), { datasetId: ds.id });
    expect(listed.map((s) => [s.code, s.kind, s.score])).toEqual([
      ["4.1.2", "review", "2.5"],
      ["4.1.2", "selfEvaluation", "3"],
    ]);
  });

  it("stores an evaluation with framework id and version, total, grade and findings by severity — as core computes them", async () => {
    const framework = builtinFramework(HUNAN);
    if (!framework) throw new Error(`built-in framework ${HUNAN} missing`);
    const expected = evaluate(taojiang(), { framework });
    const record = await t.store.evaluations.run(as(fx.actors.reviewer), {
      datasetId: ds.id,
      frameworkId: HUNAN,
      manualKind: null,
    });
    expect(record).toMatchObject({
      datasetVersion: 1,
      frameworkId: HUNAN,
      frameworkVersion: framework.version,
      manualKind: null,
      totalScore: expected.scoreSheet?.total?.toString() ?? null,
      grade: expected.scoreSheet?.grade ?? null,
      provisional: expected.scoreSheet?.provisional,
    });
    const bySeverity = (s: string) => expected.findings.filter((f) => f.severity === s).length;
    expect(record.findingCounts).toEqual({
      error: bySeverity("error"),
      warning: bySeverity("warning"),
      info: bySeverity("info"),
    });
    const findings = await t.store.evaluations.findings(as(fx.actors.apiClient), record.id);
    expect(findings.map((f) => f.ruleId)).toEqual(expected.findings.map((f) => f.ruleId));
    // with manual scores: 复核 supersedes 自评 by default, so 4.1.2 adds exactly 2.5; asked for 自评, 3
    const reviewed = await t.store.evaluations.run(as(fx.actors.reviewer), {
      datasetId: ds.id,
      frameworkId: HUNAN,
    });
    expect(reviewed.manualKind).toBe("review");
    expect(
      new Decimal(reviewed.totalScore ?? "NaN").minus(record.totalScore ?? "NaN").toString(),
    ).toBe("2.5");
    const selfScored = await t.store.evaluations.run(as(fx.actors.editor), {
      datasetId: ds.id,
      frameworkId: HUNAN,
      manualKind: "selfEvaluation",
    });
    expect(
      new Decimal(selfScored.totalScore ?? "NaN").minus(record.totalScore ?? "NaN").toString(),
    ).toBe("3");
    const detail = await t.store.evaluations.get(as(fx.actors.editor), reviewed.id);
    const node = findNode(detail.scoreSheet as { nodes: SheetNode[] }, "4.1.2");
    expect(node?.score).toBe("2.5");
    // both kinds side by side on the stored sheet
    expect(node?.manual?.selfEvaluation?.score).toBe("3");
    expect((await t.store.evaluations.list(as(fx.actors.admin), { datasetId: ds.id })).length).toBe(
      3,
    );
    await expect(
      t.store.evaluations.run(as(fx.actors.apiClient), { datasetId: ds.id, frameworkId: HUNAN }),
    ).rejects.toThrow(Forbidden);
    await expect(
      t.store.evaluations.list(as(fx.actors.otherEditor), { datasetId: ds.id }),
    ).rejects.toThrow(Forbidden);
  });

  it("lets an API client evaluate a posted dataset without storing anything", async () => {
    const before = await t.store.db.selectFrom("evaluations").select("id").execute();
    const result = await t.store.evaluations.preview(as(fx.actors.apiClient), {
      dataset: taojiang(),
      frameworkId: HUNAN,
    });
    // 10.28%: "三公经费"控制率 of the seed (84,284.72 ÷ 820,000), 四舍五入
    const rate = result.indicators.find(
      (i) => i.key === "threePublicExpenses.controlRate.total",
    )?.value;
    expect(rate?.toDecimalPlaces(2).toString()).toBe("10.28");
    expect(await t.store.db.selectFrom("evaluations").select("id").execute()).toEqual(before);
  });

  it("takes reviewers' comments; editors read them but cannot write", async () => {
    await t.store.comments.add(as(fx.actors.reviewer), {
      datasetId: ds.id,
      target: "threePublicExpenses[0].actual",
      text: "请补充公务接待审批单",
    });
    await expect(
      t.store.comments.add(as(fx.actors.editor), { datasetId: ds.id, text: "x" }),
    ).rejects.toThrow(Forbidden);
    const comments = await t.store.comments.list(as(fx.actors.editor), ds.id);
    expect(comments.map((c) => [c.authorRole, c.text])).toEqual([
      ["reviewer", "请补充公务接待审批单"],
    ]);
  });

  it("freezes manual scores and evidence once the dataset is 已定稿", async () => {
    const r = as(fx.actors.reviewer);
    let d = await t.store.datasets.submit(as(fx.actors.editor), { id: ds.id, expectedVersion: 1 });
    d = await t.store.datasets.startReview(r, { id: d.id, expectedVersion: d.version });
    await t.store.datasets.finalise(r, { id: d.id, expectedVersion: d.version });
    await expect(
      t.store.manualScores.upsert(r, {
        datasetId: ds.id,
        frameworkId: HUNAN,
        code: "4.1.3",
        kind: "review",
        score: "1",
      }),
    ).rejects.toThrow(InvalidTransition);
    await expect(
      t.store.evidence.attach(as(fx.actors.editor), {
        datasetId: ds.id,
        fileName: "迟交.pdf",
        content: tinyPdf(),
      }),
    ).rejects.toThrow(/已定稿，只读/);
  });
});
