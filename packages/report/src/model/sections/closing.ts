import { narrative, paragraph } from "../blocks.ts";
import type { ModelContext } from "../context.ts";
import { chineseDate } from "../text.ts";
import type { Block } from "../types.ts";

/** The label of the list of documents sent with the report (seed: "附送：  1、…"). */
export const ANNEXES_LABEL = "附送：";

/**
 * The close of the report body, after 七: the 附送 list (the department's words) as its own
 * labelled paragraph "附送：" followed by the items as written, then the 落款 (signature:
 * department and date), right-aligned. Without a signature in the narrative, the department's
 * name and the report date are used. A leading "附送：" in the first item is not repeated.
 * @example closingBlocks(ctx, "2021-05-20") // …, "桃江县自然资源局", "2021年5月20日" (seed 落款)
 */
export function closingBlocks(ctx: ModelContext, date: string | null): Block[] {
  const n = ctx.dataset.narrative;
  const signature =
    n.signature.length > 0
      ? n.signature.filter((s) => s.trim() !== "").map((s) => s.trim())
      : [ctx.dataset.department.name, ...(date ? [chineseDate(date)] : [])];
  const items = n.annexes
    .map((a, i) => (i === 0 ? a.trim().replace(/^附送[：:]\s*/, "") : a))
    .filter((a) => a.trim() !== "");
  const annexList: Block[] =
    items.length === 0
      ? []
      : [
          { ...paragraph("narrative", [{ text: ANNEXES_LABEL, strong: true }]), align: "left" },
          ...narrative(items).map((p) => ({ ...p, align: "left" as const })),
        ];
  return [
    ...annexList,
    ...signature.map((s) => ({ ...paragraph("signature", s), align: "right" as const })),
  ];
}
