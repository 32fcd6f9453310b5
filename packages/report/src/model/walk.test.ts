import { describe, expect, it } from "vitest";
import { column, table } from "./blocks.ts";
import { textCell } from "./cells.ts";
import { flattenHeader, headerGrid, leafLabels } from "./walk.ts";

// The seed's 项目支出 header (二、2.2): 序号 and 预算项目 span two rows, the amounts are grouped.
const header = [
  [
    { text: "序号", rowSpan: 2 },
    { text: "预算项目", rowSpan: 2 },
    { text: "金额（元）", colSpan: 3 },
    { text: "使用比例", rowSpan: 2 },
  ],
  [{ text: "可用指标" }, { text: "实际使用" }, { text: "差额" }],
];
const columns = ["seq", "name", "budget", "actual", "difference", "rate"].map((k) =>
  column(k, k, "text", 1),
);

describe("headerGrid / leafLabels", () => {
  it("lays merged header cells out on the column grid", () => {
    const grid = headerGrid(header, 6);
    expect(grid[1]?.[0]?.text).toBe("序号"); // row-spanned cell reaches row 2
    expect(grid[0]?.[3]?.text).toBe("金额（元）"); // col-spanned cell covers columns 3–5
    expect(grid[1]?.[3]?.text).toBe("实际使用");
  });

  it("gives each leaf column one label, a spanning cell counted once", () => {
    expect(leafLabels({ header, columns })).toEqual([
      "序号",
      "预算项目",
      "可用指标（元）",
      "实际使用（元）",
      "差额（元）",
      "使用比例",
    ]);
  });

  it("flattens a unit-only group into the leaf label (seed 2.2 金额（元）)", () => {
    expect(flattenHeader("金额（元）", "可用指标")).toBe("可用指标（元）");
    expect(flattenHeader("金额（元）", "差额（可用-实际）")).toBe("差额（可用-实际，元）");
    expect(flattenHeader("2020年", "预算数")).toBe("2020年·预算数");
  });

  it("throws when the header does not cover the columns", () => {
    expect(() => headerGrid([[{ text: "a" }]], 2)).toThrow(/header row 1 column 2/);
    expect(() => headerGrid([[{ text: "a", colSpan: 3 }]], 2)).toThrow(/overflows/);
  });

  it("table() rejects a row that does not span every column", () => {
    expect(() =>
      table({
        id: "t",
        title: "T",
        unit: null,
        columns: columns.slice(0, 2),
        rows: [{ cells: [textCell("x")] }],
      }),
    ).toThrow(/spans 1 columns, expected 2/);
  });
});
