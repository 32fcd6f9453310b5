import { describe, expect, it } from "vitest";
import { column, generated, narrative, section, table } from "./blocks.ts";
import { collapseSpaces, stripHeadingCopy, tableUnit, tidyParagraphs } from "./tidy.ts";
import type { Block, ParagraphBlock, SectionBlock } from "./types.ts";

const unitTable = (unit: string | null) =>
  table({ id: "t", title: "表", unit, columns: [column("a", "金额", "amount", 10)], rows: [] });
const text = (b: Block | undefined) =>
  (b as ParagraphBlock | undefined)?.content.map((r) => r.text).join("") ?? "";

describe("tidyParagraphs", () => {
  it("drops a leading copy of the heading's numbering (seed 二、1.3 公用经费)", () => {
    expect(
      stripHeadingCopy(
        "1.3、公用经费支出是指部门基本支出中的一般商品和服务支出",
        "1.3、",
        "公用经费",
      ),
    ).toBe("公用经费支出是指部门基本支出中的一般商品和服务支出");
    expect(stripHeadingCopy("1.3．公用经费：本年…", "1.3、", "公用经费")).toBe("本年…");
    expect(stripHeadingCopy("1.3、其他内容", "1.3、", "公用经费")).toBe("1.3、其他内容");
    expect(stripHeadingCopy("13、公用经费支出", "1.3、", "公用经费")).toBe("13、公用经费支出");
  });

  it("collapses runs of spaces and drops a trailing 单位 line the next table states (seed 1.1)", () => {
    expect(collapseSpaces("如下：   \u3000  单位:元 ")).toBe("如下： 单位:元");
    const s = section("basic", 2, "1.1、", "基本支出明细情况", [
      ...narrative([`基本支出明细如下：${" ".repeat(90)}单位:元`]),
      unitTable("单位：元"),
    ]);
    const [tidy] = tidyParagraphs([s]) as SectionBlock[];
    expect(text(tidy?.blocks[0])).toBe("基本支出明细如下：");
  });

  it("keeps a unit that differs from the table's, and leaves generated sentences alone (seed 2.2 单位:万元 over a 元 table)", () => {
    const s = section("p", 2, "2.2、", "项目资金实际使用情况及分析", [
      ...narrative(["具体情况如下表：（单位:万元）"]),
      unitTable("单位：元"),
      generated("按基础数据计算：  两个空格"),
    ]);
    const [tidy] = tidyParagraphs([s]) as SectionBlock[];
    expect(text(tidy?.blocks[0])).toBe("具体情况如下表：（单位:万元）");
    expect(text(tidy?.blocks[2])).toBe("按基础数据计算：  两个空格");
  });

  it("reads a table's unit from its unit line or its header (seed 2.2 金额（元）)", () => {
    expect(tableUnit(unitTable("单位：万元"))).toBe("万元");
    const t = table({
      id: "p",
      title: "项目",
      unit: null,
      columns: [column("a", "可用指标", "amount", 10)],
      header: [[{ text: "金额（元）" }], [{ text: "可用指标" }]],
      rows: [],
    });
    expect(tableUnit(t)).toBe("元");
  });
});
