import { Decimal, dec, sum } from "../decimal.ts";
import type { PefaMeasure } from "../frameworks/schema.ts";
import type { Dataset } from "../schema/dataset.ts";
import type { HistoryLine } from "../schema/history.ts";
import { roundHalfUp } from "../units/rounding.ts";

/** One budget line of one year for PEFA: original budget and outturn, 元 (null = blank). */
export interface PefaLine {
  code: string;
  name: string;
  budget: Decimal | null;
  actual: Decimal | null;
}

/** One fiscal year's lines and where they came from. */
export interface PefaYear {
  fiscalYear: number;
  /**
   * history: the dataset's history block (lines carry the 年初预算); dataset: the main tables of
   * the evaluated year (lines carry the 预算 including 年中追加).
   */
  basis: "history" | "dataset";
  expenditure: PefaLine[];
  revenue: PefaLine[];
  /**
   * The year's total 年初预算, 元, from `budgetStages.initialBudget` (dataset year only; null when
   * not given). PI-1 compares with it when the lines carry the budget including 追加.
   */
  initialBudget: Decimal | null;
}

const HUNDRED = new Decimal(100);

function historyLines(lines: readonly HistoryLine[]): PefaLine[] {
  return lines.map((l) => ({
    code: l.code,
    name: l.name,
    budget: l.originalBudget === null ? null : dec(l.originalBudget),
    actual: l.actual === null ? null : dec(l.actual),
  }));
}

const cell = (raw: string | null | undefined): Decimal | null =>
  raw === null || raw === undefined ? null : dec(raw);

/**
 * The fiscal years PEFA can see in a dataset: every year of `history.years`, plus the evaluated
 * year from the main tables unless history lists it (the main tables' 预算 includes 年中追加, so a
 * history entry with the 年初预算 is preferred). Expenditure lines are 预算支出与实际支出对比表
 * rows (预算 vs 实际); revenue lines are the revenue sources (预算 vs 到位), 上年结转结余 excluded
 * (it is not the year's revenue). Sorted by year, newest last.
 * @example pefaYears(taojiang).map(y => y.fiscalYear) → [2020]
 */
