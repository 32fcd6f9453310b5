import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";
import { threePublicExpenseIndicators } from "./three-public-expenses.ts";

const seed = threePublicExpenseIndicators(seedDataset());

describe("“三公”经费 on the seed (二、1.2)", () => {
  it("totals the rows: 预算 820,000.00, 决算 84,284.72, 上年 567,543.34 (1.2.1 and 1.2.2 合计)", () => {
    // 1.2.1 合计: 820,000.00 + 0 + 0 + 0; 62,769.85 + 21,514.87 + 0 + 0 = 84,284.72
    expect(exactValue(seed, "threePublicExpenses.budget.total")).toBe("820000");
    expect(exactValue(seed, "threePublicExpenses.actual.total")).toBe("84284.72");
    // 1.2.2 合计: 220,870.00 + 346,673.34 = 567,543.34
    expect(exactValue(seed, "threePublicExpenses.priorYearActual.total")).toBe("567543.34");
  });

  it("computes 决算比预算增减 −735,715.28 and 决算比上年增减 −483,258.62 (1.2.1/1.2.2 合计)", () => {
    expect(exactValue(seed, "threePublicExpenses.budgetDifference.total")).toBe("-735715.28");
    // 公务接待费: 62,769.85 − 820,000.00 = −757,230.15; 公务用车运行维护费: 21,514.87 − 0 = 21,514.87
    expect(exactValue(seed, "threePublicExpenses.budgetDifference[officialReception]")).toBe(
      "-757230.15",
    );
    expect(exactValue(seed, "threePublicExpenses.budgetDifference[officialVehicleOperation]")).toBe(
      "21514.87",
    );
    expect(exactValue(seed, "threePublicExpenses.yearDifference.total")).toBe("-483258.62");
    // 1.2.2: 公务接待费 −158,100.15, 公务用车运行维护费 −325,158.47
    expect(exactValue(seed, "threePublicExpenses.yearDifference[officialReception]")).toBe(
      "-158100.15",
    );
    expect(exactValue(seed, "threePublicExpenses.yearDifference[officialVehicleOperation]")).toBe(
      "-325158.47",
    );
  });

  it("gives “三公经费”控制率 84,284.72 ÷ 820,000 = 10.2786…% → 10.28 (1.2.1 控制率%)", () => {
    const rate = byKey(seed, "threePublicExpenses.controlRate.total");
    expect(rate.value?.toSignificantDigits(12).toString()).toBe("10.2786243902");
    expect(rate.value && roundHalfUp(rate.value, 2)).toBe("10.28");
    expect(rate.unit).toBe("%");
    expect(rate.name).toBe("“三公经费”控制率");
    expect(rate.direction).toBe("lowerBetter");
    expect(rate.source).toBe("财预〔2013〕53号 附件2");
    expect(rate.inputs.map((i) => [i.label, i.value?.toString(), i.path])).toEqual([
      ["“三公”经费决算数合计", "84284.72", "threePublicExpenses[*].actual"],
      ["“三公”经费预算数合计", "820000", "threePublicExpenses[*].budget"],
    ]);
    // 公务接待费: 62,769.85 ÷ 820,000 = 7.6549…%
    const reception = byKey(seed, "threePublicExpenses.controlRate[officialReception]");
    expect(reception.value && roundHalfUp(reception.value, 4)).toBe("7.6549");
  });

  it("gives “三公经费”变动率 −85.15%, 公务接待费 −71.58%, 公务用车运行维护费 −93.79% (1.2.2)", () => {
    // (84,284.72 − 567,543.34) ÷ 567,543.34 = −85.14920…%
    const totalRate = byKey(seed, "threePublicExpenses.changeRate.total");
    expect(totalRate.value && roundHalfUp(totalRate.value, 5)).toBe("-85.14920");
    expect(totalRate.value && roundHalfUp(totalRate.value, 2)).toBe("-85.15");
    // (62,769.85 − 220,870.00) ÷ 220,870.00 = −71.58064…%
    const reception = byKey(seed, "threePublicExpenses.changeRate[officialReception]");
    expect(reception.value && roundHalfUp(reception.value, 5)).toBe("-71.58064");
    expect(reception.inputs[0]?.path).toBe("threePublicExpenses[0].actual");
    expect(reception.inputs[1]?.path).toBe("threePublicExpenses[0].priorYearActual");
    // (21,514.87 − 346,673.34) ÷ 346,673.34 = −93.79391…%
    const vehicle = byKey(seed, "threePublicExpenses.changeRate[officialVehicleOperation]");
    expect(vehicle.value && roundHalfUp(vehicle.value, 5)).toBe("-93.79391");
  });

  it("returns null with a reason where the seed's table divides by zero", () => {
    // 公务用车运行维护费: 预算 0.00, 决算 21,514.87 → spending with no budget
    const noBudget = byKey(seed, "threePublicExpenses.controlRate[officialVehicleOperation]");
    expect(noBudget.value).toBeNull();
    expect(noBudget.nullReason).toBe("undefined");
    expect(noBudget.reason).toContain("threePublicExpenses[1].budget");
    // 公务用车购置: 0 ÷ 0 both ways; the seed prints 0.00% as 变动比例
    for (const key of [
      "threePublicExpenses.controlRate[officialVehiclePurchase]",
      "threePublicExpenses.changeRate[officialVehiclePurchase]",
      "threePublicExpenses.changeRate[officialOverseasTravel]",
    ]) {
      expect(byKey(seed, key).value, key).toBeNull();
      expect(byKey(seed, key).nullReason, key).toBe("notApplicable");
    }
  });

  it("emits one item indicator per 三公 item present and nothing when the table is absent", () => {
    const items = seed.filter((i) => i.code === "threePublicExpenses.changeRate");
    expect(items.map((i) => i.param)).toEqual([
      "officialReception",
      "officialVehicleOperation",
      "officialVehiclePurchase",
      "officialOverseasTravel",
    ]);
    expect(threePublicExpenseIndicators(seedDataset({ threePublicExpenses: [] }))).toEqual([]);
  });

  it("reports a prior year of 0 with current spending as 上年为0（新增）", () => {
    const out = threePublicExpenseIndicators(
      seedDataset({
        threePublicExpenses: [
          {
            item: "officialReception",
            name: "公务接待费",
            budget: "1000",
            actual: "500",
            priorYearActual: "0",
          },
        ],
      }),
    );
    const rate = byKey(out, "threePublicExpenses.changeRate[officialReception]");
    expect(rate.value).toBeNull();
    expect(rate.nullReason).toBe("priorYearZero");
    expect(rate.reason).toContain("上年为0（新增）");
  });

  it("treats a blank cell as missing, and a total over all-blank cells as missing", () => {
    const out = threePublicExpenseIndicators(
      seedDataset({
        threePublicExpenses: [
          {
            item: "officialReception",
            name: "公务接待费",
            budget: "",
            actual: "500",
            priorYearActual: "",
          },
          {
            item: "officialVehicleOperation",
            name: "公务用车运行维护费",
            budget: "-",
            actual: "250",
            priorYearActual: "100",
          },
        ],
      }),
    );
    expect(byKey(out, "threePublicExpenses.budget.total").nullReason).toBe("missing");
    expect(byKey(out, "threePublicExpenses.controlRate.total").nullReason).toBe("missing");
    // prior total sums only the non-blank cell: 100
    expect(exactValue(out, "threePublicExpenses.priorYearActual.total")).toBe("100");
    expect(byKey(out, "threePublicExpenses.changeRate[officialReception]").reason).toContain(
      "threePublicExpenses[0].priorYearActual",
    );
  });
});
