import { describe, expect, it } from "vitest";
import { toGrid } from "./document.ts";
import { readText } from "./read-text.ts";

describe("readText", () => {
  it("reads paragraphs and a table laid out one cell per tab-indented line (the seed's layout)", () => {
    const text = [
      "二、部门整体支出管理及使用情况分析",
      "预算支出与实际支出对比表（一）",
      "\t序号",
      "\t项目",
      "\t预算支出（元）",
      "",
      "\t1",
      "\t工资福利费用",
      "\t25,507,764.16",
      "",
      "\t",
      "\t合计",
      "\t682,237,464.67",
      "",
      "注：差异原因为其他收入没有全部使用。",
    ].join("\n");
    const model = readText(text);
    expect(model.format).toBe("text");
    expect(model.blocks.map((b) => b.kind)).toEqual([
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
    ]);
    const table = model.blocks[2];
    if (table?.kind !== "table") throw new Error("no table");
    expect(toGrid(table)).toEqual([
      ["序号", "项目", "预算支出（元）"],
      ["1", "工资福利费用", "25,507,764.16"],
      ["", "合计", "682,237,464.67"],
    ]);
  });

  it("keeps a one-cell first row (the 三公 table's caption with its 单位) as a row of its own", () => {
    const model = readText(
      "\t 1.2.1．2020年度 “三公经费”预算、决算执行情况     单位：元\n\n\t项目\n\t预算数\n\n\t公务接待费\n\t820,000.00 \n",
    );
    const table = model.blocks[0];
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["1.2.1．2020年度 “三公经费”预算、决算执行情况     单位：元"],
      ["项目", "预算数"],
      ["公务接待费", "820,000.00"],
    ]);
  });

  it("drops bookmark markers, blank lines of spaces and a byte-order mark", () => {
    const model = readText("\uFEFF标题\n   \n[bookmark: _GoBack]  1、前期准备阶段。\n");
    expect(model.blocks).toEqual([
      { kind: "paragraph", text: "标题" },
      { kind: "paragraph", text: "1、前期准备阶段。" },
    ]);
  });
});
