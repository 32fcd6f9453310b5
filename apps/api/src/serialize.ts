import type { Decimal } from "@jixiao/core";
import type { Finding, FindingLocation } from "@jixiao/core/checks";
import type { Indicator, IndicatorInput } from "@jixiao/core/metrics";
import type { NodeScore, ScoreSheet } from "@jixiao/core/scoring";
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
 * Convert an indicator to its JSON-safe form: exactly the fields of schemas/evaluation.ts
 * JsonIndicatorSchema, in its order (what tRPC's output check used to answer; the check is no
 * longer run, see schemas/evaluation.ts), built field by field (no object spread: on Node 20 a
 * spread followed by a new field takes a slow path).
 * @example toJsonIndicator(controlRateTotal) // { key: "threePublicExpenses.controlRate.total",
 *   value: "10.27862439024390243902439024390243902439", display: "10.28%", … } // seed 1.2.1
 */
export function toJsonIndicator(indicator: Indicator): JsonIndicator {
  const json = { key: indicator.key, code: indicator.code } as JsonIndicator;
  if (indicator.param !== undefined) json.param = indicator.param;
  json.name = indicator.name;
  json.unit = indicator.unit;
  json.value = indicator.value === null ? null : indicator.value.toString();
  json.display = indicatorText(indicator);
  if (indicator.nullReason !== undefined) json.nullReason = indicator.nullReason;
  if (indicator.reason !== undefined) json.reason = indicator.reason;
  json.formula = indicator.formula;
  json.inputs = indicator.inputs.map(toJsonInput);
  if (indicator.direction !== undefined) json.direction = indicator.direction;
  if (indicator.source !== undefined) json.source = indicator.source;
  return json;
}

function toJsonInput(input: IndicatorInput): JsonIndicatorInput {
  const json: JsonIndicatorInput = {
    label: input.label,
    value: input.value === null ? null : input.value.toString(),
    unit: input.unit,
  };
  if (input.path !== undefined) json.path = input.path;
  return json;
}

const LOCATION_FIELDS = [
  "section",
  "subsection",
  "table",
  "row",
  "column",
  "statedFigureId",
  "path",
  "quote",
] as const satisfies readonly (keyof FindingLocation)[];

/**
 * A finding as the API sends it: exactly the fields of schemas/evaluation.ts FindingSchema, in
 * its order (a stored finding's detail may be older than the schema: other fields are left out,
 * as the output check used to leave them out).
 */
export function toJsonFinding(finding: Finding): Finding {
  const json = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    title: finding.title,
    titleEn: finding.titleEn,
    locations: finding.locations.map((location) => {
      const out: FindingLocation = {};
      for (const field of LOCATION_FIELDS) {
        const value = location[field];
        if (value !== undefined) out[field] = value;
      }
      return out;
    }),
  } as Finding;
  if (finding.stated !== undefined) json.stated = finding.stated;
  if (finding.expected !== undefined) json.expected = finding.expected;
  if (finding.unit !== undefined) json.unit = finding.unit;
  if (finding.diagnosis !== undefined) json.diagnosis = finding.diagnosis;
  if (finding.values !== undefined) json.values = finding.values;
  json.message = finding.message;
  return json;
}

/** The result of `evaluations.evaluate`: the department-year, its indicators and its findings. */
export interface JsonEvaluation {
  department: { name: string; fiscalYear: number };
  indicators: JsonIndicator[];
  /** Findings already hold only strings (stated and expected values are decimal strings). */
  findings: Finding[];
}

/**
 * A Decimal as the API sends it: `toString()`, exact, plain digits (the core Decimal has
 * toExpNeg −40 / toExpPos 40), or null. Not `toJSON()`: that keeps the sign of a negative zero
 * ("-0"), which `toString()` prints as "0".
 * @example decimalString(dec("18.93")) === "18.93"
 */
export function decimalString(value: Decimal | null): string | null {
  return value === null ? null : value.toString();
}

/** A {@link NodeScore} as the API sends it: 分值, value, 得分 and 扣分 as exact decimal strings. */
export type JsonNodeScore = Omit<NodeScore, "weight" | "value" | "score" | "lost" | "children"> & {
  weight: string | null;
  value: string | null;
  score: string | null;
  lost: string | null;
  children: JsonNodeScore[];
};

/** The result of `evaluations.score`: the 评分表 with every Decimal as an exact string. */
export type JsonScoreSheet = Omit<ScoreSheet, "nodes" | "totalWeight" | "total"> & {
  nodes: JsonNodeScore[];
  totalWeight: string | null;
  total: string | null;
};

function toJsonNodeScore(node: NodeScore): JsonNodeScore {
  return {
    ...node,
    weight: decimalString(node.weight),
    value: decimalString(node.value),
    score: decimalString(node.score),
    lost: decimalString(node.lost),
    children: node.children.map(toJsonNodeScore),
  };
}

/**
 * Convert a 评分表 to its JSON-safe form (every other field is already a string, number,
 * boolean or null).
 * @example toJsonScoreSheet(sheet).nodes[0].children[0].reason
 *   // "在职人员控制率102.13%，超过100%的2.13个百分点，每点扣0.5分，扣1.07分" (seed 一、（2）: 288 ÷ 282)
 */
export function toJsonScoreSheet(sheet: ScoreSheet): JsonScoreSheet {
  return {
    ...sheet,
    nodes: sheet.nodes.map(toJsonNodeScore),
    totalWeight: decimalString(sheet.totalWeight),
    total: decimalString(sheet.total),
  };
}
