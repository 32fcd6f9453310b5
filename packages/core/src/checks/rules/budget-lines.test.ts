import { describe, expect, it } from "vitest";
import { SEED_THREE_PUBLIC } from "../../testing/index.ts";
import { findings, makeDataset } from "../testing/fixture.ts";
import { budgetNoBudgetLine } from "./budget-no-line.ts";
import { budgetOverspend } from "./budget-overspend.ts";

describe("budget.no-budget-line", () => {
  it("fires on 公务用车运行维护费 预算 0.00, 决算 21,514.87 (seed 1.2.1)", () => {
    const out = findings(
      makeDataset({ threePublicExpenses: [...SEED_THREE_PUBLIC] }),
      budgetNoBudgetLine,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.locations[0]?.row).toBe("公务用车运行维护费");
    expect(out[0]?.message).toBe(
      "“三公经费预算决算执行情况”中公务用车运行维护费预算为0，实际支出21,514.87元：无预算安排而发生支出，控制率无法计算。",
    );
    // stated is the spending; nothing is "应为": the spending is not wrong, the budget is absent.
    expect([out[0]?.stated, out[0]?.expected]).toEqual(["21514.87", undefined]);
  });

  it("fires on a blank budget with spending (seed 基本支出明细 折旧)", () => {
    const out = findings(
      makeDataset({
        basicExpenditure: [
          { item: "depreciation", name: "固定资产折旧费", budget: null, actual: "603018.01" },
        ],
      }),
      budgetNoBudgetLine,
    );
    expect(out.map((f) => f.values?.预算)).toEqual(["空白"]);
  });

  it("stays silent when every spending line has a budget", () => {
    const ds = makeDataset({ threePublicExpenses: [SEED_THREE_PUBLIC[0], SEED_THREE_PUBLIC[2]] });
    expect(findings(ds, budgetNoBudgetLine)).toEqual([]);
  });
});

describe("budget.overspend", () => {
  it("fires on actual above budget, with the excess", () => {
    const ds = makeDataset({
      threePublicExpenses: [{ ...SEED_THREE_PUBLIC[0], actual: "900000.00" }],
    });
    const out = findings(ds, budgetOverspend);
    expect(out.map((f) => f.values?.超支)).toEqual(["80,000.00元"]);
  });

  it("stays silent within budget, and leaves a 0 budget to no-budget-line (seed 1.2.1)", () => {
    expect(
      findings(makeDataset({ threePublicExpenses: [...SEED_THREE_PUBLIC] }), budgetOverspend),
    ).toEqual([]);
  });
});
