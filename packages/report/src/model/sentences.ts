import { generated } from "./blocks.ts";
import type { ModelContext } from "./context.ts";
import type { AmountFormat, ParagraphBlock } from "./types.ts";

/** One clause of a generated sentence: a label and an indicator key (with its amount format). */
export interface Clause {
  label: string;
  key: string;
  format?: AmountFormat;
}

/**
 * A sentence of computed figures, "按基础数据计算：A为x，B为y。", from indicators only. Clauses
 * whose indicator was not computed, or lacks its inputs (数据缺失), are left out; a null with
 * another reason reads as that reason (不适用 …). With no clause left, no sentence (null).
 * @example computedSentence(ctx, [{ label: "“三公经费”控制率", key: "threePublicExpenses.controlRate.total" }])
 *   → "按基础数据计算：“三公经费”控制率为10.28%。"
 */
export function computedSentence(
  ctx: ModelContext,
  clauses: readonly Clause[],
  lead = "按基础数据计算：",
): ParagraphBlock | null {
  const parts = clauses
    .filter((c) => {
      const indicator = ctx.ind.get(c.key);
      return (
        indicator !== undefined && !(indicator.value === null && indicator.nullReason === "missing")
      );
    })
    .map((c) => `${c.label}为${ctx.ind.text(c.key, c.format)}`);
  if (parts.length === 0) return null;
  return generated(`${lead}${parts.join("，")}。`);
}

/**
 * Drop nulls from a block list.
 * @example present([table, null]) // [table]
 */
export function present<T>(items: readonly (T | null | undefined)[]): T[] {
  return items.filter((x): x is T => x !== null && x !== undefined);
}
