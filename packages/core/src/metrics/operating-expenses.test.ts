import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { operatingExpenseIndicators } from "./operating-expenses.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { SEED_INPUT, seedDataset } from "./testing/seed-fixture.ts";

describe("公用经费控制率", () => {
  it("is 4,819,029.50 ÷ 4,819,029.50 = 100% on the seed's stated 公用经费 (1.3: 481.90 万元, 100%)", () => {
    const out = operatingExpenseIndicators(seedDataset());
    const rate = byKey(out, "operatingExpenses.controlRate");
    expect(rate.value?.toString()).toBe("100");
    expect(rate.inputs.map((i) => i.path)).toEqual([
      "operatingExpenses.actual",
      "operatingExpenses.budget",
    ]);
    expect(rate.source).toBe("财预〔2013〕53号 附件2");
  });

  it("derives 302 + 310 of 基本支出 when operatingExpenses is absent (表（一）: 302 4,819,029.50, 310 blank)", () => {
    const out = operatingExpenseIndicators(seedDataset({ operatingExpenses: null }));
    expect(exactValue(out, "operatingExpenses.budget")).toBe("4819029.5");
    expect(exactValue(out, "operatingExpenses.actual")).toBe("4819029.5");
    expect(byKey(out, "operatingExpenses.actual").inputs.map((i) => i.path)).toEqual([
      "expenditure[1].actual",
      "expenditure[6].actual",
    ]);
  });

  it("computes an over-budget rate exactly: 5,624,982.50 ÷ 4,819,029.50 = 116.72…%", () => {
    // 5,624,982.50 is the seed's 日常公用经费 (302 + 303) — here as if it were the actual
    const out = operatingExpenseIndicators(
      seedDataset({ operatingExpenses: { budget: "4819029.50", actual: "5624982.50" } }),
    );
    const v = byKey(out, "operatingExpenses.controlRate").value;
    expect(v && roundHalfUp(v, 4)).toBe("116.7244");
  });

  it("is null with a reason for a zero or blank 预算", () => {
    const zero = operatingExpenseIndicators(
      seedDataset({ operatingExpenses: { budget: "0", actual: "10" } }),
    );
    expect(byKey(zero, "operatingExpenses.controlRate").nullReason).toBe("undefined");
    const blank = operatingExpenseIndicators(
      seedDataset({ operatingExpenses: { budget: "", actual: "10" } }),
    );
    expect(byKey(blank, "operatingExpenses.controlRate").nullReason).toBe("missing");
    expect(byKey(blank, "operatingExpenses.budget").nullReason).toBe("missing");
  });

  it("emits nothing without operatingExpenses or 基本支出 lines", () => {
    const none = seedDataset({ operatingExpenses: null, expenditure: [], basicExpenditure: [] });
    expect(operatingExpenseIndicators(none)).toEqual([]);
    expect(SEED_INPUT.operatingExpenses).toBeTruthy();
  });
});
