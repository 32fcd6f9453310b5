import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal.ts";
import { evaluate } from "../evaluation.ts";
import { builtinFramework } from "../frameworks/builtin/index.ts";
import { parseFramework } from "../frameworks/parse.ts";
import { Framework, type FrameworkInput } from "../frameworks/schema.ts";
import { frameworkProblems } from "../frameworks/validate.ts";
import { seedDataset } from "../metrics/testing/seed-fixture.ts";
import type { Indicator } from "../metrics/types.ts";
import hypothetical from "./fixtures/manual-scores.hypothetical.json" with { type: "json" };
import {
  type ManualScore,
  type ManualScores,
  ManualScoresValidationError,
  parseManualScores,
} from "./manual-scores.ts";
import { type ScorableEvaluation, scoreEvaluation } from "./score-evaluation.ts";
import type { NodeScore, ScoreSheet } from "./types.ts";

/** Find a node of a sheet by code. */
function node(sheet: ScoreSheet, code: string): NodeScore {
  const walk = (nodes: readonly NodeScore[]): NodeScore | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n;
      const found = walk(n.children);
      if (found) return found;
    }
    return undefined;
  };
  const found = walk(sheet.nodes);
  if (!found) throw new Error(`no node ${code}`);
  return found;
}

const indicator = (
  key: string,
  value: string | null,
  unit = "%",
  extra: Partial<Indicator> = {},
): Indicator => ({
  key,
  code: key,
  name: key,
  unit,
  value: value === null ? null : new Decimal(value),
  formula: "",
  inputs: [],
  ...(value === null ? { nullReason: "missing" as const, reason: "测试：无数据" } : {}),
  ...extra,
});

/** A small Evaluation-like object: a dataset from the seed, indicators set by hand. */
function evaluationWith(indicators: Indicator[]): ScorableEvaluation {
  const dataset = seedDataset();
  return { department: { name: "测试部门", fiscalYear: 2020 }, dataset, indicators, findings: [] };
}

const small: FrameworkInput = {
  schemaVersion: 1,
  id: "small",
  name: "小型测试指标体系",
  version: "1",
  jurisdiction: "测试",
  effectiveYear: 2020,
  authorship: "ours",
  nodes: [
    {
      code: "1",
      name: "预算执行",
      weight: "60",
      children: [
        {
          code: "1.1",
          name: "在职人员控制率",
          weight: "20",
          indicator: "staffing.activeStaffControlRate",
          rule: {
            type: "thresholdDeduct",
            params: { direction: "lowerBetter", threshold: "100", perPoint: "0.5" },
          },
        },
        {
          code: "1.2",
          name: "结转结余率",
          weight: "20",
          eitherOf: "c",
          indicator: "carryover.rate",
          rule: { type: "proportional", params: { direction: "lowerBetter", target: "1" } },
        },
        {
          code: "1.3",
          name: "结转结余变动率",
          weight: "20",
          eitherOf: "c",
          indicator: "carryover.changeRate",
          rule: {
            type: "thresholdDeduct",
            params: { direction: "lowerBetter", threshold: "0", perPoint: "1" },
          },
        },
        {
          code: "1.4",
          name: "政府采购执行率",
          weight: "20",
          indicator: "procurement.executionRate",
          rule: {
            type: "proportional",
            params: { direction: "higherBetter", target: "100" },
            onNull: "exclude",
          },
        },
      ],
    },
    {
      code: "2",
      name: "履职效益",
      weight: "40",
      children: [{ code: "2.1", name: "社会效益", weight: "40", rule: { type: "manual" } }],
    },
  ],
};

