import type { FrameworkInput, RuleInput } from "../schema.ts";
import {
  checklistLeaf,
  ERROR_FINDINGS_DEDUCT,
  F53,
  manualLeaf,
  POINTS_53,
} from "./common-items.ts";

/** Ours: "按完成比例计分，满分为止" for a higher-is-better rate against 100%. */
const UP_TO_100: RuleInput = {
  type: "proportional",
  params: { direction: "higherBetter", target: "100" },
};
/** Ours: a control rate (lower is better) — full at ≤ 100%, −0.5 per point over. */
const CONTROL_100: RuleInput = {
  type: "thresholdDeduct",
  params: { direction: "lowerBetter", threshold: "100", perPoint: "0.5" },
};
/** Ours: a change rate — full at ≤ 0, −0.5 per point of increase. */
const CHANGE_0: RuleInput = {
  type: "thresholdDeduct",
  params: { direction: "lowerBetter", threshold: "0", perPoint: "0.5" },
};

/**
 * The common department framework of 财预〔2013〕53号 附件2 (部门整体支出绩效评价共性指标体系框架):
 * its tree (投入/过程/产出/效果, 8 二级 and 25 三级 indicators) with a default weighting and rules
 * that are jixiao's own — 53号 gives the indicators and formulas but no weights.
 */
