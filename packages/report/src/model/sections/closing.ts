import { narrative, paragraph } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import { chineseDate } from "../text.ts";
import type { Block } from "../types.ts";

/**
 * The close of the report body: the 附送 list (the department's words) and the 落款 (signature:
 * department and date), right-aligned. Without a signature in the narrative, the department's
 * name and the report date are used.
 * @example closingBlocks(ctx, "2021-05-20") // …, "桃江县自然资源局", "2021年5月20日" (seed 落款)
 */
export function closingBlocks(ctx: ModelContext, date: string | null): Block[] {
  const n = ctx.dataset.narrative;
  const signature =
    n.signature.length > 0
      ? n.signature.filter((s) => s.trim() !== "").map((s) => s.trim())
      : [ctx.dataset.department.name, ...(date ? [chineseDate(date)] : [])];
  return [
    ...narrative(n.annexes).map((p) => ({ ...p, role: "note" as const, align: "left" as const })),
    ...signature.map((s) => ({ ...paragraph("signature", s), align: "right" as const })),
  ];
}
