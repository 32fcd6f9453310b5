import { describe, expect, it } from "vitest";
import { builtinFramework } from "../frameworks/builtin/index.ts";
import {
  chooseManualKind,
  describeBothKinds,
  type ManualScoresValidationError,
  parseManualScores,
  reasonWithBothKinds,
  safeParseManualScores,
} from "./manual-scores.ts";

const hunan = builtinFramework("hunan-county-2020");
if (!hunan) throw new Error("missing built-in");
const entry = (
  code: string,
  kind: "selfEvaluation" | "review",
  extra: Record<string, unknown> = {},
) => ({
  code,
  kind,
  evaluator: "假设评价人",
  time: "2021-04-25T10:00:00+08:00",
  ...extra,
});

function problems(input: unknown): { path: string; message: string }[] {
  try {
    parseManualScores(input, hunan);
    return [];
  } catch (error) {
    return (error as ManualScoresValidationError).issues;
  }
}

describe("manual scores file", () => {
  it("names the path of every problem against the framework", () => {
    expect(
      problems({
        schemaVersion: 1,
        frameworkId: "other",
        scores: [
          entry("9.9", "review", { score: "1" }),
          entry("1", "review", { score: "1" }),
          entry("3.1.1", "review", { score: "5.5" }),
          entry("2.2.1", "review", { answers: { p9: true } }),
          entry("3.1.1", "review", { score: "1" }),
        ],
      }),
    ).toEqual([
      {
        path: "frameworkId",
        message:
          "人工评分针对指标体系“other”，当前为“hunan-county-2020” / scores are for framework 'other', not 'hunan-county-2020'",
      },
      {
        path: "scores[0].code",
        message: "指标体系中没有代码为“9.9”的指标 / no node '9.9' in the framework",
      },
      {
        path: "scores[1].code",
        message: "“1”有下级指标，得分由下级汇总 / '1' has children; its score is their sum",
      },
      { path: "scores[2].score", message: "得分 5.5 超过分值 5 / score 5.5 exceeds the weight 5" },
      { path: "scores[3].answers.p9", message: "没有要点“p9” / no checklist item 'p9'" },
      {
        path: "scores[4]",
        message:
          "指标“3.1.1”的复核已在 scores[2] 给出 / '3.1.1' already has a review score at scores[2]",
      },
    ]);
  });

  it("rejects a malformed file with zod paths (number instead of string, bad time)", () => {
    const issues = problems({
      schemaVersion: 1,
      scores: [entry("3.1.1", "review", { score: 5, time: "昨天" })],
    });
    expect(issues.map((i) => i.path)).toEqual(["scores[0].score", "scores[0].time"]);
  });

  it("refuses a score with more decimals than the framework's scorePlaces (2): 2.065, not 2.06 or 2.060", () => {
    // QA case: "2.065" on 3.1.1 (分值5) made a total of 89.995 that printed as 90 but graded 良好.
    expect(
      problems({
        schemaVersion: 1,
        scores: [
          entry("3.1.1", "review", { score: "2.065" }),
          entry("3.1.2", "review", { score: "2.06" }),
          entry("3.1.3", "review", { score: "2.060" }),
        ],
      }),
    ).toEqual([
      {
        path: "scores[0].score",
        message: "评分最多2位小数：“2.065” / at most 2 decimals: '2.065'",
      },
    ]);
  });

  it("reports every problem in one pass: shape errors and framework fit together", () => {
    // Before, the last four appeared only once the time and the negative score were fixed.
    const result = safeParseManualScores(
      {
        schemaVersion: 1,
        scores: [
          entry("3.1.1", "review", { score: "4", time: "2021年4月25日" }), // time format
          entry("3.1.2", "review", { score: "-1" }), // negative score
          entry("3.1.3", "review", { score: "6" }), // above its 分值 4
          entry("9.9", "review", { score: "1" }), // unknown code
          entry("3", "review", { score: "1" }), // a parent node (产出)
          entry("3.1.3", "review", { score: "1" }), // same node and kind again
        ],
      },
      hunan,
    );
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      "scores[0].time",
      "scores[1].score",
      "scores[2].score",
      "scores[3].code",
      "scores[4].code",
      "scores[5]",
    ]);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      "“2021年4月25日”不是ISO 8601时间 / not an ISO 8601 date-time",
      "“-1”不是非负数值 / '-1' is not a non-negative decimal number",
      "得分 6 超过分值 4 / score 6 exceeds the weight 4",
      "指标体系中没有代码为“9.9”的指标 / no node '9.9' in the framework",
      "“3”有下级指标，得分由下级汇总 / '3' has children; its score is their sum",
      "指标“3.1.3”的复核已在 scores[2] 给出 / '3.1.3' already has a review score at scores[2]",
    ]);
  });

  it("chooses 复核 when any review exists, else 自评, unless asked", () => {
    const self = { scores: [entry("3.1.1", "selfEvaluation")] } as never;
    const both = { scores: [entry("3.1.1", "selfEvaluation"), entry("3.1.2", "review")] } as never;
    expect(chooseManualKind(self)).toBe("selfEvaluation");
    expect(chooseManualKind(both)).toBe("review");
    expect(chooseManualKind(both, "selfEvaluation")).toBe("selfEvaluation");
    expect(chooseManualKind(undefined)).toBeNull();
  });

  it("shows both kinds side by side", () => {
    const manual = {
      selfEvaluation: { ...entry("3.1.3", "selfEvaluation"), score: "4", evidence: [] },
      review: { ...entry("3.1.3", "review"), score: "3.50", evidence: [] },
    };
    expect(describeBothKinds(manual)).toBe("自评4分；复核3.5分");
    expect(reasonWithBothKinds({ reason: "复核评3.5分", manual })).toBe(
      "复核评3.5分（自评4分；复核3.5分）",
    );
    expect(describeBothKinds({ selfEvaluation: manual.selfEvaluation, review: null })).toBe("");
  });
});