describe("scoreEvaluation on a hand-built evaluation", () => {
  const framework = parseFramework(small);
  const evaluation = evaluationWith([
    indicator("staffing.activeStaffControlRate", "102.12765957446808510638", "%"),
    indicator("carryover.rate", null),
    indicator("carryover.changeRate", "-12.5"),
    indicator("procurement.executionRate", null),
  ]);

  it("scores from data, picks the either-of member with data, reweights the excluded node, leaves the qualitative one 待评", () => {
    const sheet = scoreEvaluation(evaluation, framework);
    // 102.1276…% shown and scored as 102.13% (valuePlaces 2): 20 − 2.13 × 0.5 = 18.935 → 扣1.07 → 18.93
    expect(node(sheet, "1.1").score?.toString()).toBe("18.93");
    expect(node(sheet, "1.1").valueDisplay).toBe("102.13%");
    expect(node(sheet, "1.2").status).toBe("notChosen");
    expect(node(sheet, "1.3").score?.toString()).toBe("20");
    expect(node(sheet, "1.4").status).toBe("excluded");
    // 1: (18.93 + 20) ÷ 40 × 60 = 58.395 → 58.4
    expect(node(sheet, "1").score?.toString()).toBe("58.4");
    expect(node(sheet, "1").reason).toContain(
      "政府采购执行率不参与评分，按参评得分38.93÷参评分值40×60折算",
    );
    expect(node(sheet, "2.1").status).toBe("pending");
    expect(sheet.pending).toEqual(["2.1"]);
    expect(sheet.provisional).toBe(true);
    expect(sheet.grade).toBeNull();
    expect(sheet.total?.toString()).toBe("58.4");
  });

  it("with a manual score the total is final and graded; 自评 and 复核 sit side by side", () => {
    const scores = parseManualScores(
      {
        schemaVersion: 1,
        hypothetical: true,
        scores: [
          {
            code: "2.1",
            kind: "selfEvaluation",
            score: "40",
            evaluator: "自评组（假设）",
            time: "2021-04-25T10:00:00+08:00",
            evidence: ["工作总结"],
          },
          {
            code: "2.1",
            kind: "review",
            score: "31.5",
            evaluator: "复核组（假设）",
            time: "2021-05-10T10:00:00+08:00",
            comment: "效益佐证不足",
          },
        ],
      },
      framework,
    );
    const review = scoreEvaluation(evaluation, framework, scores);
    expect(review.manualKind).toBe("review");
    expect(review.provisional).toBe(false);
    expect(review.total?.toString()).toBe("89.9"); // 58.4 + 31.5
    expect(review.grade).toBe("良好");
    const n = node(review, "2.1");
    expect(n.manual?.selfEvaluation?.score).toBe("40");
    expect(n.manual?.review?.score).toBe("31.5");
    expect(n.reason).toBe("复核（复核组（假设））评31.5分，扣8.5分：效益佐证不足");

    const self = scoreEvaluation(evaluation, framework, scores, { manualKind: "selfEvaluation" });
    expect(self.total?.toString()).toBe("98.4");
    expect(self.grade).toBe("优秀");
    expect(node(self, "2.1").manual?.review?.score).toBe("31.5");
  });

  it("refuses manual scores above a node's weight or for unknown nodes, naming the path", () => {
    expect(() =>
      scoreEvaluation(evaluation, framework, {
        schemaVersion: 1,
        hypothetical: false,
        scores: [
          {
            code: "2.1",
            kind: "review",
            score: "41",
            evaluator: "x",
            time: "2021-05-10T10:00:00Z",
            evidence: [],
          },
          {
            code: "9.9",
            kind: "review",
            score: "1",
            evaluator: "x",
            time: "2021-05-10T10:00:00Z",
            evidence: [],
          },
        ],
      }),
    ).toThrow(ManualScoresValidationError);
    const problem = (() => {
      try {
        parseManualScores(
          {
            schemaVersion: 1,
            scores: [
              {
                code: "2.1",
                kind: "review",
                score: "41",
                evaluator: "x",
                time: "2021-05-10T10:00:00Z",
              },
            ],
          },
          framework,
          "m.json",
        );
        return null;
      } catch (error) {
        return error as ManualScoresValidationError;
      }
    })();
    expect(problem?.issues).toEqual([
      { path: "scores[0].score", message: "得分 41 超过分值 40 / score 41 exceeds the weight 40" },
    ]);
    expect(problem?.message).toContain("m.json: 人工评分文件无效 / invalid manual scores");
  });
});

