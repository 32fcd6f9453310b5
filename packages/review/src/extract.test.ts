import { describe, expect, it } from "vitest";
import { ReviewInputError } from "./errors.ts";
import { extract } from "./extract.ts";
import { readText } from "./read-text.ts";

describe("extract", () => {
  it("reads the department and year from a title that puts the year first", () => {
    const { dataset, missing } = extract(
      readText("2021年度某某县统计局部门整体支出绩效评价报告\n一、部门概况\n本局为行政单位。\n"),
    );
    expect(dataset.department).toMatchObject({ name: "某某县统计局", fiscalYear: 2021 });
    expect(missing).toContain(
      "编制数与在职人数（人员情况） / authorized headcount and active staff",
    );
  });

  it("refuses a text whose title names no department-year, in Chinese and English", () => {
    expect(() =>
      extract(readText("会议纪要\n一、会议情况\n本次会议研究了预算。\n"), "纪要.txt"),
    ).toThrow(ReviewInputError);
    expect(() => extract(readText("会议纪要\n"), "纪要.txt")).toThrow(
      "纪要.txt: 标题中找不到部门名称和年度",
    );
  });

  it("drops staffing links when the report gives no 编制数, so no finding rests on the placeholder 0", () => {
    const text =
      "某某县统计局2021年度部门整体支出绩效评价报告\n一、部门概况\n年末在职人数为18人，在职人员控制率为90%。\n";
    const { dataset } = extract(readText(text));
    expect(dataset.statedFigures.map((f) => [f.text, f.refersTo])).toEqual([
      ["18人", null],
      ["90%", null],
    ]);
  });

  it("reads a table once when an annex repeats it (the 基础数据表 after the report)", () => {
    const table =
      "“三公”经费预算、决算执行情况\n\t项目\n\t预算数\n\t决算数\n\n\t公务接待费\n\t820,000.00\n\t62,769.85\n";
    const text = `某某县统计局2021年度部门整体支出绩效评价报告\n二、部门整体支出管理及使用情况分析\n${table}附件\n${table}`;
    const { dataset, notes } = extract(readText(text));
    expect(dataset.threePublicExpenses.map((l) => [l.item, l.budget, l.actual])).toEqual([
      ["officialReception", "820000.00", "62769.85"],
    ]);
    expect(notes).toEqual([
      "““三公”经费预算、决算执行情况”：与前面已读入的同类表重复，未再读入 / repeats a table already read",
    ]);
  });

  it("does not take a blank 到位 cell of 利息 or 其他 as revenue received", () => {
    const table =
      "预算拨款与实际支出对比表\n\t项目\n\t到位金额（元）\n\t实际使用（元）\n\n\t工资福利费用\n\t100.00\n\t100.00\n\n\t利息\n\t\n\t\n";
    const { dataset } = extract(
      readText(
        `某某县统计局2021年度部门整体支出绩效评价报告\n二、部门整体支出管理及使用情况分析\n${table}`,
      ),
    );
    expect(dataset.allocation.map((a) => [a.item, a.received, a.actual])).toEqual([
      ["wagesAndBenefits", "100.00", "100.00"],
      ["interestIncome", null, null],
    ]);
    expect(dataset.revenue).toEqual([]);
  });
});
