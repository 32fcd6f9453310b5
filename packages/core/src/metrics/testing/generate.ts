import fc from "fast-check";
import { Decimal } from "../../decimal.ts";
import { THREE_PUBLIC_ITEM_NAMES, ThreePublicItem } from "../../schema/enums.ts";
import type { DatasetInput } from "../../schema/index.ts";
import { roundHalfUp } from "../../units/rounding.ts";
import { SEED_INPUT } from "./seed-fixture.ts";

/** An amount in 元 with 2 places, blank ("") now and then and 0 often. Test-only. */
export const amountArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constant("0") },
  {
    weight: 6,
    arbitrary: fc
      .bigInt({ min: 0n, max: 10n ** 13n })
      .map((c) => roundHalfUp(new Decimal(c.toString()).div(100), 2)),
  },
);

/** A random department-year shaped like the seed, with random tables. Test-only. */
export const datasetArb: fc.Arbitrary<DatasetInput> = fc
  .record({
    three: fc.subarray([...ThreePublicItem.options], { minLength: 0 }),
    threeAmounts: fc.array(fc.tuple(amountArb, amountArb, amountArb), {
      minLength: 4,
      maxLength: 4,
    }),
    projects: fc.array(fc.tuple(amountArb, amountArb), { maxLength: 25 }),
    expenditure: fc.array(
      fc.tuple(
        fc.constantFrom(
          ...([
            "wagesAndBenefits",
            "goodsAndServices",
            "householdSubsidies",
            "capitalExpenditure",
            "project",
          ] as const),
        ),
        amountArb,
        amountArb,
      ),
      { maxLength: 8 },
    ),
    allocation: fc.array(fc.tuple(amountArb, amountArb), { maxLength: 6 }),
    targets: fc.array(fc.tuple(amountArb, amountArb), { maxLength: 5 }),
    operating: fc.option(fc.tuple(amountArb, amountArb)),
    stages: fc.option(fc.tuple(amountArb, amountArb, amountArb, amountArb)),
  })
  .map((g) => ({
    ...SEED_INPUT,
    threePublicExpenses: g.three.map((item, i) => {
      const [budget, actual, priorYearActual] = g.threeAmounts[i] ?? ["", "", ""];
      return { item, name: THREE_PUBLIC_ITEM_NAMES[item], budget, actual, priorYearActual };
    }),
    projects: g.projects.map(([budget, actual], i) => ({
      seq: i + 1,
      name: `项目${i + 1}`,
      budget,
      actual,
    })),
    expenditure: g.expenditure.map(([item, budget, actual]) => ({
      item,
      kind: item === "project" ? ("project" as const) : ("basic" as const),
      name: item,
      budget,
      actual,
    })),
    allocation: g.allocation.map(([received, actual], i) => ({
      item: i % 2 === 0 ? ("project" as const) : ("otherRevenue" as const),
      name: `到位${i}`,
      received,
      actual,
    })),
    revenueTargets: g.targets.map(([plan, actual], i) => ({
      id: `t${i}`,
      name: `目标${i}`,
      plan,
      actual,
    })),
    operatingExpenses: g.operating ? { budget: g.operating[0], actual: g.operating[1] } : null,
    budgetStages: g.stages
      ? {
          priorYearCarryover: g.stages[0],
          initialBudget: g.stages[1],
          supplementaryAppropriation: g.stages[2],
          yearEndCarryover: g.stages[3],
        }
      : null,
  }));

const MONEY_TABLES = [
  "revenue",
  "budgetSummary",
  "expenditure",
  "allocation",
  "basicExpenditure",
  "threePublicExpenses",
  "projects",
  "revenueTargets",
] as const;
const MONEY_OBJECTS = ["operatingExpenses", "procurement", "fixedAssets", "budgetStages"] as const;
const MONEY_FIELDS = new Set([
  "budget",
  "actual",
  "received",
  "used",
  "priorYearActual",
  "budgetExpenditure",
  "budgetRevenue",
  "plan",
  "inUse",
  "total",
  "priorYearCarryover",
  "initialBudget",
  "supplementaryAppropriation",
  "yearEndCarryover",
]);

function scaleRecord<T extends object>(row: T, factor: number): T {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [k, v] of Object.entries(out)) {
    if (MONEY_FIELDS.has(k) && typeof v === "string" && /^\d+(\.\d+)?$/.test(v)) {
      out[k] = roundHalfUp(new Decimal(v).times(factor), 2);
    }
  }
  return out as T;
}

/** Every money amount of a dataset input multiplied by `factor` (元 ↔ 万元). Test-only. */
export function scaleMoney(input: DatasetInput, factor: number): DatasetInput {
  const out: Record<string, unknown> = { ...input };
  for (const t of MONEY_TABLES) {
    const rows = out[t];
    if (Array.isArray(rows)) out[t] = rows.map((r: object) => scaleRecord(r, factor));
  }
  for (const o of MONEY_OBJECTS) {
    const obj = out[o];
    if (obj && typeof obj === "object") out[o] = scaleRecord(obj, factor);
  }
  return out as DatasetInput;
}
