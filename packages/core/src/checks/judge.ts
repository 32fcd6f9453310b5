import { Decimal, dec } from "../decimal.ts";
import type { Indicator, IndicatorInput } from "../metrics/types.ts";
import type { StatedFigure } from "../schema/dataset.ts";
import { decimalPlaces } from "../units/rounding.ts";
import type { CheckContext } from "./context.ts";
import { resolvePath } from "./paths.ts";
import {
  type Interval,
  ratioInterval,
  reachesByRounding,
  reachesByTruncation,
  roundsTo,
  truncatesTo,
  unitInLastPlace,
} from "./precision.ts";
import { possibleDenominators } from "./quantity-index.ts";
import type { Diagnosis } from "./types.ts";
import { conversionFactor, slipUnits } from "./units.ts";

/** The verdict on one stated figure against the quantity it claims to be. */
export interface Judgement {
  figure: StatedFigure;
  /** The quantity `refersTo` names; absent when no such quantity exists. */
  quantity?: Indicator;
  /** Why the figure could not be compared at all. */
  problem?: "unknownQuantity" | "incompatibleUnit";
  diagnosis?: Diagnosis;
  /** The stated value, exact, as written. */
  stated: Decimal;
  /** Decimal places written (the stated precision). */
  places: number;
  /** The recomputed value, exact, in the stated unit (sign read as the text reads it). */
  exact?: Decimal;
  /** Values reachable from inputs given rounded (`givenIn`), in the stated unit. */
  range?: Interval;
  /** The difference was recomputed reading blank cells as 0 (as the table's author did). */
  blankAsZero?: boolean;
  /** For unitSlip: the unit the written number is really in. */
  slipUnit?: string;
  /** For wrongDenominator: quantities that give the stated rate as denominator, best first. */
  denominators?: Indicator[];
  /** The sign is carried by a word (减少, 下降), so the magnitude was compared. */
  signByWord?: boolean;
  /** Factor from the quantity's unit to the stated unit (1, 10⁻⁴ for 元→万元, 15 for 公顷→亩). */
  factor?: Decimal;
  /**
   * Set when the figure stands in a table whose printed unit contradicts its magnitudes: the unit
   * the table is labelled in. The figure was then re-judged in the unit its numbers are really in
   * (`figure.unit`), and `labelled` holds the judgement as labelled.
   */
  labelled?: Judgement;
}

/** Words that state a decrease (减少, 下降 …). */
export const DECREASE = /减少|下降|降低|节约|节省|少支|减支|下滑/;

function readsAsDecrease(figure: StatedFigure): boolean {
  if (figure.wording) return figure.wording === "decrease";
  return DECREASE.test(`${figure.location.quote ?? ""}${figure.text}`);
}

/** Whether an indicator is a difference a − b of its two inputs (差额, 结转结余, 增减). */
function isDifference(q: Indicator): boolean {
  return (
    q.inputs.length === 2 && /(difference|Difference|carryover)/.test(q.code) && q.unit === "元"
  );
}

/**
 * The two inputs of a ratio a ÷ b × 100 whose value is exactly that quotient, else null.
 * @example ratioInputs(completionRate) // [实际支出合计 682,237,464.67, 到位金额合计 683,266,542.43] (seed 四(一)2)
 */
export function ratioInputs(q: Indicator): [IndicatorInput, IndicatorInput] | null {
  const [a, b] = q.inputs;
  if (q.unit !== "%" || q.inputs.length !== 2 || !a || !b) return null;
  if (!q.value || !a.value || !b.value || b.value.isZero()) return null;
  return a.value.div(b.value).times(100).equals(q.value) ? [a, b] : null;
}

/**
 * The interval an input may lie in: its value ± half a unit in the last place of the precision
 * the source gave it in (`givenIn` of the row it comes from), or the value itself.
 */
function inputInterval(
  context: CheckContext,
  input: IndicatorInput,
): { range: Interval; rounded: boolean } {
  const v = input.value ?? new Decimal(0);
  const point = { range: { lo: v, hi: v }, rounded: false };
  if (!input.path) return point;
  const field = /\.([^.[\]]+)$/.exec(input.path)?.[1];
  const parentPath = input.path.replace(/\.[^.[\]]+$/, "");
  const parent = resolvePath(context.dataset, parentPath) as Record<string, unknown> | undefined;
  const givenIn = (
    parent && typeof parent === "object" ? (parent[`${field}GivenIn`] ?? parent.givenIn) : undefined
  ) as { unit: string; places: number } | null | undefined;
  if (!givenIn) return point;
  const toInputUnit = conversionFactor(givenIn.unit, String(input.unit));
  if (!toInputUnit) return point;
  const half = unitInLastPlace(givenIn.places).div(2).times(toInputUnit);
  return { range: { lo: v.minus(half), hi: v.plus(half) }, rounded: true };
}

/** The range of a ratio computed from rounded inputs, or null when no input was rounded. */
function roundedRatioRange(context: CheckContext, q: Indicator): Interval | null {
  const inputs = ratioInputs(q);
  if (!inputs) return null;
  const a = inputInterval(context, inputs[0]);
  const b = inputInterval(context, inputs[1]);
  if (!a.rounded && !b.rounded) return null;
  return ratioInterval(a.range, b.range);
}

const GENERIC = new Set("数额合计金元的率（）()");

/** Distinct meaningful characters two names share (数, 额, 合计 … left out). */
function overlap(a: string, b: string): number {
  const set = new Set(b);
  return [...new Set(a)].filter((ch) => set.has(ch) && !GENERIC.has(ch)).length;
}

