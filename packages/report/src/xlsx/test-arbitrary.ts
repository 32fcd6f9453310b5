import type { DatasetInput } from "@jixiao/core/schema";
import fc from "fast-check";

/**
 * fast-check arbitraries of valid datasets, for the 基础数据表 round-trip property test.
 * Generated text avoids what the workbook documents as equivalent or reserved: "" in an
 * optional text field (blank ≡ null), items with line breaks in one-per-line list cells, and the
 * texts "[]" and "（空）" (the empty-list and blank markers of path sheets).
 */
const CHARS = [..."自然资源局规划股土地测绘费用项目桃江县ABCxyz0123456789 -,.（）〔〕“”、"];
const word = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
  .map((a) => a.join(""))
  .filter((s) => s !== "[]" && s !== "（空）" && s.trim() !== "" && s.trim() !== "-");
const reqText = fc.oneof(word, fc.constant(""));
const optText = fc.option(word, { nil: null });

/** Amounts in 元: 0 to 10^16 (beyond a double's 15 digits), 0–2 places, trailing zeros kept. */
const amountString = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 10n ** 16n }),
    fc.integer({ min: 0, max: 2 }),
    fc.integer({ min: 0, max: 99 }),
  )
  .map(([int, places, frac]) => {
    if (places === 0) return int.toString();
    const f = places === 1 ? String(frac % 10) : String(frac).padStart(2, "0");
    return `${int}.${f}`;
  });
const smallAmount = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }))
  .map(([i, f]) => `${i}.${String(f).padStart(2, "0")}`);
const amount = fc.oneof(amountString, smallAmount);
const optAmount = fc.option(amount, { nil: null });
const quantity = fc
  .tuple(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null }),
  )
  .map(([i, f]) => (f === null ? String(i) : `${i}.${String(f).padStart(4, "0")}`));