describe("the grade is decided from the total as shown (四舍五入 once to scorePlaces)", () => {
  const framework = parseFramework(small);
  const evaluation = evaluationWith([
    indicator("staffing.activeStaffControlRate", "102.12765957446808510638", "%"),
    indicator("carryover.rate", null),
    indicator("carryover.changeRate", "-12.5"),
    indicator("procurement.executionRate", null),
  ]);
  const reviewOf = (code: string, fields: { score?: string; count?: number }): ManualScore => ({
    code,
    kind: "review",
    ...fields,
    evaluator: "复核组（假设）",
    time: "2021-05-10T10:00:00+08:00",
    evidence: [],
  });
  const review = (score: string): ManualScores => ({
    schemaVersion: 1,
    hypothetical: true,
    scores: [reviewOf("2.1", { score })],
  });

  it("58.4 from data + 31.6 = 90.00 → 优秀; + 31.59 = 89.99 → 良好", () => {
    const ninety = scoreEvaluation(evaluation, framework, review("31.6"));
    expect(ninety.total?.toString()).toBe("90");
    expect(ninety.grade).toBe("优秀");
    const below = scoreEvaluation(evaluation, framework, review("31.59"));
    expect(below.total?.toString()).toBe("89.99");
    expect(below.grade).toBe("良好");
    expect(node(below, "2.1").reason).toBe("复核（复核组（假设））评31.59分，扣8.41分");
  });

  it("refuses the QA's 3-decimal score 31.595 (it would have totalled 89.995)", () => {
    const refused = (() => {
      try {
        scoreEvaluation(evaluation, framework, review("31.595"));
        return null;
      } catch (error) {
        return error as ManualScoresValidationError;
      }
    })();
    expect(refused?.issues).toEqual([
      {
        path: "scores[0].score",
        message: "评分最多2位小数：“31.595” / at most 2 decimals: '31.595'",
      },
    ]);
  });

  it("a framework that bypasses validation with 3-decimal weights: raw 89.995 shows 90.00 and is 优秀, 89.994 shows 89.99 and is 良好", () => {
    // Two leaves: A full marks (countDeduct, counted 0 times), B scored 0 by hand.
    const unchecked = (a: string, b: string) =>
      Framework.parse({
        ...small,
        id: "unchecked",
        nodes: [
          {
            code: "A",
            name: "按次扣分",
            weight: a,
            rule: { type: "countDeduct", params: { perCount: "1", countFrom: "manual" } },
          },
          { code: "B", name: "人工", weight: b, rule: { type: "manual" } },
        ],
      });
    const scores: ManualScores = {
      schemaVersion: 1,
      hypothetical: true,
      scores: [reviewOf("A", { count: 0 }), reviewOf("B", { score: "0" })],
    };
    const high = unchecked("89.995", "10.005");
    expect(frameworkProblems(high).map((i) => i.path)).toEqual([
      "nodes[0].weight",
      "nodes[1].weight",
    ]);
    const shown90 = scoreEvaluation(evaluation, high, scores);
    expect(shown90.total?.toString()).toBe("90");
    expect(shown90.grade).toBe("优秀");
    const shown8999 = scoreEvaluation(evaluation, unchecked("89.994", "10.006"), scores);
    expect(shown8999.total?.toString()).toBe("89.99");
    expect(shown8999.grade).toBe("良好");
  });
});

describe("the Taojiang seed under the Hunan-style framework", () => {
  const hunan = builtinFramework("hunan-county-2020");
  if (!hunan) throw new Error("missing built-in");
  const evaluation = evaluate(seedDataset());

  it("scores the quantitative indicators from data; the qualitative ones are 待评; the total is provisional", () => {
    const sheet = scoreEvaluation(evaluation, hunan);
    // 在职人员控制率 = 288 ÷ 282 (seed 一、（2）: 编制282人, 在职288人) = 102.13%
    expect(node(sheet, "1.1.1").reason).toBe(
      "在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分",
    );
    expect(node(sheet, "1.1.1").score?.toString()).toBe("3.93");
    // “三公经费”变动率 −85.15% (seed 1.2.2 合计) → full marks
    expect(node(sheet, "1.1.2").valueDisplay).toBe("-85.15%");
    expect(node(sheet, "1.1.2").score?.toString()).toBe("5");
    // “三公经费”控制率 10.28% (seed 1.2.1 合计) → full marks
    expect(node(sheet, "2.1.6").valueDisplay).toBe("10.28%");
    expect(node(sheet, "2.1.6").score?.toString()).toBe("5");
    // 满意度 95.2分 (seed 五、2.4.2 D) ≥ 90 → 6
    expect(node(sheet, "4.1.4").score?.toString()).toBe("6");
    for (const code of [
      "3.1.1",
      "3.1.2",
      "3.1.3",
      "3.1.4",
      "4.1.1",
      "4.1.2",
      "4.1.3",
      "2.2.1",
      "2.3.2",
    ]) {
      expect([code, node(sheet, code).status]).toEqual([code, "pending"]);
    }
    expect(sheet.provisional).toBe(true);
    expect(sheet.grade).toBeNull();
  });

  it("with the hypothetical manual scores the sheet is final and graded", () => {
    const scores = parseManualScores(hypothetical, hunan);
    const sheet = scoreEvaluation(evaluation, hunan, scores);
    expect(sheet.manualKind).toBe("review");
    expect(sheet.provisional).toBe(false);
    expect(sheet.grade).not.toBeNull();
    expect(sheet.warnings[0]).toContain("假设");
    // the qualitative nodes now carry the reviewer's (hypothetical) score beside the self score
    expect(node(sheet, "3.1.3").score?.toString()).toBe("3.5");
    expect(node(sheet, "3.1.3").manual?.selfEvaluation?.score).toBe("4");
  });
});