/** Quantities that, as the denominator of the ratio, give the stated rate at its precision. */
function wrongDenominators(
  context: CheckContext,
  q: Indicator,
  stated: Decimal,
  places: number,
): Indicator[] {
  const inputs = ratioInputs(q);
  if (!inputs) return [];
  const [numerator, denominator] = inputs;
  const n = numerator.value as Decimal;
  const d = denominator.value as Decimal;
  const found: Indicator[] = [];
  for (const candidate of possibleDenominators(
    context,
    String(denominator.unit),
    n,
    stated,
    places,
  )) {
    const value = candidate.value;
    if (candidate.unit !== denominator.unit || !value || value.isZero() || value.equals(d))
      continue;
    if (candidate.key === q.key) continue;
    // x ÷ x = 100% for any quantity equal to the numerator: such a candidate must at least be
    // of the same kind as the right denominator (share two meaningful characters of its name).
    if (value.equals(n) && overlap(candidate.name, denominator.label) < 2) continue;
    if (roundsTo(stated, n.div(value).times(100), places)) found.push(candidate);
  }
  return found.sort(
    (x, y) => overlap(y.name, denominator.label) - overlap(x.name, denominator.label),
  );
}

/** The judgement with its diagnosis set (judge builds `judged` fresh for each figure). */
function verdict(judged: Judgement, diagnosis: Diagnosis): Judgement {
  judged.diagnosis = diagnosis;
  return judged;
}

/**
 * Judge a stated figure against the quantity its `refersTo` names, at the stated precision
 * (DESIGN.md §7). The diagnosis is, in this order:
 * - match: the recomputed value 四舍五入 to the written places equals the stated value; or, for
 *   a rate from inputs given rounded (`givenIn`), some value in the reachable interval does;
 * - truncated: it equals the recomputed value cut (截尾) instead of rounded;
 * - unitSlip: the written number is the quantity in another money unit (元/万元/亿元), both
 *   numbers non-zero (0.00 against −0.01 is a mismatch, whatever the unit);
 * - wrongDenominator: a rate equals the numerator ÷ another quantity of the denominator's unit;
 * - notApplicable: a value is stated where the computation is 不适用 (0 ÷ 0, 上年为0, 分母为0,
 *   or an input is blank);
 * - mismatch otherwise.
 * A difference whose inputs are blank is recomputed reading blanks as 0, as tables print them.
 * A stated magnitude with 减少/下降 in its words is compared with a negative quantity.
 * Units: the quantity is converted to the stated unit first (元→万元 ÷10 000, 公顷→亩 ×15).
 * @example judge(context, { value: "99.84", unit: "%", refersTo: "budgetExecution.completionRate", … })
 *   // { diagnosis: "truncated", exact: 99.8494… } (seed 四(一)2: 预算完成率)
 */
export function judge(context: CheckContext, figure: StatedFigure): Judgement {
  const stated = dec(figure.value);
  const places = decimalPlaces(figure.value);
  // Judgements are built field by field, never as { ...object, more }: on Node 20 a spread
  // followed by another property takes a slow path (about 1 µs each), and every figure of every
  // run is judged.
  const q = figure.refersTo === null ? undefined : context.byKey.get(figure.refersTo);
  if (!q) return { figure, stated, places, problem: "unknownQuantity" };
  const factor = conversionFactor(String(q.unit), figure.unit);
  if (!factor) return { figure, stated, places, quantity: q, problem: "incompatibleUnit" };
  let value = q.value;
  let blankAsZero = false;
  if (value === null && q.nullReason === "missing" && isDifference(q)) {
    const [a, b] = q.inputs;
    value = (a?.value ?? new Decimal(0)).minus(b?.value ?? new Decimal(0));
    blankAsZero = true;
  }
  if (value === null) return { figure, stated, places, quantity: q, diagnosis: "notApplicable" };
  let exact = value.times(factor);
  const judged: Judgement = { figure, stated, places, quantity: q, exact, factor };
  if (blankAsZero) judged.blankAsZero = true;
  if (exact.isNegative() && !stated.isNegative() && !stated.isZero() && readsAsDecrease(figure)) {
    exact = exact.negated();
    judged.exact = exact;
    judged.signByWord = true;
  }
  if (roundsTo(stated, exact, places)) return verdict(judged, "match");
  const rawRange = q.unit === "%" ? roundedRatioRange(context, q) : null;
  const range =
    rawRange && judged.signByWord
      ? { lo: rawRange.hi.negated(), hi: rawRange.lo.negated() }
      : rawRange;
  if (range) {
    judged.range = range;
    if (reachesByRounding(stated, range, places)) return verdict(judged, "match");
  }
  if (truncatesTo(stated, exact, places) || (range && reachesByTruncation(stated, range, places))) {
    return verdict(judged, "truncated");
  }
  // A slip needs the ×10 000 relation to hold between two non-zero numbers: 0.00 against −0.01
  // is a plain mismatch, not a number written in 万元.
  const slipsPossible = !stated.isZero() && !exact.isZero();
  for (const slip of slipsPossible ? slipUnits(figure.unit) : []) {
    if (roundsTo(stated, exact.times(slip.factor), places)) {
      const slipped = verdict(judged, "unitSlip");
      slipped.slipUnit = slip.unit;
      return slipped;
    }
  }
  const denominators = wrongDenominators(context, q, stated, places);
  if (denominators.length > 0) {
    const wrong = verdict(judged, "wrongDenominator");
    wrong.denominators = denominators;
    return wrong;
  }
  return verdict(judged, "mismatch");
}
