import { describe, expect, it } from "vitest";
import { SEED_THREE_PUBLIC } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { statedSignConvention } from "./sign-convention.ts";

const TABLE = "1.2.1．2020年度 “三公经费”预算、决算执行情况";

/** 1.2.1's difference column (seed 二、1.2.1): 公务接待费 −757,230.15, 公务用车运行维护费 +21,514.87. */
function column(header: string) {
  return [
    stated(
      "reception",
      "threePublicExpenses.budgetDifference[officialReception]",
      "-757230.15",
      "元",
      {
        table: TABLE,
        row: "公务接待费",
        column: header,
      },
    ),
    stated(
      "vehicle",
      "threePublicExpenses.budgetDifference[officialVehicleOperation]",
      "21514.87",
      "元",
      {
        table: TABLE,
        row: "公务用车运行维护费",
        column: header,
      },
    ),
  ];
}

describe("stated.sign-convention", () => {
  it("fires once on a “决算比预算减少” column printed as 决算 − 预算 (seed 1.2.1)", () => {
    const out = findings(
      makeDataset({
        threePublicExpenses: [...SEED_THREE_PUBLIC],
        statedFigures: column("决算比预算减少"),
      }),
      statedSignConvention,
    );
    expect(out.map((f) => [f.severity, f.values?.减少示例, f.values?.增加示例])).toEqual([
      ["info", "公务接待费-757230.15元", "公务用车运行维护费21514.87元"],
    ]);
  });

  it("stays silent when the header says 增减", () => {
    const out = findings(
      makeDataset({
        threePublicExpenses: [...SEED_THREE_PUBLIC],
        statedFigures: column("决算比预算增减"),
      }),
      statedSignConvention,
    );
    expect(out).toEqual([]);
  });
});
