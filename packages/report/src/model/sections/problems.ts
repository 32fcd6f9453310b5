import { chineseNumeral, narrative, section, stripNumbering } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import type { SectionBlock } from "../types.ts";

/**
 * 六、目前面临的困境和需要解决的问题: the introduction, then each problem numbered （一）（二）….
 * @example problemsSection(ctx) // seed 六、（一）耕地“占补平衡”矛盾较为尖锐
 */
export function problemsSection(ctx: ModelContext): SectionBlock {
  const n = ctx.dataset.narrative;
  return section("problems", 1, "六、", "目前面临的困境和需要解决的问题", [
    ...narrative(n.problemsIntro),
    ...n.problems.map((p, i) =>
      section(
        `problems-${i + 1}`,
        2,
        `（${chineseNumeral(i + 1)}）`,
        stripNumbering(p.heading),
        narrative(p.paragraphs),
      ),
    ),
  ]);
}

/**
 * 七、改进措施和有关建议: each recommendation numbered 1、2、… as the seed does. A recommendation
 * written as one line (a heading without paragraphs, seed 七、6) is a heading-only section, not
 * an empty one.
 * @example recommendationsSection(ctx) // seed 七、1、面对用地矛盾加大…
 */
export function recommendationsSection(ctx: ModelContext): SectionBlock {
  const n = ctx.dataset.narrative;
  return section(
    "recommendations",
    1,
    "七、",
    "改进措施和有关建议",
    n.recommendations.map((r, i) =>
      section(
        `recommendations-${i + 1}`,
        2,
        `${i + 1}、`,
        stripNumbering(r.heading),
        narrative(r.paragraphs),
        { headingOnly: narrative(r.paragraphs).length === 0 },
      ),
    ),
  );
}