export const MOF_2013_COMMON_FRAMEWORK: FrameworkInput = {
  schemaVersion: 1,
  id: "mof-2013-53-common",
  name: "部门整体支出绩效评价共性指标体系（财预〔2013〕53号附件2，jixiao默认权重）",
  version: "2013.1-jixiao.1",
  jurisdiction: "全国（共性框架）",
  effectiveYear: 2013,
  authorship: "ours",
  sources: [F53],
  description:
    "指标树和计算公式取自财预〔2013〕53号附件2；分值（投入20、过程40、产出20、效果20）和全部评分标准为jixiao自拟的默认设置，不是财政部公布的标准。",
  notes: [
    "比率类指标：越高越好的按完成比例计分（满分为止）；控制率≤100%满分、每超1个百分点扣0.5分；变动率≤0满分、每升1个百分点扣0.5分。",
    "定性指标按53号评价要点逐项评分，或由评价人评分。",
  ],
  nodes: [
    {
      code: "1",
      name: "投入",
      weight: "20",
      children: [
        {
          code: "1.1",
          name: "目标设定",
          weight: "8",
          children: [
            checklistLeaf(
              "1.1.1",
              "绩效目标合理性",
              "4",
              POINTS_53.goalReasonableness,
              "部门整体支出绩效目标申报表；三定方案；中长期规划",
            ),
            checklistLeaf(
              "1.1.2",
              "绩效指标明确性",
              "4",
              POINTS_53.indicatorClarity,
              "绩效目标申报表；年度工作计划",
            ),
          ],
        },
        {
          code: "1.2",
          name: "预算配置",
          weight: "12",
          children: [
            {
              code: "1.2.1",
              name: "在职人员控制率",
              weight: "4",
              indicator: "staffing.activeStaffControlRate",
              rule: CONTROL_100,
              evidence: "编制批复；在职人员花名册",
            },
            {
              code: "1.2.2",
              name: "“三公经费”变动率",
              weight: "4",
              indicator: "threePublicExpenses.changeRate.total",
              rule: CHANGE_0,
              evidence: "本年及上年“三公经费”决算",
            },
            {
              code: "1.2.3",
              name: "重点支出安排率",
              weight: "4",
              indicator: "keyExpenditure.rate",
              rule: UP_TO_100,
              evidence: "重点项目清单；项目支出决算",
            },
          ],
        },
      ],
    },
    {
      code: "2",
      name: "过程",
      weight: "40",
      children: [
        {
          code: "2.1",
          name: "预算执行",
          weight: "20",
          children: [
            {
              code: "2.1.1",
              name: "预算完成率",
              weight: "4",
              indicator: "budgetExecution.completionRate",
              rule: UP_TO_100,
              evidence: "部门决算报表",
            },
            {
              code: "2.1.2",
              name: "预算调整率",
              weight: "3",
              indicator: "budgetExecution.adjustmentRate",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "lowerBetter", threshold: "0", perPoint: "0.3" },
              },
              standard: "（自拟）预算调整率=0满分，每1个百分点扣0.3分，扣完为止。",
              evidence: "预算调整文件",
            },
            manualLeaf(
              "2.1.3",
              "支付进度率",
              "2",
              "国库集中支付进度表",
              "（自拟）评价人按实际支付进度÷既定支付进度评分。",
            ),
            {
              code: "2.1.4",
              name: "结转结余率",
              weight: "3",
              eitherOf: "carryover",
              indicator: "carryover.rate",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "lowerBetter", threshold: "0", perPoint: "0.3" },
              },
              standard: "（自拟）结转结余率=0满分，每1个百分点扣0.3分。",
              evidence: "部门决算报表",
            },
            {
              code: "2.1.5",
              name: "结转结余变动率",
              weight: "3",
              eitherOf: "carryover",
              indicator: "carryover.changeRate",
              rule: CHANGE_0,
              evidence: "本年及上年部门决算报表",
            },
            {
              code: "2.1.6",
              name: "公用经费控制率",
              weight: "3",
              indicator: "operatingExpenses.controlRate",
              rule: CONTROL_100,
              evidence: "基本支出决算明细",
            },
            {
              code: "2.1.7",
              name: "“三公经费”控制率",
              weight: "3",
              indicator: "threePublicExpenses.controlRate.total",
              rule: CONTROL_100,
              evidence: "“三公经费”预算及决算",
            },
            {
              code: "2.1.8",
              name: "政府采购执行率",
              weight: "2",
              indicator: "procurement.executionRate",
              rule: { type: "proportional", params: { direction: "target", target: "100" } },
              evidence: "政府采购预算及执行情况",
            },
          ],
        },
        {
          code: "2.2",
          name: "预算管理",
          weight: "12",
          children: [
            checklistLeaf("2.2.1", "管理制度健全性", "3", POINTS_53.budgetRules, "财务管理制度"),
            checklistLeaf(
              "2.2.2",
              "资金使用合规性",
              "3",
              POINTS_53.fundCompliance,
              "会计凭证；审计报告",
              { mode: "deductPerBreach" },
            ),
            checklistLeaf("2.2.3", "预决算信息公开性", "3", POINTS_53.disclosure, "预决算公开网页"),
            {
              code: "2.2.4",
              name: "基础信息完善性",
              weight: "3",
              rule: ERROR_FINDINGS_DEDUCT,
              standard: "（自拟）每处勾稽校验错误扣0.5分。",
              evidence: "基础数据表；勾稽校验结果",
            },
          ],
        },
        {
          code: "2.3",
          name: "资产管理",
          weight: "8",
          children: [
            checklistLeaf(
              "2.3.1",
              "管理制度健全性（资产）",
              "2",
              POINTS_53.assetRules,
              "资产管理制度",
            ),
            checklistLeaf("2.3.2", "资产管理安全性", "3", POINTS_53.assetSafety, "资产账；盘点表", {
              mode: "deductPerBreach",
            }),
            {
              code: "2.3.3",
              name: "固定资产利用率",
              weight: "3",
              indicator: "fixedAssets.utilizationRate",
              rule: UP_TO_100,
              evidence: "固定资产卡片",
            },
          ],
        },
      ],
    },
    {
      code: "3",
      name: "产出",
      weight: "20",
      children: [
        {
          code: "3.1",
          name: "职责履行",
          weight: "20",
          children: [
            manualLeaf(
              "3.1.1",
              "实际完成率",
              "6",
              "产出指标计划与实际完成数（performance.completionRate）",
            ),
            manualLeaf("3.1.2", "完成及时率", "5", "工作完成时间记录"),
            manualLeaf("3.1.3", "质量达标率", "5", "验收及质量检查记录"),
            manualLeaf("3.1.4", "重点工作办结率", "4", "重点工作清单及办结情况"),
          ],
        },
      ],
    },
    {
      code: "4",
      name: "效果",
      weight: "20",
      children: [
        {
          code: "4.1",
          name: "履职效益",
          weight: "20",
          children: [
            manualLeaf("4.1.1", "经济效益", "4", "经济效益佐证材料"),
            manualLeaf("4.1.2", "社会效益", "4", "社会效益佐证材料"),
            manualLeaf("4.1.3", "生态效益", "4", "生态效益佐证材料"),
            manualLeaf("4.1.4", "可持续影响", "3", "可持续影响佐证材料"),
            {
              code: "4.1.5",
              name: "社会公众或服务对象满意度",
              weight: "5",
              indicator: "satisfaction.score",
              rule: UP_TO_100,
              standard: "（自拟）5×min(满意度÷100, 1)。",
              evidence: "满意度调查问卷",
            },
          ],
        },
      ],
    },
  ],
};
