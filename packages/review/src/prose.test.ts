import { describe, expect, it } from "vitest";
import { proseFigures } from "./prose.ts";
import { targetName, targetStatements } from "./targets.ts";

describe("proseFigures", () => {
  it("finds amounts, percentages and counts with the words before them", () => {
    expect(
      proseFigures("2020年度“三公经费”预算数82.00万元，决算数8.43万元，控制率10.28%。").map((f) => [
        f.text,
        f.value,
        f.unit,
        f.near,
      ]),
    ).toEqual([
      ["82.00万元", "82.00", "万元", "2020年度“三公经费”预算数"],
      ["8.43万元", "8.43", "万元", "，决算数"],
      ["10.28%", "10.28", "%", "，控制率"],
    ]);
  });

  it("reads 家 as 个, allows a space before the unit and skips 人次 and dates (seed 四)", () => {
    const found = proseFigures(
      "12家二级预算单位，转移受威胁群众11户33 人，交通文明劝导420人次，2020年7月6日。",
    );
    expect(found.map((f) => [f.text, f.unit])).toEqual([
      ["12家", "个"],
      ["11户", "户"],
      ["33 人", "人"],
    ]);
  });

  it("marks figures inside brackets as asides and drops asides from the clause (seed 四（1）)", () => {
    const found = proseFigures(
      "县级耕地开垦费（剔除“旱改水”指标交易款766万元）收入3241万元，完成财政预算计划任务1200万元的270%。",
    );
    expect(found.map((f) => [f.text, f.aside, f.clause])).toEqual([
      ["766万元", true, "县级耕地开垦费（剔除“旱改水”指标交易款"],
      ["3241万元", false, "县级耕地开垦费收入"],
      ["1200万元", false, "完成财政预算计划任务"],
      ["270%", false, "完成财政预算计划任务1200万元的"],
    ]);
  });
});

describe("figures in words", () => {
  it("reads “为零” as 0 元 and “全部为财政资金” as 100% (seed 1.2.1 and 2.1)", () => {
    expect(
      proseFigures("公务用车购置预算为零，实际没有发生购置。").map((f) => [
        f.text,
        f.value,
        f.unit,
        f.near,
      ]),
    ).toEqual([["零", "0", "元", "公务用车购置预算为"]]);
    expect(
      proseFigures("项目支出预算拨入资金为65,050.17万元，全部为财政资金。").map((f) => [
        f.text,
        f.value,
        f.unit,
      ]),
    ).toEqual([
      ["65,050.17万元", "65050.17", "万元"],
      ["全部", "100", "%"],
    ]);
  });
});

describe("targetStatements", () => {
  it("reads actual, plan and rate in both word orders (seed 四（1）)", () => {
    expect(
      targetStatements(
        proseFigures("全年征收采矿权出让收益1605.6万元，完成财政预算计划任务300万元的537%。"),
      ),
    ).toEqual([{ name: "采矿权出让收益", actual: 0, plan: 1, rate: 2 }]);
    expect(
      targetStatements(
        proseFigures(
          "全年计划完成征收非税收入33,359.00万元，实际完成79381万元，完成计划的237.96%。",
        ),
      ),
    ).toEqual([{ name: "非税收入", actual: 1, plan: 0, rate: 2 }]);
  });
  it("keeps the whole clause as the name when the verb leaves too little", () => {
    expect(targetName("征地服务所实现收入")).toBe("征地服务所实现收入");
    expect(targetName("实现土地出让总价款")).toBe("土地出让总价款");
  });

  it("does not read the 100% of a formula as a stated figure", () => {
    // The 在职人员控制率 sentence of jixiao's report renderer (synth seed 1, 祁东县市场监督管理局 2022).
    const figures = proseFigures(
      "年初核定编制数为14人，年末在职人员数为13人，在职人员控制率（在职人员数 ÷ 编制数 × 100%）为92.86%。",
    );
    expect(figures.map((f) => f.text)).toEqual(["14人", "13人", "92.86%"]);
  });
});
