import type { Finding } from "@jixiao/core/checks";
import type { Indicator, IndicatorInput } from "@jixiao/core/metrics";
import { indicatorText } from "@jixiao/report";

/** An {@link IndicatorInput} with its exact value as a decimal string (or null). */
export type JsonIndicatorInput = Omit<IndicatorInput, "value"> & { value: string | null };

/**
 * An {@link Indicator} as the API sends it: every value an exact decimal string (never a JS
 * number, never rounded), plus `display`, the value as the report prints it (四舍五入 to 2
 * places, with its unit, or the Chinese null reason).
 */
export type JsonIndicator = Omit<Indicator, "value" | "inputs"> & {
  value: string | null;
  display: string;
  inputs: JsonIndicatorInput[];
};

/**
 * Convert an indicator to its JSON-safe form.
 * @example toJsonIndicator(controlRateTotal) // { key: "threePublicExpenses.controlRate.total",
 *   value: "10.27862439024390243902439024390243902439", display: "10.28%", … } // seed 1.2.1
 */
export function toJsonIndicator(indicator: Indicator): JsonIndicator {
  return {
    ...indicator,
    value: indicator.value === null ? null : indicator.value.toString(),
    display: indicatorText(indicator),
    inputs: indicator.inputs.map((input) => ({
      ...input,
      value: input.value === null ? null : input.value.toString(),
    })),
  };
}

/** The result of `evaluations.evaluate`: the department-year, its indicators and its findings. */
export interface JsonEvaluation {
  department: { name: string; fiscalYear: number };
  indicators: JsonIndicator[];
  /** Findings already hold only strings (stated and expected values are decimal strings). */
  findings: Finding[];
}
