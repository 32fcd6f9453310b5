import { describe, expect, it } from "vitest";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { statedRoundingResidual } from "./rounding-residual.ts";

const S = "二、部门整体支出管理及使用情况分析";
const items = ["officialReception", "officialVehicleOperation", "officialVehiclePurchase"] as const;

function dataset(actual: string, totalWan: string, partWan: string) {
  return makeDataset({
    threePublicExpenses: items.map((item) => ({
      item,
      name: item,
      budget: "1000000.00",
      actual,
      priorYearActual: "0",
    })),
    statedFigures: [
      stated("total", "threePublicExpenses.actual.total", totalWan, "万元", { section: S }),
      ...items.map((item) =>
        stated(item, `threePublicExpenses.actual[${item}]`, partWan, "万元", { section: S }),
      ),
    ],
  });
}

describe("stated.rounding-residual", () => {
  it("reports 尾差 as info: 3 × 33.33万元 against 100.00万元 for 3 × 333,333.33元", () => {
    const out = findings(dataset("333333.33", "100.00", "33.33"), statedRoundingResidual);
    expect(out.map((f) => [f.severity, f.diagnosis, f.stated, f.expected])).toEqual([
      ["info", "rounding", "100.00", "99.99"],
    ]);
    expect(out[0]?.values?.尾差).toBe("0.01万元");
  });

  it("stays silent when the rounded parts add up (3 × 33.30万元 = 99.90万元)", () => {
    expect(findings(dataset("333000.00", "99.90", "33.30"), statedRoundingResidual)).toEqual([]);
  });
});
