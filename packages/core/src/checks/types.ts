/** Severity of a 勾稽校验 finding. */
export type Severity = "error" | "warning" | "info";

/**
 * How a stated figure differs from the recomputed one (DESIGN.md §7):
 * match, rounding (equal within the stated precision's interval), truncated (截尾 instead of
 * 四舍五入), wrongDenominator, unitSlip (元/万元), notApplicable (stated a value where the
 * computation is 不适用), or mismatch.
 */
export type Diagnosis =
  | "match"
  | "rounding"
  | "truncated"
  | "wrongDenominator"
  | "unitSlip"
  | "notApplicable"
  | "mismatch";

/** Where a finding points: a section, table, row, column, a stated figure, or a dataset path. */
export interface FindingLocation {
  section?: string;
  /** Sub-heading as printed, e.g. "1.3、公用经费支出" (when the stated figure's was transcribed). */
  subsection?: string;
  table?: string;
  row?: string;
  column?: string;
  statedFigureId?: string;
  path?: string;
  quote?: string;
}

/**
 * A 勾稽校验 finding: one disagreement in the data or between the data and a stated figure.
 * Values are decimal strings as found (`stated`) and as recomputed (`expected`).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  titleEn: string;
  locations: FindingLocation[];
  stated?: string;
  expected?: string;
  unit?: string;
  diagnosis?: Diagnosis;
  /** Other values involved, labelled in Chinese. */
  values?: Record<string, string>;
  /** One Chinese sentence a finance officer would accept. */
  message: string;
}

/** Chinese names of the diagnoses, for listings and reports. */
export const DIAGNOSIS_NAMES: Record<Diagnosis, string> = {
  match: "相符",
  rounding: "尾差",
  truncated: "截尾而非四舍五入",
  wrongDenominator: "分母错误",
  unitSlip: "单位错误（元/万元）",
  notApplicable: "不适用却列了数值",
  mismatch: "不符",
};

/** Chinese names of the severities. */
export const SEVERITY_LABELS: Record<Severity, string> = {
  error: "错误",
  warning: "警告",
  info: "提示",
};
