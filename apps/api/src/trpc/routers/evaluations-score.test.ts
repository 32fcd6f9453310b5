import { readFileSync } from "node:fs";
import { dec, sum } from "@jixiao/core";
import type { FrameworkInput } from "@jixiao/core/frameworks";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../../errors.ts";
import type { JsonNodeScore, JsonScoreSheet } from "../../serialize.ts";
import { caller, rejection, taojiang } from "../test-caller.ts";

/** The hypothetical (made-up, marked so) 自评/复核 scores of the Taojiang example. */
const hypothetical: unknown = JSON.parse(
  readFileSync(
    new URL(
      "../../../../../packages/core/src/scoring/fixtures/manual-scores.hypothetical.json",
      import.meta.url,
    ),
    "utf8",
  ),
);

/** A node of the sheet by its code, at any depth. */
function node(sheet: JsonScoreSheet, code: string): JsonNodeScore | undefined {
  const walk = (nodes: JsonNodeScore[]): JsonNodeScore | undefined => {
    for (const n of nodes) {
      const found = n.code === code ? n : walk(n.children);
      if (found) return found;
    }
    return undefined;
  };
  return walk(sheet.nodes);
}

describe("evaluations.score", () => {
  it("scores the Taojiang example under hunan-county-2020 by default: provisional, 在职人员控制率 102.13%", async () => {
    const sheet = await caller.evaluations.score({ dataset: await taojiang() });
    expect(sheet.framework.id).toBe("hunan-county-2020");
    expect(sheet.provisional).toBe(true);
    expect(sheet.grade).toBeNull();
    // Seed 一、（2）: 编制282人, 在职288人 → 288 ÷ 282 = 102.1276…% → 102.13%, 扣 2.13 × 0.5 = 1.07
    const staff = node(sheet, "1.1.1");
    expect(staff?.name).toBe("在职人员控制率");
    expect(staff?.reason).toContain("102.13%");
    expect(staff?.score).toBe("3.93");
    expect(staff?.value?.startsWith("102.127659574468085106")).toBe(true);
    expect(sheet.totalWeight).toBe("100");
    // Every Decimal is a string: a JSON round trip changes nothing.
    expect(JSON.parse(JSON.stringify(sheet))).toEqual(sheet);
  });

  it("with the hypothetical manual scores the total is final and carries a grade", async () => {
    const sheet = await caller.evaluations.score({
      dataset: await taojiang(),
      frameworkId: "hunan-county-2020",
      manualScores: hypothetical as never,
    });
    expect(sheet.manualKind).toBe("review");
    expect(sheet.provisional).toBe(false);
    expect(sheet.pending).toEqual([]);
    expect(sheet.grade).not.toBeNull();
    // The total (85.77 with these made-up scores) is the exact sum of the 一级指标 得分.
    const firstLevel = sum(sheet.nodes.map((n) => dec(n.score ?? "0")));
    expect(sheet.total).toBe(firstLevel.toString());
    // the reviewer's (hypothetical) 3.5 beside the department's own 4
    expect(node(sheet, "3.1.3")?.score).toBe("3.5");
    expect(node(sheet, "3.1.3")?.manual?.selfEvaluation?.score).toBe("4");
  });

  it("refuses a framework whose weights do not add up: BAD_REQUEST naming the node path", async () => {
    const framework = structuredClone(
      (await caller.frameworks.get({ id: "hunan-county-2020" })).content,
    ) as unknown as FrameworkInput;
    const staff = framework.nodes[0]?.children?.[0]?.children?.[0];
    if (!staff) throw new Error("hunan-county-2020 has 1.1.1");
    staff.weight = "4"; // 1.1 预算配置 is 10: its children now sum to 4 + 5 = 9
    const error = await rejection(
      caller.evaluations.score({ dataset: await taojiang(), framework }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain(
      "framework.nodes[0].children[0]: 1.1 预算配置：子指标分值之和 9 ≠ 上级分值 10 / children's weights sum to 9, parent weight is 10",
    );
    const issues = issuesOf(error);
    expect(issues?.map((i) => i.path)).toContain("framework.nodes[0].children[0]");
  });

  it("refuses manual scores that do not fit the framework, with their paths", async () => {
    const bad = structuredClone(hypothetical) as { scores: { code: string; score?: string }[] };
    const first = bad.scores[0];
    if (!first) throw new Error("the fixture has scores");
    first.score = "50"; // 2.1.2 is worth 5分
    const error = await rejection(
      caller.evaluations.score({ dataset: await taojiang(), manualScores: bad as never }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("manualScores.scores[0].score: 得分 50 超过分值 5");
  });

  it("names a bad dataset's problems under dataset.", async () => {
    const broken = structuredClone(await taojiang()) as unknown as {
      projects: { budget: unknown }[];
    };
    const first = broken.projects[0];
    if (!first) throw new Error("the example has projects");
    first.budget = "abc";
    const error = await rejection(caller.evaluations.score({ dataset: broken as never }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(issuesOf(error)?.map((i) => i.path)).toEqual(["dataset.projects[0].budget"]);
  });

  it("answers an unknown frameworkId with NOT_FOUND and both frameworkId and framework with BAD_REQUEST", async () => {
    const dataset = await taojiang();
    const missing = await rejection(caller.evaluations.score({ dataset, frameworkId: "nowhere" }));
    expect(missing.code).toBe("NOT_FOUND");
    const framework = (await caller.frameworks.get({ id: "hunan-county-2020" })).content;
    const both = await rejection(
      caller.evaluations.score({
        dataset,
        framework: framework as never,
        frameworkId: "hunan-county-2020",
      }),
    );
    expect(both.code).toBe("BAD_REQUEST");
    expect(both.message).toContain("frameworkId: frameworkId 与 framework 只能给出其一");
  });
});
