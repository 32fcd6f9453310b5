import type { Evaluation } from "@jixiao/core";
import type { Framework } from "@jixiao/core/frameworks";
import {
  type ManualScore,
  type ManualScoreKind,
  type ManualScores,
  manualScoresProblems,
  type NodeScore,
  type ScoreSheet,
  scoreEvaluation,
} from "@jixiao/core/scoring";
import { cleanNumberText, isBlankText } from "../grid/clean-paste.ts";

/** One entry typed in the scoring tab (a ManualScore, before it is checked against the framework). */
export type ManualEntry = ManualScore;

/**
 * The entries with one node's score of one kind set, or removed when the score, evidence and
 * comment are all blank. The score text is cleaned like a grid cell (full-width digits …).
 * @example upsertEntry([], { code: "1.1.1", kind: "review", scoreText: "４.5", … }) // [{ code: "1.1.1", kind: "review", score: "4.5", … }]
 */
export function upsertEntry(
  entries: readonly ManualEntry[],
  input: {
    code: string;
    kind: ManualScoreKind;
    scoreText: string;
    evidence: readonly string[];
    comment: string;
    evaluator: string;
    time: string;
  },
): ManualEntry[] {
  const others = entries.filter((e) => !(e.code === input.code && e.kind === input.kind));
  const evidence = input.evidence.map((e) => e.trim()).filter((e) => e !== "");
  const blank =
    isBlankText(input.scoreText) && evidence.length === 0 && input.comment.trim() === "";
  if (blank) return others;
  const entry: ManualEntry = {
    code: input.code,
    kind: input.kind,
    evaluator: input.evaluator,
    time: input.time,
    evidence,
    ...(isBlankText(input.scoreText) ? {} : { score: cleanNumberText(input.scoreText) }),
    ...(input.comment.trim() === "" ? {} : { comment: input.comment.trim() }),
  };
  return [...others, entry];
}

/** The result of scoring with the typed entries: both sheets, and the problems of entries left out. */
export interface ScoringResult {
  selfEvaluation: ScoreSheet;
  review: ScoreSheet;
  /** Problems by "code|kind" (e.g. "得分 6 超过分值 5"), Chinese part. */
  problems: Map<string, string[]>;
}

/**
 * Score an evaluation under a framework twice, with the 自评 and with the 复核 entries (core's
 * scoreEvaluation), so the two columns stand side by side. Entries that do not fit the framework
 * (a score above its 分值, too many decimals, not a number …) are left out and their problems
 * returned, so one bad entry never blanks the sheet.
 * @example scoreBoth(evaluate(taojiang), hunan, []).review.provisional === true
 */
export function scoreBoth(
  evaluation: Evaluation,
  framework: Framework,
  entries: readonly ManualEntry[],
): ScoringResult {
  const problems = new Map<string, string[]>();
  const fitting: ManualEntry[] = [];
  for (const entry of entries) {
    const one: ManualScores = {
      schemaVersion: 1,
      hypothetical: false,
      scores: [entry],
    };
    const own =
      entry.score !== undefined && !/^\d+(\.\d+)?$/.test(entry.score)
        ? [{ path: "scores[0].score", message: `“${entry.score}”不是分数` }]
        : manualScoresProblems(one, framework);
    if (own.length === 0) fitting.push(entry);
    else
      problems.set(
        `${entry.code}|${entry.kind}`,
        own.map((p) => p.message.split(" / ")[0] ?? p.message),
      );
  }
  const scores = (): ManualScores => ({
    schemaVersion: 1,
    hypothetical: false,
    frameworkId: framework.id,
    scores: fitting,
  });
  return {
    selfEvaluation: scoreEvaluation(evaluation, framework, scores(), {
      manualKind: "selfEvaluation",
    }),
    review: scoreEvaluation(evaluation, framework, scores(), { manualKind: "review" }),
    problems,
  };
}

/** A node of the sheet with its depth, in reading order (parents before children). */
export interface SheetRow {
  node: NodeScore;
  depth: number;
}

/** The nodes of a score sheet in reading order. */
export function sheetRows(nodes: readonly NodeScore[], depth = 0): SheetRow[] {
  return nodes.flatMap((node) => [{ node, depth }, ...sheetRows(node.children, depth + 1)]);
}

/**
 * True when an evaluator may score this node by hand: a leaf whose rule is manual, or that its
 * rule left 待评 (data missing), or that already has a manual score.
 */
export function takesManualScore(a: NodeScore, b: NodeScore | undefined): boolean {
  if (a.children.length > 0) return false;
  return (
    a.rule === "manual" ||
    a.status === "pending" ||
    b?.status === "pending" ||
    a.manual !== undefined ||
    b?.manual !== undefined
  );
}
