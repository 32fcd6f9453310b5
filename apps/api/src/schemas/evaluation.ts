import { z } from "zod";
import { uncheckedOutput } from "./common.ts";

/** A decimal string in exact form (never a JS number): "84284.72", "10.2786243902439…". */
export const DecimalString = z
  .string()
  .meta({ description: "精确十进制数字符串 / exact decimal string", example: "84284.72" });

/** One input of an indicator's formula, with its exact value and dataset path. */
export const JsonIndicatorInputSchema = z.object({
  label: z.string(),
  value: DecimalString.nullable(),
  unit: z.string(),
  path: z.string().optional(),
});

/**
 * An indicator (绩效指标) as the API sends it: `value` exact (never rounded), `display` the
 * report's text (四舍五入 to 2 places with the unit, or the Chinese null reason).
 */
export const JsonIndicatorSchema = z
  .object({
    key: z.string(),
    code: z.string(),
    param: z.string().optional(),
    name: z.string(),
    unit: z.string(),
    value: DecimalString.nullable(),
    display: z.string(),
    nullReason: z.enum(["notApplicable", "undefined", "priorYearZero", "missing"]).optional(),
    reason: z.string().optional(),
    formula: z.string(),
    inputs: z.array(JsonIndicatorInputSchema),
    direction: z.enum(["higherBetter", "lowerBetter", "target"]).optional(),
    source: z.string().optional(),
  })
  .meta({ id: "Indicator" });

/** Where a 勾稽校验 finding points. */
export const FindingLocationSchema = z.object({
  section: z.string().optional(),
  subsection: z.string().optional(),
  table: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  statedFigureId: z.string().optional(),
  path: z.string().optional(),
  quote: z.string().optional(),
});

/** A 勾稽校验 finding: rule, severity, locations, stated vs recomputed values, one sentence. */
export const FindingSchema = z
  .object({
    ruleId: z.string(),
    severity: z.enum(["error", "warning", "info"]),
    title: z.string(),
    titleEn: z.string(),
    locations: z.array(FindingLocationSchema),
    stated: z.string().optional(),
    expected: z.string().optional(),
    unit: z.string().optional(),
    diagnosis: z
      .enum([
        "match",
        "rounding",
        "truncated",
        "wrongDenominator",
        "unitSlip",
        "notApplicable",
        "mismatch",
      ])
      .optional(),
    values: z.record(z.string(), z.string()).optional(),
    message: z.string(),
  })
  .meta({ id: "Finding" });

/** The indicators and findings of one department-year (what `evaluate` computes). */
export const JsonEvaluationSchema = z
  .object({
    department: z.object({ name: z.string(), fiscalYear: z.number().int() }),
    indicators: z.array(JsonIndicatorSchema),
    findings: z.array(FindingSchema),
  })
  .meta({ id: "Evaluation" });

/** A stored evaluation's metadata: which dataset version, which framework version, the total. */
export const EvaluationRecordSchema = z
  .object({
    id: z.string(),
    datasetId: z.string(),
    datasetVersion: z.number().int(),
    frameworkId: z.string(),
    frameworkVersion: z.string(),
    manualKind: z.enum(["selfEvaluation", "review"]).nullable(),
    totalScore: DecimalString.nullable(),
    grade: z.string().nullable(),
    provisional: z.boolean(),
    findingCounts: z.object({
      error: z.number().int(),
      warning: z.number().int(),
      info: z.number().int(),
    }),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: "EvaluationRecord" });

/**
 * The answer of evaluations.run and evaluations.get: the stored record (null for a posted
 * dataset, which is evaluated without storing), the indicators, the findings and the 评分表
 * (every Decimal an exact string; null when no framework applies).
 */
export const EvaluationResultSchema = JsonEvaluationSchema.extend({
  evaluation: EvaluationRecordSchema.nullable(),
  scoreSheet: z
    .record(z.string(), z.unknown())
    .nullable()
    .meta({ description: "评分表（分值、得分为精确字符串）/ the score sheet" }),
}).meta({ id: "EvaluationResult" });

/**
 * {@link EvaluationResultSchema} as the output of evaluations.run and evaluations.get: the same
 * OpenAPI component and types, not parsed at run time (src/evaluation-result.ts builds the
 * answer in its fields and order; evaluation-result.test.ts checks that it passes unchanged).
 */
export const EvaluationResultOutput = uncheckedOutput(EvaluationResultSchema);
