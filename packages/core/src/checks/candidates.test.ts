import { describe, expect, it } from "vitest";
import { dec } from "../decimal.ts";
import { SEED_EXPENDITURE } from "../testing/index.ts";
import { closestQuantities, equalQuantities } from "./candidates.ts";
import { contextOf, makeDataset } from "./testing/fixture.ts";

describe("candidate quantities", () => {
  const context = contextOf(makeDataset({ expenditure: [...SEED_EXPENDITURE] }));

  it("finds the quantities equal to a difference (seed: 603,018.01 = 固定资产折旧费)", () => {
    expect(equalQuantities(context, dec("603018.01"), "元").map((q) => q.key)).toEqual([
      "expenditure.budget[depreciation]",
      "expenditure.actual[depreciation]",
    ]);
  });

  it("ranks quantities by relative difference, one per value (seed: 760,792,028.10 → 682,237,464.67 first)", () => {
    const near = closestQuantities(context, dec("760792028.10"), "元", 2);
    expect(
      near.map((c) => [c.quantity.value?.toString(), c.relative.toDecimalPlaces(4).toString()]),
    ).toEqual([
      ["682237464.67", "0.1033"],
      ["650501700", "0.145"],
    ]);
    expect(closestQuantities(context, dec("0"), "元")).toEqual([]);
  });
});
