import { describe, expect, it } from "vitest";
import { linkSentence } from "./link.ts";

const part2 = { section: "二、部门整体支出管理及使用情况分析", subsection: "1.2、三公经费情况" };
const keys = (sentence: string, place = part2, paragraphBefore = "") =>
  linkSentence(sentence, { ...place, paragraphBefore }, 2020).map((l) =>
    l ? `${l.keys.join("+")}${l.wording ? `/${l.wording}` : ""}` : null,
  );

describe("linkSentence", () => {
  it("links the 三公 prose to the 三公 quantities (seed 1.2)", () => {
    expect(keys("2020年度“三公经费”预算数82.00万元，决算数8.43万元，控制率10.28%。")).toEqual([
      "threePublicExpenses.budget.total",
      "threePublicExpenses.actual.total",
      "threePublicExpenses.controlRate.total",
    ]);
    expect(
      keys(
        "“三公经费”决算数比预算数减少73.57万元，其中公务接待费支出减少75.72万元，公务用车运行维护费支出增加2.15万元，公务接待费支出减少主要是因为…",
      ),
    ).toEqual([
      "threePublicExpenses.budgetDifference.total/decrease",
      "threePublicExpenses.budgetDifference[officialReception]/decrease",
      "threePublicExpenses.budgetDifference[officialVehicleOperation]/increase",
    ]);
    expect(
      keys(
        "2020年度“三公经费”决算数8.43万元，2019年度“三公经费”决算数56.75万元，2020年决算数比2019年决算数下降48.33万元，下降比例为85.15%。",
      ),
    ).toEqual([
      "threePublicExpenses.actual.total",
      "threePublicExpenses.priorYearActual.total",
      "threePublicExpenses.yearDifference.total/decrease",
      "threePublicExpenses.changeRate.total/decrease",
    ]);
  });

  it("links staffing by what the sentence has just named (seed 一、（2） and 四、1)", () => {
    const staff = { section: "一、部门概况", subsection: "（2）人员情况" };
    expect(
      keys(
        "2020年度年初部门预算核定批复我局在职人员编制数为282人，其中全额编制258人，自收自支编制24人，至2020年12月31日，我局实际在职人员数288人，其中：全额编制264人，自收自支编制24人。",
        staff,
      ),
    ).toEqual([
      "staffing.authorizedHeadcount",
      "staffing.authorizedHeadcount.byType[全额编制]",
      "staffing.authorizedHeadcount.byType[自收自支编制]",
      "staffing.activeStaff",
      "staffing.activeStaff.byType[全额编制]",
      "staffing.activeStaff.byType[自收自支编制]",
    ]);
    expect(
      keys(
        "截止2020年12月31日县编办核定我局编制288名，其中全额编制264人，自收自支编制24人；",
        staff,
      ),
    ).toEqual([
      "staffing.authorizedHeadcount.yearEnd",
      "staffing.authorizedHeadcount.yearEnd.byType[全额编制]",
      "staffing.authorizedHeadcount.yearEnd.byType[自收自支编制]",
    ]);
  });

  it("links revenue used by source and leaves a 财政拨款预算支出 figure unlinked (seed 二 and 一、（二）)", () => {
    expect(
      keys(
        "其中使用2020年度财政拨款680,008,000.00元，使用利息收入1,305.86元,使用其他收入3,257,236.57元。",
        { section: "二、部门整体支出管理及使用情况分析", subsection: "" },
      ),
    ).toEqual([
      "revenue.used[fiscalAppropriation]",
      "revenue.used[interestIncome]",
      "revenue.used[otherRevenue]",
    ]);
    expect(
      keys("财政拨款预算支出760,792,028.10元。", { section: "一、部门概况", subsection: "" }),
    ).toEqual([null]);
  });

  it("reads 基本支出预算 as budget revenue when the paragraph is about 预算收入, and names the note's source twice", () => {
    const place = { section: "一、部门概况", subsection: "（二）部门整体支出预算规模" };
    expect(
      keys(
        "2、项目支出预算64,616.90万元。",
        place,
        "2020年度我局的财政拨款预算收入68,000.80万元，其中:",
      ),
    ).toEqual(["budgetSummary.budgetRevenue[project]"]);
    expect(
      keys("注：预算支出比预算收入多2229464.67元，来源为使用上年财政预算拨款结转结余。", place),
    ).toEqual(["budgetSummary.difference.total+revenue.used[priorYearCarryover]"]);
  });

  it("separates 人员经费/公用经费 budget from actual (seed 一、（二） and 二、1.1, 1.3)", () => {
    const one = { section: "一、部门概况", subsection: "" };
    expect(
      keys(
        "其中:1、基本支出预算3,383.90万元，主要包括人员经费1,738.22万元，日常公用经费1,645.68万元；",
        one,
        "财政拨款预算收入68,000.80万元，",
      ),
    ).toEqual([
      "budgetSummary.budgetRevenue[basic]",
      "expenditure.personnel.budget",
      "operatingExpenses.budget",
    ]);
    const two = {
      section: "二、部门整体支出管理及使用情况分析",
      subsection: "1.1、基本支出明细情况",
    };
    expect(
      keys(
        "其中：人员经费支出25,507,764.16元，日常公用经费支出5,624,982.50元,固定资产折旧费603,018.01元。",
        two,
      ),
    ).toEqual([
      "expenditure.personnel.actual",
      "expenditure.operating.actual",
      "basicExpenditure.actual[depreciation]",
    ]);
    expect(
      keys(
        "2020年公用经费实际支出为481.90万元，年初预算和追加预算安排公用经费总额为481.90万元，公用经费控制率为100%。",
        two,
      ),
    ).toEqual([
      "operatingExpenses.actual",
      "operatingExpenses.budget",
      "operatingExpenses.controlRate",
    ]);
  });

  it("links 预算执行 figures and the satisfaction survey (seed 四、2 and 五)", () => {
    const four = { section: "四、部门整体支出绩效情况", subsection: "2、预算执行" };
    expect(
      keys(
        "我局2020年预算数为：总预算拨款收入68326.654243万元，实际支出68223.746467万元，结转结余102.907776万元,预算完成率为99.84%。",
        four,
      ),
    ).toEqual([
      "allocation.received.total",
      "expenditure.actual.total",
      "carryover.amount",
      "budgetExecution.completionRate",
    ]);
    const five = { section: "五、绩效评价工作开展情况", subsection: "2.4.2、分析评价的内容：" };
    expect(
      keys(
        "对部门履行职责情况的公众满意度发放问卷20份，进行现场调查问卷，统计分值为95.2分。",
        five,
      ),
    ).toEqual(["satisfaction.questionnaires", "satisfaction.score"]);
    expect(keys("评价指标表评分情况：分值 99.50分，财政支出绩效等级为“优秀”。", five)).toEqual([
      null,
    ]);
  });

  it("reads other wordings: 到位资金合计, 增减 as a signed amount, a subject carried through its sentence", () => {
    const four = { section: "四、部门整体支出绩效情况", subsection: "2、预算执行" };
    expect(
      keys(
        "按基础数据计算：到位资金合计为683,266,542.43元，实际支出合计为682,237,464.67元，公用经费控制率为100.00%，“三公经费”控制率为10.28%。",
        four,
      ),
    ).toEqual([
      "allocation.received.total",
      "expenditure.actual.total",
      "operatingExpenses.controlRate",
      "threePublicExpenses.controlRate.total",
    ]);
    const two = { section: "二、部门整体支出管理及使用情况分析", subsection: "1.3、公用经费" };
    expect(
      keys("按基础数据计算：公用经费预算数为4,819,029.50元，实际支出为4,819,029.50元。", two),
    ).toEqual(["operatingExpenses.budget", "operatingExpenses.actual"]);
    expect(
      keys("“三公经费”预算数为82.00万元，决算数为8.43万元，决算比预算增减为-73.57万元。", part2),
    ).toEqual([
      "threePublicExpenses.budget.total",
      "threePublicExpenses.actual.total",
      "threePublicExpenses.budgetDifference.total",
    ]);
    expect(
      keys(
        "2020年度“三公经费”决算数为8.43万元，2019年度决算数为56.75万元，增减为-48.33万元，“三公经费”变动率为-85.15%。",
        part2,
      ),
    ).toEqual([
      "threePublicExpenses.actual.total",
      "threePublicExpenses.priorYearActual.total",
      "threePublicExpenses.yearDifference.total",
      "threePublicExpenses.changeRate.total",
    ]);
    const projects = {
      section: "二、部门整体支出管理及使用情况分析",
      subsection: "2.2、项目资金实际使用情况",
    };
    expect(
      keys(
        "项目可用指标合计为650,501,700.00元，实际使用合计为650,501,700.00元，差额为0.00元，项目资金使用比例为100.00%。",
        projects,
      ),
    ).toEqual([
      "projects.budget.total",
      "projects.actual.total",
      "projects.difference.total",
      "projects.usageRate.total",
    ]);
  });

  it("gives a 其中 split the sentence's subject: 预算支出 parts are budget parts, 整体支出 parts actual", () => {
    // The sentence jixiao's report renderer writes for synth dataset 3 of seed 1 (衡山县林业局 2022).
    const part1 = { section: "一、部门（单位）基本情况", subsection: "（二）部门预算及支出情况" };
    expect(
      keys("2022年部门预算支出1,269.34万元，其中基本支出764.73万元，项目支出504.61万元。", part1),
    ).toEqual([
      "budgetSummary.budgetExpenditure.total",
      "budgetSummary.budgetExpenditure[basic]",
      "budgetSummary.budgetExpenditure[project]",
    ]);
    // Seed 第一部分（四）: the split of the actual spending stays actual.
    expect(
      keys(
        "我局2020年度预算部门整体支出使用682,237,464.67元，其中:基本支出31,735,764.67元，项目支出650,501,700.00元。",
        part1,
      ),
    ).toEqual([
      "expenditure.actual.total",
      "expenditure.basic.actual",
      "expenditure.project.actual",
    ]);
  });
});
