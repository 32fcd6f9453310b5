import { describe, expect, it } from "vitest";
import { auditModel } from "./audit.ts";
import { memoDocx } from "./memo-docx.ts";
import { memoMarkdown } from "./memo-markdown.ts";
import { memoModel } from "./memo-model.ts";
import { readDocx } from "./read-docx.ts";
import { readText } from "./read-text.ts";
import { seedText } from "./testing/seed.ts";

/** A small report: a 三公 table in 万元 with no prior-year column, and a sentence that restates it wrongly. */
const SMALL = [
  "某某县统计局2021年度部门整体支出",
  "绩效评价报告",
  "一、部门概况",
  "统一社会信用代码：11430922MB1636254P，在职人员编制数为20人，实际在职人员数18人。",
  "二、部门整体支出管理及使用情况分析",
  "“三公”经费预算、决算执行情况（单位：万元）",
  "\t项目",
  "\t预算数",
  "\t决算数",
  "",
  "\t公务接待费",
  "\t3.00",
  "\t2.50",
  "",
  "\t公务用车运行维护费",
  "\t5.00",
  "\t4.20",
  "",
  "\t合计",
  "\t8.00",
  "\t6.70",
  "",
  "2021年度“三公经费”预算数8.00万元，决算数6.80万元，控制率85.00%。",
].join("\n");

describe("the 复核意见", () => {
  it("reads a small report in 万元, finds its restatement and says which quantities it never gives", () => {
    const audit = auditModel(readText(SMALL), "small.txt");
    expect(
      audit.extraction.dataset.threePublicExpenses.map((l) => [l.item, l.budget, l.actual]),
    ).toEqual([
      ["officialReception", "30000.00", "25000.00"],
      ["officialVehicleOperation", "50000.00", "42000.00"],
    ]);
    const memo = memoModel(audit);
    const restated = memo.findings.find((f) => f.message.includes("6.80万元"));
    expect(restated?.label).toBe("错误");
    // The sentence, then the table rows the recomputation used.
    expect(restated?.quotes).toEqual([
      "“2021年度“三公经费”预算数8.00万元，决算数6.80万元，控制率85.00%。”",
      "““三公”经费预算、决算执行情况”“公务接待费”行",
      "““三公”经费预算、决算执行情况”“公务用车运行维护费”行",
    ]);
    expect(memo.missing).toContain(
      "上年“三公”经费决算数（无法计算变动率） / prior-year 三公 actuals (no change rate)",
    );
    expect(memo.missing).toContain("项目支出明细表 / project expenditure table");
  });

  it("writes the seed's memo as Markdown: title, counts, findings with quotes, missing data, tables", () => {
    const md = memoMarkdown(memoModel(auditModel(readText(seedText()), "source.txt")));
    expect(md.split("\n").slice(0, 5)).toEqual([
      "# 关于《桃江县自然资源局2020年度部门整体支出绩效评价报告》的复核意见",
      "",
      "来源文件：source.txt",
      "",
      "核查结果：错误 9 · 警告 31 · 提示 8（共 48 条）",
    ]);
    expect(md).toContain(
      "   - 原文：“全年征收采矿权出让收益1605.6万元，完成财政预算计划任务300万元的537%。”",
    );
    expect(md).toContain("| 项目支出明细表 | 项目支出明细表 | 标注万元，实为元 | 21 |");
    expect(md).toContain("## 二、报告未提供或未能读出的数据（请被评价单位补充）");
  });

  it("writes the same memo as a DOCX that reads back with its title and tables", async () => {
    const memo = memoModel(auditModel(readText(SMALL), "small.txt"));
    const bytes = await memoDocx(memo);
    const back = await readDocx(bytes);
    const first = back.blocks[0];
    expect(first).toEqual({
      kind: "paragraph",
      text: "关于《某某县统计局2021年度部门整体支出绩效评价报告》的复核意见",
    });
    expect(back.blocks.filter((b) => b.kind === "table").length).toBe(2);
    expect(
      back.blocks.some((b) => b.kind === "paragraph" && b.text.startsWith("1. 【错误】")),
    ).toBe(true);
  });

  it("lists a table it does not recognise instead of dropping it", () => {
    const text = `${SMALL}\n人员名单\n\t姓名\n\t职务\n\n\t张三\n\t局长\n`;
    const memo = memoModel(auditModel(readText(text), "small.txt"));
    expect(memo.tables.map((t) => [t.title, t.kind])).toEqual([
      ["“三公”经费预算、决算执行情况", "“三公”经费预算、决算执行情况表"],
      ["人员名单", "未识别（已列出，未读入数据） / not recognised"],
    ]);
  });
});