export function pefaYears(dataset: Dataset): PefaYear[] {
  const years = new Map<number, PefaYear>();
  for (const y of dataset.history?.years ?? []) {
    years.set(y.fiscalYear, {
      fiscalYear: y.fiscalYear,
      basis: "history",
      expenditure: historyLines(y.expenditure),
      revenue: historyLines(y.revenue),
      initialBudget: null,
    });
  }
  const current = dataset.department.fiscalYear;
  if (!years.has(current)) {
    years.set(current, {
      fiscalYear: current,
      basis: "dataset",
      expenditure: dataset.expenditure.map((l) => ({
        code: l.item,
        name: l.name,
        budget: cell(l.budget),
        actual: cell(l.actual),
      })),
      revenue: dataset.revenue
        .filter((l) => l.source !== "priorYearCarryover")
        .map((l) => ({
          code: l.source,
          name: l.name,
          budget: cell(l.budget),
          actual: cell(l.received),
        })),
      initialBudget: cell(dataset.budgetStages?.initialBudget),
    });
  }
  return [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** A PEFA ratio (%) of one year, or null with the reason. */
export type PefaValue = { value: Decimal; reason?: undefined } | { value: null; reason: string };

/** Lines with at least one column given; a line with only one column makes the year unusable. */
function usable(lines: readonly PefaLine[]): { budget: Decimal[]; actual: Decimal[] } | string {
  const given = lines.filter((l) => l.budget !== null || l.actual !== null);
  if (given.length === 0) return "无预算与决算数据";
  const half = given.find((l) => l.budget === null || l.actual === null);
  if (half) return `“${half.name}”只有${half.budget === null ? "决算" : "预算"}数`;
  return {
    budget: given.map((l) => l.budget ?? new Decimal(0)),
    actual: given.map((l) => l.actual ?? new Decimal(0)),
  };
}

/**
 * Aggregate outturn (PEFA PI-1, PI-3.1): 总决算 ÷ 总预算 × 100% = ΣAᵢ ÷ ΣBᵢ × 100%.
 * Units: %, exact (rounded only for display). Symmetric in its grading: over- and under-spending
 * are both penalised. Zero budget → null.
 * @example aggregateOutturn(taojiang2020.expenditure).value → 100 (682,237,464.67 ÷ 682,237,464.67)
 */
export function aggregateOutturn(lines: readonly PefaLine[]): PefaValue {
  const data = usable(lines);
  if (typeof data === "string") return { value: null, reason: data };
  const budget = sum(data.budget);
  if (budget.isZero()) return { value: null, reason: "预算合计为0" };
  return { value: sum(data.actual).div(budget).times(HUNDRED) };
}

/**
 * Composition variance (PEFA PI-2, PI-3.2): rescale every budget line to the total outturn, then
 * sum the absolute deviations:
 * 构成偏差 = Σ|Aᵢ − Bᵢ·ΣA/ΣB| ÷ Σ(Bᵢ·ΣA/ΣB) × 100%  (the denominator equals ΣA).
 * Units: %, exact. Zero budget or zero outturn → null.
 * @example compositionVariance([{B:100,A:90},{B:50,A:60}]).value → 13.3333… (see pefa.test.ts)
 */
export function compositionVariance(lines: readonly PefaLine[]): PefaValue {
  const data = usable(lines);
  if (typeof data === "string") return { value: null, reason: data };
  const totalB = sum(data.budget);
  const totalA = sum(data.actual);
  if (totalB.isZero()) return { value: null, reason: "预算合计为0" };
  if (totalA.isZero()) return { value: null, reason: "决算合计为0" };
  const factor = totalA.div(totalB);
  const adjusted = data.budget.map((b) => b.times(factor));
  const deviation = sum(data.actual.map((a, i) => a.minus(adjusted[i] ?? 0).abs()));
  return { value: deviation.div(sum(adjusted)).times(HUNDRED) };
}

/** The PEFA 2016 bands of one measure: for A, B, C the range a year must fall in. */
interface PefaBands {
  A: (v: Decimal) => boolean;
  B: (v: Decimal) => boolean;
  C: (v: Decimal) => boolean;
  text: string;
}

const between = (lo: string, hi: string) => (v: Decimal) => v.gte(lo) && v.lte(hi);
const below = (limit: string) => (v: Decimal) => v.lt(limit);

/**
 * PEFA 2016 thresholds: PI-1 95–105 / 90–110 / 85–115 %; PI-3.1 97–106 / 94–112 / 92–116 %;
 * PI-2 and PI-3.2 composition variance < 5 / < 10 / < 15 %; each "in at least two of the last
 * three years".
 */
export const PEFA_BANDS: Record<PefaMeasure, PefaBands> = {
  aggregateExpenditureOutturn: {
    A: between("95", "105"),
    B: between("90", "110"),
    C: between("85", "115"),
    text: "A: 95%–105%；B: 90%–110%；C: 85%–115%",
  },
  expenditureCompositionOutturn: {
    A: below("5"),
    B: below("10"),
    C: below("15"),
    text: "A: <5%；B: <10%；C: <15%",
  },
  aggregateRevenueOutturn: {
    A: between("97", "106"),
    B: between("94", "112"),
    C: between("92", "116"),
    text: "A: 97%–106%；B: 94%–112%；C: 92%–116%",
  },
  revenueCompositionOutturn: {
    A: below("5"),
    B: below("10"),
    C: below("15"),
    text: "A: <5%；B: <10%；C: <15%",
  },
};

/**
 * Names of the measures. What each compares, year by year, is stated in the assessment's reason
 * (口径, see {@link assessPefa}): the budget differs between history years (年初预算) and the
 * evaluated year from the main tables (预算，含追加).
 */
export const PEFA_MEASURE_NAMES: Record<PefaMeasure, string> = {
  aggregateExpenditureOutturn: "支出总额执行偏差",
  expenditureCompositionOutturn: "支出构成偏差",
  aggregateRevenueOutturn: "收入总额执行偏差",
  revenueCompositionOutturn: "收入构成偏差",
};

/**
 * One year's value of a measure and what it compares (口径):
 * - PI-1 on a history year: 决算 ÷ 年初预算 (the history lines);
 * - PI-1 on the dataset year with `budgetStages.initialBudget`: Σ决算 (预算支出与实际支出对比表)
 *   ÷ 年初预算 (budgetStages) — PEFA's original budget;
 * - PI-1 on the dataset year without it: Σ决算 ÷ Σ预算 of the lines, which includes 年中追加;
 * - PI-2 / PI-3 on the lines: 年初预算 (history) or 预算（含追加） (dataset); revenue compares
 *   实际到位 with it.
 * Units: %, exact. Zero budget → null with the reason.
 */
function measureYear(measure: PefaMeasure, year: PefaYear): { result: PefaValue; basis: string } {
  const revenue = measure === "aggregateRevenueOutturn" || measure === "revenueCompositionOutturn";
  const lines = revenue ? year.revenue : year.expenditure;
  const outturn = revenue ? "实际到位" : "决算";
  const lineBudget = year.basis === "history" ? "年初预算" : "预算（含追加）";
  if (measure === "aggregateExpenditureOutturn" && year.basis === "dataset") {
    if (year.initialBudget !== null) {
      const data = usable(lines);
      if (typeof data === "string") return { result: { value: null, reason: data }, basis: "" };
      const basis = "决算÷年初预算（预算阶段）";
      if (year.initialBudget.isZero())
        return { result: { value: null, reason: "年初预算为0" }, basis };
      return {
        result: { value: sum(data.actual).div(year.initialBudget).times(HUNDRED) },
        basis,
      };
    }
    return {
      result: aggregateOutturn(lines),
      basis: "决算÷预算（含追加；数据集未分列年初预算）",
    };
  }
  if (measure === "aggregateExpenditureOutturn" || measure === "aggregateRevenueOutturn") {
    return { result: aggregateOutturn(lines), basis: `${outturn}÷${lineBudget}` };
  }
  return { result: compositionVariance(lines), basis: `各行${outturn}与${lineBudget}` };
}

/**
 * The single-year band a value falls in (A/B/C/D) under the PEFA_BANDS of a measure — for
 * display beside each year; the grade itself needs two of three years (pefaGrade).
 * @example yearBand("aggregateExpenditureOutturn", new Decimal(100)) === "A" // Taojiang 2020
 */
export function yearBand(measure: PefaMeasure, value: Decimal): "A" | "B" | "C" | "D" {
  const bands = PEFA_BANDS[measure];
  if (bands.A(value)) return "A";
  if (bands.B(value)) return "B";
  if (bands.C(value)) return "C";
  return "D";
}

/**
 * The PEFA grade from up to three yearly values (oldest first; null = no data for that year).
 * A grade g ∈ {A, B, C} needs g's range met in at least two of the three years. With missing
 * years the grade is given only when the missing years cannot change it: the best grade already
 * met twice, provided no better grade could still be reached (met + missing ≥ 2); D when even C
 * can no longer be reached. Otherwise "D*" (信息不足, insufficient information).
 * @example pefaGrade("aggregateExpenditureOutturn", [null, null, new Decimal(100)]) === "D*"
 * @example pefaGrade("aggregateExpenditureOutturn", [dec("96"), dec("89"), dec("104")]) === "A"
 */
export function pefaGrade(
  measure: PefaMeasure,
  values: readonly (Decimal | null)[],
): "A" | "B" | "C" | "D" | "D*" {
  const bands = PEFA_BANDS[measure];
  const missing = 3 - values.filter((v) => v !== null).length;
  for (const g of ["A", "B", "C"] as const) {
    const met = values.filter((v) => v !== null && bands[g](v)).length;
    if (met >= 2) return g;
    if (met + missing >= 2) return "D*";
  }
  return "D";
}

/** What a PEFA measure says about a dataset: the three years, each year's value, the grade. */
export interface PefaAssessment {
  measure: PefaMeasure;
  years: {
    fiscalYear: number;
    basis: PefaYear["basis"] | null;
    /** What the year's value compares (口径), e.g. "决算÷预算（含追加；数据集未分列年初预算）". */
    comparison?: string;
    value: Decimal | null;
    reason?: string;
  }[];
  grade: "A" | "B" | "C" | "D" | "D*";
  /** One Chinese sentence: the yearly values, the rule, the grade. */
  reason: string;
}

/**
 * Assess one PEFA measure over the last three fiscal years ending at the evaluated year. The
 * reason gives each year's value and single-year band, then the 口径 (what was compared, see
 * measureYear: PI-1 uses `budgetStages.initialBudget` on the evaluated year when given, else
 * says the budget includes 追加), the PEFA bands and the grade.
 * @example assessPefa(taojiang, "aggregateExpenditureOutturn").reason
 *   // "2018年无值（无数据），2019年无值（无数据），2020年100.00%（单年A档）；口径：决算÷预算（含追加；数据集未分列年初预算）；…；… 评D*"
 */
export function assessPefa(dataset: Dataset, measure: PefaMeasure): PefaAssessment {
  const last = dataset.department.fiscalYear;
  const available = new Map(pefaYears(dataset).map((y) => [y.fiscalYear, y]));
  const years: PefaAssessment["years"] = [last - 2, last - 1, last].map((fiscalYear) => {
    const year = available.get(fiscalYear);
    if (!year) return { fiscalYear, basis: null, value: null, reason: "无数据" };
    const { result, basis: comparison } = measureYear(measure, year);
    return result.value === null
      ? { fiscalYear, basis: year.basis, value: null, reason: result.reason }
      : { fiscalYear, basis: year.basis, comparison, value: result.value };
  });
  const grade = pefaGrade(
    measure,
    years.map((y) => y.value),
  );
  const shown = years
    .map(
      (y) =>
        `${y.fiscalYear}年${y.value === null ? `无值（${y.reason}）` : `${roundHalfUp(y.value, 2)}%（单年${yearBand(measure, y.value)}档）`}`,
    )
    .join("，");
  const valued = years.filter((y) => y.comparison !== undefined);
  const comparisons = [...new Set(valued.map((y) => y.comparison))];
  const basis =
    comparisons.length === 0
      ? ""
      : comparisons.length === 1
        ? `口径：${comparisons[0]}；`
        : `口径：${valued.map((y) => `${y.fiscalYear}年${y.comparison}`).join("，")}；`;
  const verdict =
    grade === "D*" ? "有效年度不足，缺失年度可能改变等级，信息不足，评D*" : `评${grade}`;
  return {
    measure,
    years,
    grade,
    reason: `${shown}；${basis}标准（最近三年中至少两年）：${PEFA_BANDS[measure].text}；${verdict}`,
  };
}

const RANK = { A: 4, B: 3, C: 2, D: 1 } as const;
type Base = keyof typeof RANK;
const base = (letter: string): Base => (letter.startsWith("D") ? "D" : (letter[0] as Base));

/**
 * PEFA method M1 (weakest link): the lowest dimension score, with "+" when any other dimension
 * scores higher. D* counts as D. A single dimension keeps its own score (D* stays D*).
 * @example aggregateM1(["C", "A"]) === "C+"
 */
export function aggregateM1(letters: readonly string[]): string {
  if (letters.length === 1) return letters[0] ?? "D*";
  const bases = letters.map(base);
  const low = bases.reduce((m, b) => (RANK[b] < RANK[m] ? b : m), "A" as Base);
  return bases.some((b) => RANK[b] > RANK[low]) ? `${low}+` : low;
}

/**
 * PEFA method M2 (averaging) for two dimensions, by the PEFA 2016 conversion table:
 * AA→A, AB→B+, AC→B, AD→C+, BB→B, BC→C+, BD→C, CC→C, CD→D+, DD→D (D* counts as D).
 * A single dimension keeps its own score.
 * @throws Error for more than two dimensions (not used by the built-in frameworks).
 * @example aggregateM2(["A", "D"]) === "C+"
 */
export function aggregateM2(letters: readonly string[]): string {
  if (letters.length === 1) return letters[0] ?? "D*";
  if (letters.length !== 2) throw new Error("M2 implemented for two dimensions only");
  const pair = letters
    .map(base)
    .sort((a, b) => RANK[b] - RANK[a])
    .join("");
  const table: Record<string, string> = {
    AA: "A",
    AB: "B+",
    AC: "B",
    AD: "C+",
    BB: "B",
    BC: "C+",
    BD: "C",
    CC: "C",
    CD: "D+",
    DD: "D",
  };
  return table[pair] ?? "D";
}
