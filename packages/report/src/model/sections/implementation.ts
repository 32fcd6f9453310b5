import { narrative, section } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import type { SectionBlock } from "../types.ts";

/**
 * 三、项目组织实施情况: （一）项目组织实施情况及分析, （二）项目管理情况及分析 (narrative).
 * @example implementationSection(ctx).title === "项目组织实施情况" // seed 三、
 */
export function implementationSection(ctx: ModelContext): SectionBlock {
  const n = ctx.dataset.narrative;
  return section("implementation", 1, "三、", "项目组织实施情况", [
    section(
      "implementation-organisation",
      2,
      "（一）",
      "项目组织实施情况及分析",
      narrative(n.projectImplementation),
    ),
    section(
      "implementation-management",
      2,
      "（二）",
      "项目管理情况及分析",
      narrative(n.projectSupervision),
    ),
  ]);
}