const signed = fc.tuple(fc.boolean(), quantity).map(([neg, q]) => (neg && q !== "0" ? `-${q}` : q));
const count = fc.integer({ min: 0, max: 100_000 });
const date = fc
  .tuple(
    fc.integer({ min: 2000, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const id = fc
  .tuple(fc.constantFrom("a", "B", "7"), fc.array(fc.constantFrom(..."abc-_.09"), { maxLength: 6 }))
  .map(([h, t]) => h + t.join(""));
const unit = fc.constantFrom("元", "万元", "%", "人", "公顷", "亩");
const list = fc.array(word, { maxLength: 3 });
const givenIn = fc.option(fc.record({ unit, places: fc.integer({ min: 0, max: 4 }) }), {
  nil: null,
});
const historyLine = fc.record({
  code: id,
  name: word,
  originalBudget: optAmount,
  actual: optAmount,
});
const optObject = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

export const datasetArbitrary: fc.Arbitrary<DatasetInput> = fc.record({
  schemaVersion: fc.constant(1 as const),
  department: fc.record({
    name: word,
    fiscalYear: fc.integer({ min: 2000, max: 2100 }),
    unifiedSocialCreditCode: fc.constant("11430922MB1636254P"),
    nature: optText,
    rank: optText,
    address: optText,
    mission: optText,
    legalRepresentative: optText,
    functions: fc.array(reqText, { maxLength: 3 }),
  }),
  budgetUnits: fc.record({
    asOf: date,
    groups: fc.array(
      fc.record({
        level: fc.constantFrom(1 as const, 2 as const),
        fundingType: fc.constantFrom("full", "partial", "selfFunded", "civilServiceManaged"),
        count,
        names: list,
      }),
      { maxLength: 3 },
    ),
  }),
  organisation: fc.array(
    fc.record({
      id,
      asOf: date,
      basis: list,
      internalDivisions: list,
      subordinateUnits: list,
      otherUnits: list,
      note: optText,
    }),
    { maxLength: 2 },
  ),
  staffing: fc.record({
    atBudget: fc.record({
      asOf: date,
      authorizedHeadcount: count,
      authorizedByType: fc.array(fc.record({ type: word, count }), { maxLength: 2 }),
    }),
    atYearEnd: fc.record({
      asOf: date,
      authorizedHeadcount: fc.option(count, { nil: null }),
      authorizedByType: fc.array(fc.record({ type: word, count }), { maxLength: 2 }),
      activeStaff: count,
      activeByType: fc.array(fc.record({ type: word, count }), { maxLength: 2 }),
    }),
    retiredStaff: fc.option(count, { nil: null }),
  }),
  revenue: fc.array(
    fc.record({
      source: fc.constantFrom("fiscalAppropriation", "otherRevenue", "interestIncome"),
      name: reqText,
      budget: optAmount,
      received: optAmount,
      used: optAmount,
      note: optText,
    }),
    { maxLength: 3 },
  ),
  budgetSummary: fc.array(
    fc.record({
      kind: fc.constantFrom("basic", "project", "other"),
      name: reqText,
      budgetExpenditure: optAmount,
      budgetRevenue: optAmount,
    }),
    { maxLength: 2 },
  ),
  expenditure: fc.array(
    fc.record({
      item: fc.constantFrom("wagesAndBenefits", "goodsAndServices", "project", "other"),
      kind: fc.constantFrom("basic", "project", "other"),
      name: reqText,
      budget: optAmount,
      actual: optAmount,
    }),
    { maxLength: 4 },
  ),
  allocation: fc.array(
    fc.record({
      item: fc.constantFrom("wagesAndBenefits", "project", "interestIncome", "otherRevenue"),
      name: reqText,
      received: optAmount,
      actual: optAmount,
    }),
    { maxLength: 3 },
  ),
  basicExpenditure: fc.array(
    fc.record({
      item: fc.constantFrom("wagesAndBenefits", "depreciation"),
      name: reqText,
      budget: optAmount,
      actual: optAmount,
    }),
    { maxLength: 2 },
  ),
  threePublicExpenses: fc.array(
    fc.record({
      item: fc.constantFrom(
        "officialReception",
        "officialVehicleOperation",
        "officialOverseasTravel",
      ),
      name: reqText,
      budget: optAmount,
      actual: optAmount,
      priorYearActual: optAmount,
    }),
    { maxLength: 3 },
  ),
  operatingExpenses: optObject(fc.record({ budget: optAmount, actual: optAmount })),
  projects: fc.array(
    fc.record({
      seq: count,
      name: word,
      documentNumber: optText,
      budget: optAmount,
      actual: optAmount,
      isKey: fc.option(fc.boolean(), { nil: null }),
      note: optText,
    }),
    { maxLength: 4 },
  ),
  revenueTargets: fc.array(
    fc.record({
      id,
      name: word,
      parentId: fc.option(id, { nil: null }),
      responsibleUnit: optText,
      plan: optAmount,
      actual: optAmount,
      givenIn,
      planGivenIn: givenIn,
      actualGivenIn: givenIn,
      note: optText,
    }),
    { maxLength: 2 },
  ),
  performanceIndicators: fc.array(
    fc.record({
      id,
      category: fc.constantFrom("output.quantity", "outcome.social", "satisfaction"),
      name: word,
      unit: word,
      planned: fc.option(quantity, { nil: null }),
      actual: fc.option(quantity, { nil: null }),
      givenIn,
      note: optText,
    }),
    { maxLength: 2 },
  ),
  satisfaction: optObject(
    fc.record({ questionnaires: count, score: quantity, fullScore: quantity, method: optText }),
  ),
  procurement: optObject(fc.record({ budget: optAmount, actual: optAmount })),
  budgetStages: optObject(
    fc.record({
      priorYearCarryover: optAmount,
      initialBudget: optAmount,
      supplementaryAppropriation: optAmount,
      yearEndCarryover: optAmount,
    }),
  ),
  evaluationProcess: fc.record({
    purpose: fc.array(reqText, { maxLength: 2 }),
    basisDocuments: fc.array(fc.record({ title: word, documentNumber: optText }), { maxLength: 2 }),
    organiser: optText,
    team: fc.array(word, { maxLength: 2 }),
    method: fc.array(word, { maxLength: 1 }),
    phases: fc.array(
      fc.record({
        name: word,
        from: fc.option(date, { nil: null }),
        to: fc.option(date, { nil: null }),
      }),
      { maxLength: 2 },
    ),
    contents: fc.array(word, { maxLength: 1 }),
    conclusion: fc.array(word, { maxLength: 1 }),
    reportDate: fc.option(date, { nil: null }),
    selfScore: fc.option(quantity, { nil: null }),
    selfGrade: optText,
  }),
  narrative: fc.record({
    preamble: fc.array(reqText, { maxLength: 2 }),
    problems: fc.array(
      fc.record({ heading: word, paragraphs: fc.array(reqText, { maxLength: 2 }) }),
      {
        maxLength: 2,
      },
    ),
    tableNotes: fc.dictionary(fc.constantFrom("projects", "basic-expenditure"), word, {
      maxKeys: 2,
    }),
  }),
  history: optObject(
    fc.record({
      years: fc.array(
        fc.record({
          fiscalYear: fc.integer({ min: 2000, max: 2100 }),
          source: optText,
          expenditure: fc.array(historyLine, { maxLength: 2 }),
          revenue: fc.array(historyLine, { maxLength: 1 }),
          note: optText,
        }),
        { maxLength: 2 },
      ),
    }),
  ),
  statedFigures: fc.array(
    fc.record({
      id,
      location: fc.record({
        section: word,
        table: optText,
        row: optText,
        column: optText,
        subsection: optText,
        quote: optText,
      }),
      text: word,
      value: signed,
      unit,
      refersTo: optText,
      wording: fc.option(fc.constantFrom("decrease" as const, "increase" as const), { nil: null }),
      note: optText,
    }),
    { maxLength: 3 },
  ),
}) as fc.Arbitrary<DatasetInput>;

/**
 * The dataset equality the round trip promises: blank ≡ null ≡ absent (DESIGN.md §7), so null
 * values, empty lists and objects left empty by that are dropped before comparing.
 */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      const c = canonical(v);
      if (Array.isArray(c) && c.length === 0) continue;
      if (c && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return value;
}
