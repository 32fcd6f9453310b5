import { evaluate, parseDataset } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../model/build.ts";
import { smallDatasetInput, smallEvaluation } from "../../test-fixtures/small-evaluation.ts";
import { escapeMarkdown, escapeMarkdownCell } from "./escape.ts";
import { MARKDOWN_GENERATED_LEGEND, renderMarkdown } from "./render-markdown.ts";

/** Split a GFM table line into its cells (honouring "\|"). */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every GFM table in a document: its lines, from the header to the last row. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of md.split("\n")) {
    if (line.startsWith("|")) current.push(line);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  return out;
}

describe("renderMarkdown", () => {
  const md = renderMarkdown(buildReportModel(smallEvaluation()));

  it("prints the title and numbered headings at their depth", () => {
    expect(md.startsWith("# 样例县自然资源局2020年度部门整体支出绩效评价报告\n")).toBe(true);
    expect(md).toContain("\n## 一、部门概况\n");
    expect(md).toContain("\n### （一）部门基本概况\n");
    expect(md).toContain("\n##### 1.2.1．2020年度“三公经费”预算、决算执行情况\n");
    expect(md).toContain("\n## 附件1　2020年度部门整体支出绩效评价基础数据表\n");
  });

  it("writes well-formed GFM tables: every row has as many cells as the header, numbers right-aligned", () => {
    const all = tables(md);
    expect(all.length).toBeGreaterThan(10);
    for (const t of all) {
      const width = cells(t[0] ?? "").length;
      expect(t[1]).toMatch(/^\| (:?-{3}:?)( \| :?-{3}:?)* \|$/);
      for (const line of t) expect(cells(line)).toHaveLength(width);
    }
    expect(md).toContain(
      "| 序号 | 项目名称 | 预算金额 | 决算支出金额 | 结转结余金额 |\n| :---: | :--- | ---: | ---: | ---: |",
    );
  });

  it("flattens the merged 项目支出 header and spreads a spanning 合计 label over empty cells", () => {
    expect(md).toContain(
      "| 序号 | 预算项目 | 可用指标（元） | 实际使用（元） | 差额（可用-实际，元） | 使用比例（实际/预算） |",
    );
    expect(md).toContain("| **合计** | | 594,425,100.00 | 594,415,100.00 | 10,000.00 | 100.00% |");
  });

  it("prints jixiao's generated sentences as blockquotes, with the legend once under the title", () => {
    expect(md).toContain("\n\n> 按基础数据计算：");
    expect(md).toContain(`报告\n\n${MARKDOWN_GENERATED_LEGEND}\n\n`);
    expect(md.split(MARKDOWN_GENERATED_LEGEND)).toHaveLength(2);
  });

  it("prints the unit line and the 注 with the table, blanks as blank or '-', never 0", () => {
    expect(md).toContain("**2020年度基本支出明细表**\n\n单位：元\n\n|");
    // the blank budget stays blank; the 差额 reads it as 0 and is marked ※ (seed 1.1 −603,018.01)
    expect(md).toContain("| 2 | 固定资产折旧费 | | 603,018.01 | -603,018.01※ |");
    expect(md).toContain("\n\n注：差异原因为折旧费没有纳入预算金额中。");
  });

  it("shows a chart as its data table", () => {
    expect(md).toContain("**图：“三公经费”2019年与2020年决算数对比**");
    expect(md).toContain("| 公务接待费 | 220,870.00 | 62,769.85 |");
  });

  it("escapes the department's text so it prints as written", () => {
    const input = {
      ...smallDatasetInput,
      narrative: {
        ...smallDatasetInput.narrative,
        preamble: ["# 不是标题 *不是强调* <b>不是HTML</b>", "- 不是列表"],
      },
      projects: [{ seq: 1, name: "A|B 项目_甲", budget: "1.00", actual: "1.00" }],
    };
    const out = renderMarkdown(buildReportModel(evaluate(parseDataset(input))));
    expect(out).toContain("\\# 不是标题 \\*不是强调\\* \\<b\\>不是HTML\\</b\\>");
    expect(out).toContain("\n\\- 不是列表\n");
    expect(out).toContain("| 1 | A\\|B 项目\\_甲 |");
  });
});

describe("escapeMarkdown", () => {
  it("leaves Chinese text, document numbers and negative numbers alone", () => {
    expect(escapeMarkdown("湘财资环指[2020]23号")).toBe("湘财资环指[2020]23号");
    expect(escapeMarkdownCell("-735,715.28")).toBe("-735,715.28");
    expect(escapeMarkdown("1.1.进一步摸清耕地资源底数")).toBe("1.1.进一步摸清耕地资源底数");
  });

  it("escapes list markers at a line start, and line breaks in cells", () => {
    expect(escapeMarkdown("1. 列表")).toBe("1\\. 列表");
    expect(escapeMarkdownCell("甲\n乙")).toBe("甲<br>乙");
  });
});
