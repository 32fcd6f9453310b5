import { z } from "zod";
import { dec } from "../decimal.ts";
import type { Framework, FrameworkNode } from "../frameworks/schema.ts";
import { type InputIssue, PARSE_OPTIONS, toInputIssues } from "../schema/parse.ts";
import { Count, Id, Quantity } from "../schema/primitives.ts";

const text = z.string({ error: "应为文本 / expected text" });

/** 自评 (the department's own score) or 复核 (a reviewer's score). They never overwrite each other. */
export const ManualScoreKind = z.enum(["selfEvaluation", "review"]);
export type ManualScoreKind = z.infer<typeof ManualScoreKind>;
export const MANUAL_SCORE_KIND_NAMES: Record<ManualScoreKind, string> = {
  selfEvaluation: "自评",
  review: "复核",
};

/**
 * One evaluator's judgement of one framework node: a score (manual rule, or a node left 待评 by
 * missing data), checklist answers, a category or a count — with who, when, the evidence and a
 * comment.
 */
export const ManualScore = z.object({
  /** The framework node's code, e.g. "1.1.1". */
  code: text.min(1),
  kind: ManualScoreKind,
  /** 得分 in [0, 分值], decimal string. */
  score: Quantity.optional(),
  /** Checklist answers: item id → met (true) / not met or breached (false). */
  answers: z.record(z.string(), z.boolean()).optional(),
  /** Categorical rule: the category id chosen. */
  category: Id.optional(),
  /** countDeduct with countFrom "manual": the number of events counted. */
  count: Count.optional(),
  evaluator: text.min(1),
  /** When it was scored, ISO 8601 with offset, e.g. "2021-04-25T10:00:00+08:00". */
  time: z.iso.datetime({
    offset: true,
    error: (issue) => `“${String(issue.input)}”不是ISO 8601时间 / not an ISO 8601 date-time`,
  }),
  /** 佐证材料, one entry per document or observation. */
  evidence: z.array(text).default([]),
  comment: text.optional(),
});
export type ManualScore = z.infer<typeof ManualScore>;

/** A manual scores file (docs/framework.md, "Manual scores"). */
export const ManualScores = z.object({
  schemaVersion: z.literal(1),
  /** When given, the framework these scores are for; scoring under another framework is refused. */
  frameworkId: Id.optional(),
  department: text.optional(),
  fiscalYear: z.number().int().optional(),
  /** True for made-up scores (test fixtures); the sheet then says so. */
  hypothetical: z.boolean().default(false),
  note: text.optional(),
  scores: z.array(ManualScore),
});
export type ManualScores = z.infer<typeof ManualScores>;
export type ManualScoresInput = z.input<typeof ManualScores>;

/** Thrown by {@link parseManualScores} when the file is malformed or does not fit the framework. */
export class ManualScoresValidationError extends Error {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[], source?: string) {
    const where = source ? `${source}: ` : "";
    super(
      `${where}人工评分文件无效 / invalid manual scores:\n${issues.map((i) => `  ${i.path || "(root)"}: ${i.message}`).join("\n")}`,
    );
    this.name = "ManualScoresValidationError";
    this.issues = issues;
  }
}

/**
 * Every node of a framework by its code, at any depth.
 * @example nodesByCode(hunan).get("1.1.1")?.name === "在职人员控制率"
 */
export function nodesByCode(framework: Framework): Map<string, FrameworkNode> {
  const map = new Map<string, FrameworkNode>();
  const walk = (nodes: readonly FrameworkNode[]) => {
    for (const node of nodes) {
      map.set(node.code, node);
      walk(node.children);
    }
  };
  walk(framework.nodes);
  return map;
}

/** The fields of one entry that the framework-fit checks read (the rest may still be malformed). */
const FitFields = ManualScore.pick({
  code: true,
  kind: true,
  score: true,
  answers: true,
  category: true,
  count: true,
});
type FitEntry = z.infer<typeof FitFields>;

