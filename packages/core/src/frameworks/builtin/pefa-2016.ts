import type { FrameworkInput } from "../schema.ts";

/**
 * A PEFA 2016 lens on budget credibility (Pillar I): PI-1 aggregate expenditure outturn, PI-2
 * expenditure composition outturn, PI-3 revenue outturn, each graded A/B/C/D over the last three
 * years, D* where the dataset has too few years. Applied to one department's own budget lines
 * (PEFA is written for a whole government); the thresholds are PEFA's, the mapping to the
 * dataset's lines is ours (scoring/pefa.ts).
 */
export const PEFA_2016_FRAMEWORK: FrameworkInput = {
  schemaVersion: 1,
  id: "pefa-2016-credibility",
  name: "PEFA 2016 预算可靠性（PI-1 至 PI-3）",
  version: "2016",
  jurisdiction: "国际（PEFA 2016框架，部门层面应用）",
  effectiveYear: 2016,
  authorship: "adapted",
  scale: "pefa",
  sources: [
    {
      title:
        "Framework for assessing public financial management (PEFA 2016), Pillar I: Budget reliability",
      url: "https://www.pefa.org/resources/pefa-2016-framework",
    },
  ],
  description:
    "评级标准取自PEFA 2016；把部门预算支出行、收入来源行当作PEFA的预算科目是jixiao的做法。PI-2只评支出构成（维度2.1/2.2合一，按数据集支出行），不评应急储备（2.3）。",
  notes: [
    "本年取数据集的预算支出与实际支出、预算收入与到位收入（预算含年中追加）；PI-1在数据集给出预算阶段的年初预算（budgetStages.initialBudget）时以决算÷年初预算计算，否则为决算÷预算（含追加），评分说明注明口径；分行的年初预算请在 history 中给出本年一行。",
    "上年结转结余不作为当年收入。",
    "D* 表示信息不足：缺失年度可能改变等级。",
  ],
  nodes: [
    {
      code: "PI-1",
      name: "支出总额执行（Aggregate expenditure outturn）",
      children: [
        {
          code: "PI-1.1",
          name: "支出总额执行偏差",
          rule: { type: "pefa", params: { measure: "aggregateExpenditureOutturn" } },
          evidence: "最近三年部门决算与年初预算",
        },
      ],
    },
    {
      code: "PI-2",
      name: "支出构成执行（Expenditure composition outturn）",
      aggregation: "M1",
      children: [
        {
          code: "PI-2.1",
          name: "支出构成偏差（按支出行）",
          rule: { type: "pefa", params: { measure: "expenditureCompositionOutturn" } },
          evidence: "最近三年分经济分类/项目的预算与决算",
        },
      ],
    },
    {
      code: "PI-3",
      name: "收入执行（Revenue outturn）",
      aggregation: "M2",
      children: [
        {
          code: "PI-3.1",
          name: "收入总额执行偏差",
          rule: { type: "pefa", params: { measure: "aggregateRevenueOutturn" } },
          evidence: "最近三年收入预算与实际",
        },
        {
          code: "PI-3.2",
          name: "收入构成偏差",
          rule: { type: "pefa", params: { measure: "revenueCompositionOutturn" } },
          evidence: "最近三年分来源的收入预算与实际",
        },
      ],
    },
  ],
};
