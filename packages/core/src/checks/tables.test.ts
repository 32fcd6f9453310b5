import { describe, expect, it } from "vitest";
import { SEED_THREE_PUBLIC } from "../testing/index.ts";
import { printedColumn, tableTitle } from "./tables.ts";
import { contextOf, makeDataset, stated } from "./testing/fixture.ts";

describe("tableTitle", () => {
  it("takes the printed title from the stated figures of the table (seed 1.2.1 and 1.2.2)", () => {
    const context = contextOf(
      makeDataset({
        threePublicExpenses: [...SEED_THREE_PUBLIC],
        statedFigures: [
          stated("a", "threePublicExpenses.priorYearActual.total", "567543.34", "元", {
            table: "1.2.2 与上年比较",
          }),
          stated("b", "threePublicExpenses.budget.total", "820000.00", "元", {
            table: "1.2.1 预算、决算执行情况",
          }),
          stated("c", "revenue.budget.total", "680008000", "元", {
            table: "1.2.1 预算、决算执行情况",
          }),
        ],
      }),
    );
    expect(tableTitle(context, "threePublicExpenses", ["threePublicExpenses.budget"])).toBe(
      "1.2.1 预算、决算执行情况",
    );
    expect(tableTitle(context, "threePublicExpenses")).toBe("1.2.2 与上年比较");
    // A table that merely mentions revenue is not the revenue table: the default title is used.
    expect(tableTitle(context, "revenue")).toBe("收入数据（按来源）");
  });
});

describe("printedColumn", () => {
  it("names a column as the table prints it (seed 表（二） “到位金额（元）”), else null", () => {
    const table = "预算拨款与实际支出对比表（二）";
    const context = contextOf(
      makeDataset({
        statedFigures: [
          stated("t", "allocation.received.total", "683266542.43", "元", {
            table,
            row: "合计",
            column: "到位金额（元）",
          }),
        ],
      }),
    );
    expect(printedColumn(context, table, "allocation.received")).toBe("到位金额（元）");
    expect(printedColumn(context, table, "allocation.actual")).toBeNull();
  });
});
