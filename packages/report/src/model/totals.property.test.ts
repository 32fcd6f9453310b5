import { type DatasetInput, dec, evaluate, parseDataset } from "@jixiao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallDatasetInput } from "../test-fixtures/small-evaluation.ts";
import { buildReportModel } from "./build.ts";
import type { Cell, TableRow } from "./types.ts";
import { allTables } from "./walk.ts";

/** An amount in 元 with 分, up to 10 亿元, as a dataset string. */
const amount = fc
  .bigInt({ min: 0n, max: 10n ** 11n })
  .map((fen) => `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`);

const EXPENSE_ITEMS = [
  "wagesAndBenefits",
  "goodsAndServices",
  "householdSubsidies",
  "capitalExpenditure",
  "depreciation",
  "project",
  "other",
] as const;
const ALLOCATION_ITEMS = [
  "wagesAndBenefits",
  "goodsAndServices",
  "project",
  "interestIncome",
  "otherRevenue",
] as const;
const BASIC_ITEMS = [
  "wagesAndBenefits",
  "householdSubsidies",
  "goodsAndServices",
  "depreciation",
] as const;
const THREE_PUBLIC = [
  "officialReception",
  "officialVehicleOperation",
  "officialVehiclePurchase",
  "officialOverseasTravel",
] as const;
const SOURCES = ["fiscalAppropriation", "otherRevenue", "interestIncome"] as const;

/** A dataset whose every totalled table has random, complete amounts. */
const dataset = fc
  .record({
    summary: fc.array(amount, { minLength: 4, maxLength: 4 }),
    expenditure: fc.array(amount, { minLength: 14, maxLength: 14 }),
    allocation: fc.array(amount, { minLength: 10, maxLength: 10 }),
    basic: fc.array(amount, { minLength: 8, maxLength: 8 }),
    threePublic: fc.array(amount, { minLength: 12, maxLength: 12 }),
    revenue: fc.array(amount, { minLength: 9, maxLength: 9 }),
    projects: fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 12 }),
  })
  .map((a): DatasetInput => {
    const at = (list: string[], i: number) => list[i] ?? "0";
    return {
      ...smallDatasetInput,
      budgetSummary: (["basic", "project"] as const).map((kind, i) => ({
        kind,
        name: kind,
        budgetExpenditure: at(a.summary, 2 * i),
        budgetRevenue: at(a.summary, 2 * i + 1),
      })),
      expenditure: EXPENSE_ITEMS.map((item, i) => ({
        item,
        kind: item === "project" ? "project" : item === "other" ? "other" : "basic",
        name: item,
        budget: at(a.expenditure, 2 * i),
        actual: at(a.expenditure, 2 * i + 1),
      })),
      allocation: ALLOCATION_ITEMS.map((item, i) => ({
        item,
        name: item,
        received: at(a.allocation, 2 * i),
        actual: at(a.allocation, 2 * i + 1),
      })),
      basicExpenditure: BASIC_ITEMS.map((item, i) => ({
        item,
        name: item,
        budget: at(a.basic, 2 * i),
        actual: at(a.basic, 2 * i + 1),
      })),
      threePublicExpenses: THREE_PUBLIC.map((item, i) => ({
        item,
        name: item,
        budget: at(a.threePublic, 3 * i),
        actual: at(a.threePublic, 3 * i + 1),
        priorYearActual: at(a.threePublic, 3 * i + 2),
      })),
      revenue: SOURCES.map((source, i) => ({
        source,
        name: source,
        budget: at(a.revenue, 3 * i),
        received: at(a.revenue, 3 * i + 1),
        used: at(a.revenue, 3 * i + 2),
      })),
      projects: a.projects.map(([budget, actual], i) => ({
        seq: i + 1,
        name: `项目${i + 1}`,
        budget,
        actual,
      })),
    };
  });

/** The cell standing in leaf column `column` of a row (cells may span columns). */
function cellAt(row: TableRow, column: number): Cell | undefined {
  let c = 0;
  for (const cell of row.cells) {
    const span = cell.colSpan ?? 1;
    if (column < c + span) return c === column ? cell : undefined;
    c += span;
  }
  return undefined;
}

describe("property: table totals", () => {
  it("every 合计 of every amount column, in the body and the annex, is the sum of its rows", () => {
    fc.assert(
      fc.property(dataset, (input) => {
        const model = buildReportModel(evaluate(parseDataset(input)));
        const totalled = allTables(model.blocks).filter((t) => t.rows.some((r) => r.total));
        // budget-summary, expenditure-comparison, allocation-comparison, basic-expenditure, the two
        // 三公 tables, projects, and the annex's revenue, expenditure, 三公 and projects tables
        expect(totalled.length).toBeGreaterThanOrEqual(11);
        for (const t of totalled) {
          const body = t.rows.filter((r) => !r.total);
          const total = t.rows.find((r) => r.total);
          t.columns.forEach((col, c) => {
            if (col.type !== "amount" || !total) return;
            const sum = body.reduce((acc, r) => {
              const cell = cellAt(r, c);
              return cell?.kind === "amount" ? acc.plus(cell.value) : acc;
            }, dec("0"));
            const cell = cellAt(total, c);
            expect(cell?.kind, `${t.id} ${col.key}`).toBe("amount");
            if (cell?.kind === "amount")
              expect(cell.value.toString(), `${t.id} ${col.key}`).toBe(sum.toString());
          });
        }
      }),
      { numRuns: 25 },
    );
  });
});
