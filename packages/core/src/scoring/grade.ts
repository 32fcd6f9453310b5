import type { Decimal } from "../decimal.ts";
import { type GradeBand, MOF_GRADE_BANDS } from "../frameworks/schema.ts";
import { inInterval } from "./rules/interval.ts";

/**
 * The grade (等级) of a total score: the first band, in order, whose interval contains it.
 * Default bands are the MoF standard: 优秀 ≥ 90, 良好 [80, 90), 中 [60, 80), 差 < 60
 * (财预〔2020〕10号 第二十六条). Exact Decimal comparison: 89.99 → 良好, 90 → 优秀, 59.99 → 差.
 * Pass the total as the sheet shows it (roundPoints to scorePlaces, as scoreEvaluation does), so
 * the grade never contradicts the printed figure.
 * @returns the grade, or null when no band contains the total.
 * @example gradeOf(new Decimal("99.5")) === "优秀" // the seed's stated self-evaluation score
 */
export function gradeOf(
  total: Decimal,
  bands: readonly GradeBand[] = MOF_GRADE_BANDS,
): string | null {
  return bands.find((band) => inInterval(total, band))?.grade ?? null;
}
