import { describe, expect, it } from "vitest";
import { computeIndicators } from "../metrics/compute.ts";
import { SEED_THREE_PUBLIC } from "../testing/index.ts";
import { RULES, ruleById } from "./registry.ts";
import { SEVERITY_ORDER } from "./rule.ts";
import { runChecks } from "./run.ts";
import { findings, makeDataset, stated } from "./testing/fixture.ts";

describe("RULES", () => {
  it("have unique stable ids, a severity, and Chinese and English titles", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(\.[a-z-]+)+$/);
      expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
      expect(rule.titleEn).toMatch(/^[A-Z]/);
      expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
      expect(ruleById(rule.id)).toBe(rule);
    }
  });

  it("cover every kind of DESIGN.md §8", () => {
    for (const id of [
      "table.row-sum",
      "table.cross-table",
      "stated.same-quantity",
      "stated.amount",
      "stated.restatement",
      "stated.rate",
      "classification.household-subsidies",
      "budget.no-budget-line",
      "budget.overspend",
      "staffing.consistency",
      "funding.source-claim",
      "identifier.credit-code",
      "identifier.document-number",
      "stated.unmatched-amount",
      "stated.unit-label",
      "stated.sign-convention",
      "budget.revenue-received",
      "funding.fiscal-used",
      "funding.unlisted-source",
    ]) {
      expect(ruleById(id), id).toBeDefined();
    }
  });
});

describe("runChecks", () => {
  it("returns nothing for a consistent dataset", () => {
    const dataset = makeDataset({
      threePublicExpenses: [SEED_THREE_PUBLIC[0]],
      statedFigures: [stated("c", "threePublicExpenses.controlRate.total", "7.65", "%")],
    });
    expect(findings(dataset)).toEqual([]);
  });

  it("sorts by severity, then by where the figure stands in the report, and every finding is whole", () => {
    const dataset = makeDataset({
      threePublicExpenses: [...SEED_THREE_PUBLIC],
      statedFigures: [
        stated("late-info", "threePublicExpenses.changeRate[officialVehiclePurchase]", "0.00", "%"),
        stated("b-error", "threePublicExpenses.controlRate.total", "10.29", "%"),
        stated("c-warning", "threePublicExpenses.changeRate.total", "-85.14", "%"),
        stated("d-error", "threePublicExpenses.actual.total", "84284.71", "元"),
      ],
    });
    const out = runChecks(dataset, computeIndicators(dataset));
    const order = out.map((f) => SEVERITY_ORDER[f.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(
      out.map((f) => f.locations.find((l) => l.statedFigureId)?.statedFigureId ?? f.ruleId),
    ).toEqual(["b-error", "d-error", "c-warning", "budget.no-budget-line", "late-info"]);
    for (const f of out) {
      expect(f.message.endsWith("。")).toBe(true);
      expect(f.locations.length).toBeGreaterThan(0);
      expect(ruleById(f.ruleId)?.title).toBe(f.title);
    }
  });
});
