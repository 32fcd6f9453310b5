import { describe, expect, it } from "vitest";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { statedRestatement, tableRowSum } from "./stated-figures.ts";
import { statedUnitLabel } from "./unit-label.ts";

const TABLE = "项目支出明细表";
const projects = [
  { seq: 1, name: "土地成本", budget: "593785100.00", actual: "593785100.00" },
  { seq: 2, name: "地质灾害防治专项费用", budget: "500000.00", actual: "500000.00" },
];

function dataset(unit: "元" | "万元", budget: string, actual: string) {
  return makeDataset({
    projects,
    statedFigures: [
      stated("p-budget", "projects.budget.total", budget, unit, {
        table: TABLE,
        row: "合计",
        column: "可用指标",
      }),
      stated("p-actual", "projects.actual.total", actual, unit, {
        table: TABLE,
        row: "合计",
        column: "实际使用",
      }),
      stated("p-text", "projects.actual.total", "59428.51", "万元", {
        section: "二、部门整体支出管理及使用情况分析",
      }),
    ],
  });
}

describe("stated.unit-label", () => {
  it("fires once for a table headed 万元 whose numbers are 元 (seed 2.2 “（单位:万元）”)", () => {
    const ds = dataset("万元", "594285100.00", "594285100.00");
    const out = findings(ds, statedUnitLabel);
    expect(out).toHaveLength(1);
    expect(out[0]?.values?.实际单位).toBe("元");
    expect(out[0]?.message).toBe(
      "“项目支出明细表”标注单位为万元，但表中数字实为元：如594285100.00万元按万元计应为59,428.51万元，文中亦述为59428.51万元，表头单位应改为元。",
    );
    // The table's figures are not reported again, one by one.
    expect(findings(ds, tableRowSum)).toEqual([]);
    expect(findings(ds, statedRestatement)).toEqual([]);
  });

  it("stays silent when the label fits the numbers", () => {
    expect(findings(dataset("元", "594285100.00", "594285100.00"), statedUnitLabel)).toEqual([]);
  });

  it("does not call one slipped figure a mislabelled table", () => {
    const ds = dataset("元", "594285100.00", "59428.51");
    expect(findings(ds, statedUnitLabel)).toEqual([]);
    expect(findings(ds, tableRowSum).map((f) => f.diagnosis)).toEqual(["unitSlip"]);
  });
});
