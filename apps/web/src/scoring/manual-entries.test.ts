import { evaluate } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { parseDataset } from "@jixiao/core/schema";
import { taojiang2020 } from "@jixiao/examples";
import { describe, expect, it } from "vitest";
import { scoreBoth, sheetRows, takesManualScore, upsertEntry } from "./manual-entries.ts";

const evaluation = evaluate(parseDataset(taojiang2020));
const hunan = builtinFramework("hunan-county-2020");
if (!hunan) throw new Error("no hunan-county-2020");
const who = { evaluator: "复核人员", time: "2021-04-25T10:00:00+08:00", evidence: [], comment: "" };

describe("upsertEntry", () => {
  it("sets, replaces and removes one node's score of one kind, cleaning the typed score", () => {
    let entries = upsertEntry([], { ...who, code: "3.1.1", kind: "review", scoreText: "４.５" });
    expect(entries).toEqual([
      {
        code: "3.1.1",
        kind: "review",
        score: "4.5",
        evaluator: "复核人员",
        time: who.time,
        evidence: [],
      },
    ]);
    entries = upsertEntry(entries, {
      ...who,
      code: "3.1.1",
      kind: "selfEvaluation",
      scoreText: "5",
    });
    entries = upsertEntry(entries, { ...who, code: "3.1.1", kind: "review", scoreText: "" });
    expect(entries.map((e) => `${e.code}|${e.kind}|${e.score}`)).toEqual([
      "3.1.1|selfEvaluation|5",
    ]);
  });
});

describe("scoreBoth (Taojiang 2020, hunan-county-2020)", () => {
  it("fills the quantitative scores and leaves the manual indicators 待评", () => {
    const { review } = scoreBoth(evaluation, hunan, []);
    expect(review.provisional).toBe(true);
    expect(review.grade).toBeNull();
    expect(review.total?.toString()).toBe("35.43");
    expect(review.pending).toContain("3.1.1");
    const manual = sheetRows(review.nodes).filter((r) => takesManualScore(r.node, undefined));
    expect(manual.map((r) => r.node.code)).toContain("4.1.3");
  });

  it("adds a reviewer's 4.5 on 3.1.1 实际完成率 to the 复核 total only", () => {
    const entries = upsertEntry([], { ...who, code: "3.1.1", kind: "review", scoreText: "4.5" });
    const { review, selfEvaluation } = scoreBoth(evaluation, hunan, entries);
    expect(review.total?.toString()).toBe("39.93");
    expect(selfEvaluation.total?.toString()).toBe("35.43");
  });

  it("leaves out a score above the 分值 and says why", () => {
    const entries = upsertEntry([], { ...who, code: "3.1.1", kind: "review", scoreText: "6" });
    const { review, problems } = scoreBoth(evaluation, hunan, entries);
    expect(review.total?.toString()).toBe("35.43");
    expect(problems.get("3.1.1|review")).toEqual(["得分 6 超过分值 5"]);
  });
});
