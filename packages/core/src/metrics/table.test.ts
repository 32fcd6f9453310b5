import { describe, expect, it } from "vitest";
import {
  amountColumn,
  columnValues,
  differences,
  itemsOf,
  type LineTable,
  subsetTotal,
} from "./table.ts";

interface Row {
  item: string;
  name: string;
  budget: string | null;
  actual: string | null;
}

// rows in the shape of 预算拨款与实际支出对比表（二）, with a repeated item
const rows: Row[] = [
  { item: "project", name: "项目支出", budget: "646168986.31", actual: "650501700.00" },
  { item: "interestIncome", name: "利息", budget: "1305.86", actual: null },
  { item: "project", name: "项目支出（追加）", budget: "10.00", actual: "0" },
];
const table: LineTable<Row> = {
  name: "allocation",
  rows,
  param: (r) => r.item,
  label: (r) => r.name,
};
const budget = {
  field: "budget",
  get: (r: Row) => r.budget,
  label: "到位金额",
  totalLabel: "到位金额合计",
};
const actual = {
  field: "actual",
  get: (r: Row) => r.actual,
  label: "实际使用",
  totalLabel: "实际使用合计",
};

describe("line tables", () => {
  it("groups rows by param in order of first appearance, keeping dataset indices", () => {
    const items = itemsOf(table);
    expect(items.map((i) => [i.param, i.rows.map((r) => r.index)])).toEqual([
      ["project", [0, 2]],
      ["interestIncome", [1]],
    ]);
  });

  it("sums an item's rows, names each cell's path, and totals all rows", () => {
    const b = columnValues(table, budget);
    const project = b.items.get("project");
    expect(project?.outcome.value?.toString()).toBe("646168996.31");
    expect(project?.input.path).toBe("allocation[0].budget + allocation[2].budget");
    expect(b.total.outcome.value?.toString()).toBe("646170302.17");
    expect(b.total.input.path).toBe("allocation[*].budget");
    // no code given → no indicators
    expect(b.indicators).toEqual([]);
  });

  it("takes differences per item and of the totals, with blank cells missing", () => {
    const out = differences(
      columnValues(table, { ...budget, code: "allocation.received" }),
      columnValues(table, { ...actual, code: "allocation.actual" }),
      { code: "allocation.difference", totalCode: "allocation.difference.total" },
      true,
    );
    const by = new Map(out.map((i) => [i.key, i]));
    // 646,168,996.31 − 650,501,700.00 = −4,332,703.69
    expect(by.get("allocation.difference[project]")?.value?.toString()).toBe("-4332703.69");
    expect(by.get("allocation.difference[interestIncome]")?.nullReason).toBe("missing");
    // 646,170,302.17 − 650,501,700.00 = −4,331,397.83
    expect(by.get("allocation.difference.total")?.value?.toString()).toBe("-4331397.83");
  });

  it("totals a subset of rows", () => {
    const t = subsetTotal(table, actual, (r) => r.item === "project", "项目支出");
    expect(t.outcome.value?.toString()).toBe("650501700");
    expect(t.input.path).toBe("allocation[0].actual + allocation[2].actual");
    expect(subsetTotal(table, actual, () => false, "无").outcome.nullReason).toBe("missing");
  });
});

describe("amountColumn", () => {
  it("is columnValues with the codes <table>.<field> and <table>.<field>.total", () => {
    // 实际使用: 650,501,700.00 + 0 (seed 表（二） 项目支出, one synthetic row); 利息 blank → missing
    const named = amountColumn(table, "actual", "实际使用", "实际使用合计");
    const explicit = columnValues(table, {
      ...actual,
      code: "allocation.actual",
      totalCode: "allocation.actual.total",
    });
    expect(named).toEqual(explicit);
    expect(named.indicators.map((i) => [i.key, i.value?.toString() ?? null])).toEqual([
      ["allocation.actual[project]", "650501700"],
      ["allocation.actual[interestIncome]", null],
      ["allocation.actual.total", "650501700"],
    ]);
  });
});
