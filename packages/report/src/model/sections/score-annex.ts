import type { ModelContext } from "../context.ts";
import type { SectionBlock } from "../types.ts";

/**
 * 附件2 评分表: the hook for the scoring work. `options.scoreAnnex` builds the section from the
 * evaluation (its ScoreSheet); when it is absent or returns null, the annex is left out and no
 * renderer prints anything for it. The builder's section is given the annex numbering here.
 * @example scoreAnnexSection(modelContext(evaluation, { scoreAnnex: build }))?.numbering === "附件2"
 */
export function scoreAnnexSection(ctx: ModelContext): SectionBlock | null {
  const built = ctx.options.scoreAnnex?.(ctx.evaluation) ?? null;
  if (!built) return null;
  return {
    ...built,
    id: built.id || "annex-score",
    level: 1,
    numbering: "附件2",
    annex: true,
    pageBreakBefore: true,
  };
}
