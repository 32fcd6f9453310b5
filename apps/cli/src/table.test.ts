import { describe, expect, it } from "vitest";
import { displayWidth, formatTextTable } from "./table.ts";

describe("displayWidth", () => {
  it("counts 汉字 and full-width forms as two cells", () => {
    expect(displayWidth("公务接待费")).toBe(10);
    expect(displayWidth("10.28%")).toBe(6);
    expect(displayWidth("（一）")).toBe(6);
    // “ and ” are ambiguous-width: one cell each.
    expect(displayWidth("“三公经费”控制率")).toBe(1 + 8 + 1 + 6);
  });
});

describe("formatTextTable", () => {
  it("aligns mixed Chinese and ASCII columns by display width", () => {
    const text = formatTextTable(
      [{ header: "名称" }, { header: "值", align: "right" }],
      [
        ["“三公经费”控制率", "10.28%"],
        ["结转结余", "1,029,077.76 元"],
      ],
    );
    const lines = text.split("\n");
    expect(lines).toHaveLength(4);
    // Every value ends in the same terminal column.
    const ends = lines.filter((_, i) => i !== 1).map((l) => displayWidth(l));
    expect(new Set(ends).size).toBe(1);
    expect(lines[2]).toBe("“三公经费”控制率           10.28%");
  });
});
