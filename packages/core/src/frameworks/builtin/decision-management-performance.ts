import type { FrameworkInput } from "../schema.ts";
import {
  checklistLeaf,
  HUNAN_CONTROL_BANDS,
  HUNAN_STAFF_RULE,
  manualLeaf,
  POINTS_53,
} from "./common-items.ts";

/**
 * A structurally different 100-point framework: 部门决策 / 综合管理 / 部门绩效情况, the tree some
 * provincial tables (e.g. 湖南省直部门整体支出绩效评价) use instead of 投入/过程/产出/效果. The tree
 * follows that published structure; the weights and every rule except 在职人员控制率 and 预算控制率
 * (the published Hunan rules) are jixiao's own. It exists to show the engine takes any tree.
 */
export const DECISION_MANAGEMENT_PERFORMANCE_FRAMEWORK: FrameworkInput = {
  schemaVersion: 1,
  id: "decision-management-performance",
  name: "部门整体支出绩效评价指标（部门决策／综合管理／部门绩效情况，jixiao默认权重）",
  version: "1.0",
  jurisdiction: "省级部门通用（结构取自省直部门评分表）",
  effectiveYear: 2020,
  authorship: "ours",
  sources: [
    {
      title: "省直部门整体支出绩效评价指标表（部门决策、综合管理、部门绩效情况三个一级指标）",
      note: "仅结构取自该类评分表；分值与评分标准为jixiao自拟",
    },
  ],
  description: "部门决策20、综合管理35、部门绩效情况45。",
  notes: ["在职人员控制率、预算控制率采用湖南已公布的评分标准；其余为jixiao自拟。"],
  nodes: [
    {
      code: "A",
      name: "部门决策",
      weight: "20",
      children: [
        {
          code: "A1",
          name: "目标任务",
          weight: "12",
          children: [
            manualLeaf("A1.1", "相关性", "4", "部门职责、年度工作计划与绩效目标的对应关系"),
            manualLeaf("A1.2", "明确性", "4", "绩效目标申报表中的量化指标"),
            checklistLeaf(
              "A1.3",
              "合理性",
              "4",
              POINTS_53.goalReasonableness,
              "绩效目标申报表；三定方案",
            ),
          ],
        },
        {
          code: "A2",
          name: "预算编制",
          weight: "8",
          children: [
            manualLeaf("A2.1", "测算依据", "3", "预算测算表及依据"),
            {
              code: "A2.2",
              name: "预算控制",
              weight: "5",
              indicator: "budgetExecution.controlRate",
              rule: HUNAN_CONTROL_BANDS,
              standard:
                "预算控制率=0，计5分；0–10%（含），计4分；10–20%（含），计3分；20–30%（含），计2分；大于30%不得分。",
              evidence: "年初预算批复；追加指标通知单",
            },
          ],
        },
      ],
    },
    {
      code: "B",
      name: "综合管理",
      weight: "35",
      children: [
        {
          code: "B1",
          name: "预算执行",
          weight: "20",
          children: [
            {
              code: "B1.1",
              name: "预算完成",
              weight: "5",
              indicator: "budgetExecution.completionRate",
              rule: { type: "proportional", params: { direction: "higherBetter", target: "100" } },
              standard: "（自拟）5×min(预算完成率÷100%, 1)。",
              evidence: "部门决算报表",
            },
            {
              code: "B1.2",
              name: "人员控制",
              weight: "5",
              indicator: "staffing.activeStaffControlRate",
              rule: HUNAN_STAFF_RULE,
              standard: "以100%为标准，≤100%计5分；每超过一个百分点扣0.5分，扣完为止。",
              evidence: "编制批复；在职人员花名册",
            },
            {
              code: "B1.3",
              name: "“三公经费”控制",
              weight: "5",
              indicator: "threePublicExpenses.controlRate.total",
              rule: {
                type: "bands",
                params: {
                  direction: "lowerBetter",
                  bands: [
                    { max: "100", maxInclusive: true, score: "5" },
                    { min: "100", minInclusive: false, max: "110", maxInclusive: true, score: "3" },
                  ],
                  otherwise: "0",
                },
              },
              standard: "（自拟）控制率≤100%计5分；(100%,110%]计3分；>110%不得分。",
              evidence: "“三公经费”预算及决算",
            },
            {
              code: "B1.4",
              name: "公用经费控制",
              weight: "5",
              indicator: "operatingExpenses.controlRate",
              rule: {
                type: "thresholdDeduct",
                params: {
                  direction: "lowerBetter",
                  threshold: "100",
                  perPoint: "1",
                  counting: "startedPoints",
                },
              },
              standard: "（自拟）≤100%计5分；每超过一个百分点（不足一点按一点）扣1分。",
              evidence: "基本支出决算明细",
            },
          ],
        },
        {
          code: "B2",
          name: "财务管理",
          weight: "15",
          children: [
            checklistLeaf(
              "B2.1",
              "资金使用合规性",
              "5",
              POINTS_53.fundCompliance,
              "会计凭证；审计报告",
              { mode: "deductPerBreach" },
            ),
            {
              code: "B2.2",
              name: "基础信息完善性",
              weight: "5",
              rule: {
                type: "countDeduct",
                params: {
                  perCount: "0.25",
                  countFrom: "findings",
                  findings: { severities: ["error", "warning"] },
                },
              },
              standard: "（自拟）每处勾稽校验错误或警告扣0.25分，扣完为止。",
              evidence: "基础数据表；勾稽校验结果",
            },
            checklistLeaf("B2.3", "信息公开", "5", POINTS_53.disclosure, "预决算公开网页"),
          ],
        },
      ],
    },
    {
      code: "C",
      name: "部门绩效情况",
      weight: "45",
      children: [
        {
          code: "C1",
          name: "产出",
          weight: "20",
          children: [
            manualLeaf("C1.1", "产出数量", "5", "产出数量指标计划与实际"),
            manualLeaf("C1.2", "产出质量", "5", "验收及质量记录"),
            manualLeaf("C1.3", "产出时效", "5", "完成时间记录"),
            manualLeaf("C1.4", "产出成本", "5", "成本核算资料"),
          ],
        },
        {
          code: "C2",
          name: "效益",
          weight: "25",
          children: [
            manualLeaf("C2.1", "经济效益", "5", "经济效益佐证"),
            manualLeaf("C2.2", "社会效益", "5", "社会效益佐证"),
            manualLeaf("C2.3", "生态效益", "5", "生态效益佐证"),
            manualLeaf("C2.4", "可持续影响", "5", "可持续影响佐证"),
            {
              code: "C2.5",
              name: "服务对象满意度",
              weight: "5",
              indicator: "satisfaction.score",
              rule: {
                type: "bands",
                params: {
                  direction: "higherBetter",
                  bands: [
                    { min: "95", score: "5" },
                    { min: "90", max: "95", score: "4" },
                    { min: "80", max: "90", score: "3" },
                    { min: "60", max: "80", score: "1" },
                  ],
                  otherwise: "0",
                },
              },
              standard: "（自拟）≥95分计5分；[90,95)计4分；[80,90)计3分；[60,80)计1分；<60不得分。",
              evidence: "满意度调查问卷",
            },
          ],
        },
      ],
    },
  ],
};
