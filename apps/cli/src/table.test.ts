import { describe, expect, it } from "vitest";
import { displayWidth, formatTextTable, wrapText } from "./table.ts";

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

describe("wrapText", () => {
  it("splits by display width, never inside a character", () => {
    expect(wrapText("“三公经费”控制率", 8)).toEqual(["“三公经", "费”控制", "率"]);
    expect(wrapText("短", 8)).toEqual(["短"]);
  });
});

describe("formatTextTable with maxWidth", () => {
  it("shrinks the wrap column so every line fits, carrying long cells onto continuation lines", () => {
    const text = formatTextTable(
      [{ header: "code" }, { header: "名称", wrap: true }, { header: "值", align: "right" }],
      [
        ["a.b", "二级预算单位数（按经费形式）（全额拨款）", "9个"],
        ["c", "短名", "1个"],
      ],
      { maxWidth: 30 },
    );
    const lines = text.split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    // code 4 + 2 + name + 2 + value 3 = 30 → the name column is 19 cells: 9 汉字 a line.
    expect(lines).toEqual([
      "code  名称                  值",
      "────  ───────────────────  ───",
      "a.b   二级预算单位数（按   9个",
      "      经费形式）（全额拨",
      "      款）",
      "c     短名                 1个",
    ]);
  });
});
