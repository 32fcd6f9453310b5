import type { NullTreatment, OnNull, Rule } from "../frameworks/schema.ts";
import type { NullReason } from "../metrics/types.ts";

/**
 * Default treatment of a null indicator value, by reason (DESIGN.md §7):
 * - notApplicable (0 ÷ 0, nothing to control) → full (不适用，得满分);
 * - undefined (x ÷ 0), priorYearZero (上年为0（新增）), missing (数据缺失) → pending (待评): an
 *   evaluator decides, and the total stays provisional until then.
 * A rule overrides this with `onNull` (one treatment, or one per reason).
 */
export const DEFAULT_NULL_TREATMENT: Record<NullReason, NullTreatment> = {
  notApplicable: "full",
  undefined: "pending",
  priorYearZero: "pending",
  missing: "pending",
};

/**
 * How a rule treats a null value for this reason: the rule's own `onNull` if it says, else the
 * default above.
 * @example nullTreatment({type:"manual",params:{},onNull:"zero"}, "missing") === "zero"
 */
export function nullTreatment(rule: Pick<Rule, "onNull">, reason: NullReason): NullTreatment {
  const onNull: OnNull | undefined = rule.onNull;
  if (typeof onNull === "string") return onNull;
  return onNull?.[reason] ?? DEFAULT_NULL_TREATMENT[reason];
}

/** Chinese name of each treatment, for reasons. */
export const NULL_TREATMENT_NAMES: Record<NullTreatment, string> = {
  full: "按规则得满分",
  exclude: "不参与评分，分值由同级指标按比例分摊",
  zero: "按规则得0分",
  pending: "待评",
};