/**
 * Problems of manual scores against a framework, each with its path ("scores[3].score"): the
 * framework id differs; an unknown node code; a score on a parent node; a score above the
 * node's 分值; a score with more decimals than the framework's `scoring.scorePlaces` (default 2:
 * "2.065" is refused, so every score on the sheet is the figure shown); an answer for an
 * unknown checklist item; an unknown category; the same node and kind scored twice.
 * @example manualScoresProblems(ms, hunan)[0].message
 *   // "得分 5.5 超过分值 5 / score 5.5 exceeds the weight 5"
 */
export function manualScoresProblems(scores: ManualScores, framework: Framework): InputIssue[] {
  return fitProblems(
    scores.frameworkId,
    scores.scores.map((entry, index) => ({ entry, index })),
    framework,
  );
}

function fitProblems(
  frameworkId: string | undefined,
  entries: readonly { entry: FitEntry; index: number }[],
  framework: Framework,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  if (frameworkId !== undefined && frameworkId !== framework.id) {
    add(
      "frameworkId",
      `人工评分针对指标体系“${frameworkId}”，当前为“${framework.id}” / scores are for framework '${frameworkId}', not '${framework.id}'`,
    );
  }
  const nodes = nodesByCode(framework);
  const places = framework.scoring.scorePlaces;
  const seen = new Map<string, number>();
  for (const { entry, index } of entries) {
    const at = `scores[${index}]`;
    if (entry.score !== undefined && dec(entry.score).decimalPlaces() > places) {
      add(
        `${at}.score`,
        `评分最多${places}位小数：“${entry.score}” / at most ${places} decimals: '${entry.score}'`,
      );
    }
    const node = nodes.get(entry.code);
    if (!node) {
      add(
        `${at}.code`,
        `指标体系中没有代码为“${entry.code}”的指标 / no node '${entry.code}' in the framework`,
      );
      continue;
    }
    const key = `${entry.code}|${entry.kind}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      add(
        at,
        `指标“${entry.code}”的${MANUAL_SCORE_KIND_NAMES[entry.kind]}已在 scores[${earlier}] 给出 / '${entry.code}' already has a ${entry.kind} score at scores[${earlier}]`,
      );
    } else seen.set(key, index);
    if (node.children.length > 0) {
      add(
        `${at}.code`,
        `“${entry.code}”有下级指标，得分由下级汇总 / '${entry.code}' has children; its score is their sum`,
      );
      continue;
    }
    if (
      entry.score !== undefined &&
      node.weight !== undefined &&
      dec(entry.score).gt(node.weight)
    ) {
      add(
        `${at}.score`,
        `得分 ${entry.score} 超过分值 ${dec(node.weight).toString()} / score ${entry.score} exceeds the weight ${node.weight}`,
      );
    }
    const rule = node.rule;
    if (entry.answers !== undefined) {
      if (rule?.type !== "checklist") {
        add(
          `${at}.answers`,
          `“${entry.code}”不是要点计分指标 / '${entry.code}' is not a checklist`,
        );
      } else {
        const ids = new Set(rule.params.items.map((item) => item.id));
        for (const id of Object.keys(entry.answers)) {
          if (!ids.has(id))
            add(`${at}.answers.${id}`, `没有要点“${id}” / no checklist item '${id}'`);
        }
      }
    }
    if (entry.category !== undefined) {
      if (rule?.type !== "categorical") {
        add(
          `${at}.category`,
          `“${entry.code}”不是分类计分指标 / '${entry.code}' is not categorical`,
        );
      } else if (!rule.params.categories.some((c) => c.id === entry.category)) {
        add(`${at}.category`, `没有类别“${entry.category}” / no category '${entry.category}'`);
      }
    }
  }
  return issues;
}

/** The entry index an issue path starts with ("scores[3].time" → 3), −1 for file-level paths. */
function entryIndex(path: string): number {
  const match = /^scores\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : -1;
}

/**
 * Validate unknown input (parsed JSON) as {@link ManualScores} and, when a framework is given,
 * against it — in one pass: the shape (zod) and the framework fit (manualScoresProblems) are
 * both checked, the fit on every entry whose code, kind and scored fields parse even when
 * another field (a time, another entry) is malformed. Issues come file-level first, then entry
 * by entry ("scores[0].time", "scores[1].score", "scores[2].code" …).
 * @returns the scores, or every issue with its path.
 * @example safeParseManualScores({schemaVersion:1, scores:[{code:"3.1.1", score:"2.065", …}]}, hunan)
 *   // { ok: false, issues: [{ path: "scores[0].score", message: "评分最多2位小数：“2.065” / at most 2 decimals: '2.065'" }] }
 */
export function safeParseManualScores(
  input: unknown,
  framework?: Framework,
): { ok: true; scores: ManualScores } | { ok: false; issues: InputIssue[] } {
  const result = ManualScores.safeParse(input, PARSE_OPTIONS);
  if (result.success) {
    const issues = framework ? manualScoresProblems(result.data, framework) : [];
    return issues.length > 0 ? { ok: false, issues } : { ok: true, scores: result.data };
  }
  const issues = toInputIssues(result.error);
  if (framework && typeof input === "object" && input !== null) {
    const raw = input as { frameworkId?: unknown; scores?: unknown };
    const frameworkId = Id.safeParse(raw.frameworkId);
    const entries = (Array.isArray(raw.scores) ? raw.scores : []).flatMap((item, index) => {
      const parsed = FitFields.safeParse(item);
      return parsed.success ? [{ entry: parsed.data, index }] : [];
    });
    issues.push(
      ...fitProblems(frameworkId.success ? frameworkId.data : undefined, entries, framework),
    );
  }
  const order = issues.map((issue, i) => ({ issue, i, at: entryIndex(issue.path) }));
  order.sort((a, b) => a.at - b.at || a.i - b.i);
  return { ok: false, issues: order.map((o) => o.issue) };
}

/**
 * Validate unknown input (parsed JSON) as {@link ManualScores}, and, when a framework is given,
 * against it, reporting every problem at once (safeParseManualScores).
 * @throws ManualScoresValidationError listing every issue with its path.
 * @example parseManualScores(json, hunan).scores.length
 */
export function parseManualScores(
  input: unknown,
  framework?: Framework,
  source?: string,
): ManualScores {
  const result = safeParseManualScores(input, framework);
  if (!result.ok) throw new ManualScoresValidationError(result.issues, source);
  return result.scores;
}

/**
 * Which kind a sheet is scored with: the one asked for; otherwise 复核 (review) when the file
 * has any review score — a reviewer's judgement supersedes the department's own — else 自评;
 * null when there are no manual scores. The other kind is still shown beside it.
 * @example chooseManualKind({scores:[{kind:"selfEvaluation",…}]}) === "selfEvaluation"
 */
export function chooseManualKind(
  scores: Pick<ManualScores, "scores"> | undefined,
  requested?: ManualScoreKind,
): ManualScoreKind | null {
  if (requested) return requested;
  if (!scores || scores.scores.length === 0) return null;
  return scores.scores.some((s) => s.kind === "review") ? "review" : "selfEvaluation";
}

/**
 * Both kinds of manual score of a node, side by side, for a sheet's reason column:
 * "自评5分；复核4.5分" (a checklist or category entry shows its answers' kind without points).
 * Empty when the node has at most one kind.
 * @example describeBothKinds({selfEvaluation:{score:"5",…}, review:{score:"4.5",…}}) === "自评5分；复核4.5分"
 */
export function describeBothKinds(
  manual: { selfEvaluation: ManualScore | null; review: ManualScore | null } | undefined,
): string {
  if (!manual?.selfEvaluation || !manual.review) return "";
  const one = (entry: ManualScore) =>
    `${MANUAL_SCORE_KIND_NAMES[entry.kind]}${entry.score !== undefined ? `${dec(entry.score).toString()}分` : "已评"}`;
  return `${one(manual.selfEvaluation)}；${one(manual.review)}`;
}

/**
 * A node's reason followed by both manual scores when it has both kinds:
 * "复核（复核组）评4.5分，扣0.5分（自评5分；复核4.5分）".
 */
export function reasonWithBothKinds(node: {
  reason: string;
  manual?: { selfEvaluation: ManualScore | null; review: ManualScore | null } | undefined;
}): string {
  const both = describeBothKinds(node.manual);
  return both ? `${node.reason}（${both}）` : node.reason;
}
