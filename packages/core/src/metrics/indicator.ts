import { CATALOGUE, type CatalogueEntry, makeKey } from "./catalogue.ts";
import type { Outcome } from "./derive.ts";
import type { Indicator, IndicatorInput, IndicatorUnit } from "./types.ts";

let byCode: Map<string, CatalogueEntry> | undefined;

/**
 * The catalogue entry for `code` (metrics/catalogue.ts), looked up in a map built once.
 * @example entryFor("carryover.amount").name === "结转结余"
 * @throws Error when `code` is not in metrics/catalogue.ts (a programming error, not bad data).
 */
export function entryFor(code: string): CatalogueEntry {
  byCode ??= new Map(CATALOGUE.map((e) => [e.code, e]));
  const entry = byCode.get(code);
  if (!entry) throw new Error(`指标代码不在目录中 / indicator code not in the catalogue: ${code}`);
  return entry;
}

/**
 * Build an {@link Indicator} from its catalogue entry (name, unit, formula, direction, source),
 * the outcome (exact value, or null with nullReason and a Chinese reason) and its inputs.
 * `options.formula` replaces the catalogue formula when a documented fallback was used;
 * `options.unit` gives the real unit where the catalogue says "按指标" (per indicator).
 * The key is `code` for an aggregate and `code[param]` for one item.
 * @throws Error when `code` is not catalogued, or when `param` is given for an entry without a
 *   param (or missing for one with a param).
 * @example makeIndicator("threePublicExpenses.controlRate", "officialReception",
 *   percentRatio(actual, budget), [actual, budget]) // key "threePublicExpenses.controlRate[officialReception]",
 *   value 7.6549…% for the seed's 62,769.85 ÷ 820,000 (1.2.1)
 */
export function makeIndicator(
  code: string,
  param: string | undefined,
  outcome: Outcome,
  inputs: IndicatorInput[],
  options: { formula?: string; unit?: IndicatorUnit } = {},
): Indicator {
  const entry = entryFor(code);
  if ((entry.param === undefined) !== (param === undefined)) {
    throw new Error(
      `指标参数不符 / param mismatch for ${code}: catalogue param ${entry.param ?? "none"}, got ${param ?? "none"}`,
    );
  }
  const indicator: Indicator = {
    key: makeKey(code, param),
    code,
    name: entry.name,
    unit: options.unit ?? entry.unit,
    value: outcome.value,
    formula: options.formula ?? entry.formula,
    inputs,
  };
  if (param !== undefined) indicator.param = param;
  if (outcome.value === null) {
    indicator.nullReason = outcome.nullReason;
    indicator.reason = outcome.reason;
  }
  if (entry.direction !== undefined) indicator.direction = entry.direction;
  if (entry.source !== undefined) indicator.source = entry.source;
  return indicator;
}
