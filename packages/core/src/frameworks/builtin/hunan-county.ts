import type { FrameworkInput } from "../schema.ts";
import {
  checklistLeaf,
  ERROR_FINDINGS_DEDUCT,
  F53,
  HUNAN_COMPLETION_RULE,
  HUNAN_CONTROL_BANDS,
  HUNAN_STAFF_RULE,
  HUNAN_THREE_PUBLIC_CHANGE_RULE,
  manualLeaf,
  POINTS_53,
} from "./common-items.ts";

/**
 * A Hunan-style county framework (湖南省县级部门整体支出绩效评价指标, adapted).
 *
 * Published Hunan rules (湖南省部门整体支出绩效评价指标表, as reproduced in county tables):
 * 在职人员控制率 (≤100% 满分，每超1个百分点扣0.5分), “三公经费”变动率 (≤0 满分，每超1个百分点扣0.5分),
 * 预算完成率 (100% 满分，每低于5%扣2分), 预算控制率 (=0 5分；(0,10%] 4分；(10%,20%] 3分；
 * (20%,30%] 2分；>30% 0分). The tree follows 财预〔2013〕53号 附件2. Every other rule and weight is
 * ours and says so in its `standard`.
 */
export const HUNAN_COUNTY_FRAMEWORK: FrameworkInput = {
  schemaVersion: 1,
  id: "hunan-county-2020",
  name: "湖南省县级部门整体支出绩效评价指标（湖南式，改编）",
  version: "2020.1",
  jurisdiction: "湖南省（县级）",
  effectiveYear: 2020,
  authorship: "adapted",
  sources: [
    {
      title: "湖南省部门整体支出绩效评价指标表（县市区财政局转发的通用评分表）",
      note: "在职人员控制率、“三公经费”变动率、预算完成率、预算控制率四项的评分标准取自该表",
    },
    F53,
    { title: "湖南省预算支出绩效评价管理办法", documentNumber: "湘财绩〔2020〕7号" },
  ],
  description:
    "投入10、过程60、产出15、效果15。四项定量指标采用湖南已公布的评分标准；其余指标的分值和评分标准为jixiao自拟，供复制修改。",
  notes: [
    "湖南表的“三公经费”变动率以预算数计；数据集只有上年决算数，故按决算数口径（threePublicExpenses.changeRate.total）计算。",
    "预算完成率取湖南公式（上年结转+年初预算+本年追加−年末结余）÷（上年结转+年初预算+本年追加）。",
    "标注“（自拟）”的评分标准为jixiao的默认设置，不是湖南省公布的标准。",
  ],
  nodes: [
    {
      code: "1",
      name: "投入",
      weight: "10",
      children: [
        {
          code: "1.1",
          name: "预算配置",
          weight: "10",
          children: [
            {
              code: "1.1.1",
              name: "在职人员控制率",
              weight: "5",
              indicator: "staffing.activeStaffControlRate",
              rule: HUNAN_STAFF_RULE,
              description:
                "在职人员控制率=（在职人员数÷编制数）×100%，反映部门对人员成本的控制程度。",
              standard:
                "以100%为标准。在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止。",
              evidence: "编制部门核定批复的编制文件；年末在职人员花名册",
            },
            {
              code: "1.1.2",
              name: "“三公经费”变动率",
              weight: "5",
              indicator: "threePublicExpenses.changeRate.total",
              rule: HUNAN_THREE_PUBLIC_CHANGE_RULE,
              description:
                "“三公经费”变动率=［（本年度“三公经费”总额−上年度“三公经费”总额）÷上年度“三公经费”总额］×100%。",
              standard: "“三公经费”变动率≤0，计5分；>0，每超过一个百分点扣0.5分，扣完为止。",
              evidence: "本年及上年“三公经费”决算表",
            },
          ],
        },
      ],
    },
    {
      code: "2",
      name: "过程",
      weight: "60",
      children: [
        {
          code: "2.1",
          name: "预算执行",
          weight: "30",
          children: [
            {
              code: "2.1.1",
              name: "预算完成率",
              weight: "5",
              indicator: "budgetExecution.completionRate",
              rule: HUNAN_COMPLETION_RULE,
              description:
                "预算完成率=（上年结转+年初预算+本年追加预算−年末结余）÷（上年结转+年初预算+本年追加预算）×100%。",
              standard: "100%计满分，每低于5%扣2分，扣完为止。",
              evidence: "部门决算报表；预算指标文件",
            },
            {
              code: "2.1.2",
              name: "预算控制率",
              weight: "5",
              indicator: "budgetExecution.controlRate",
              rule: HUNAN_CONTROL_BANDS,
              description: "预算控制率=（本年追加预算÷年初预算）×100%。",
              standard:
                "预算控制率=0，计5分；0–10%（含），计4分；10–20%（含），计3分；20–30%（含），计2分；大于30%不得分。",
              evidence: "年初预算批复；预算追加指标通知单",
            },
            {
              code: "2.1.3",
              name: "结转结余率",
              weight: "5",
              eitherOf: "carryover",
              indicator: "carryover.rate",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "lowerBetter", threshold: "1", perPoint: "1" },
              },
              description:
                "结转结余率=结转结余总额÷支出预算数×100%（与结转结余变动率二者择其一）。",
              standard: "（自拟）结转结余率≤1%，计5分；每超过一个百分点扣1分，扣完为止。",
              evidence: "部门决算报表（结转结余）",
            },
            {
              code: "2.1.4",
              name: "结转结余变动率",
              weight: "5",
              eitherOf: "carryover",
              indicator: "carryover.changeRate",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "lowerBetter", threshold: "0", perPoint: "0.5" },
              },
              description:
                "结转结余变动率=［（本年度累计结转结余资金总额−上年度累计结转结余资金总额）÷上年度累计结转结余资金总额］×100%。",
              standard: "（自拟）结转结余变动率≤0，计5分；每超过一个百分点扣0.5分，扣完为止。",
              evidence: "本年及上年部门决算报表",
            },
            {
              code: "2.1.5",
              name: "公用经费控制率",
              weight: "5",
              indicator: "operatingExpenses.controlRate",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "lowerBetter", threshold: "100", perPoint: "0.5" },
              },
              description: "公用经费控制率=（实际支出公用经费总额÷预算安排公用经费总额）×100%。",
              standard: "（自拟）公用经费控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止。",
              evidence: "基本支出决算明细表",
            },
            {
              code: "2.1.6",
              name: "“三公经费”控制率",
              weight: "5",
              indicator: "threePublicExpenses.controlRate.total",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "lowerBetter", threshold: "100", perPoint: "0.5" },
              },
              description: "“三公经费”控制率=（“三公经费”实际支出数÷“三公经费”预算安排数）×100%。",
              standard: "（自拟）“三公经费”控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止。",
              evidence: "“三公经费”预算及决算表",
            },
            {
              code: "2.1.7",
              name: "政府采购执行率",
              weight: "5",
              indicator: "procurement.executionRate",
              rule: { type: "proportional", params: { direction: "higherBetter", target: "100" } },
              description: "政府采购执行率=（实际政府采购金额÷政府采购预算数）×100%。",
              standard: "（自拟）按执行比例计分：5×min(执行率÷100%, 1)。",
              evidence: "政府采购预算及执行情况表",
            },
          ],
        },
        {
          code: "2.2",
          name: "预算管理",
          weight: "20",
          children: [
            checklistLeaf(
              "2.2.1",
              "管理制度健全性",
              "5",
              POINTS_53.budgetRules,
              "预算资金管理办法、内部财务管理制度、会计核算制度",
              { standard: "（自拟）按53号评价要点，每项达标得相应分值。" },
            ),
            checklistLeaf(
              "2.2.2",
              "资金使用合规性",
              "5",
              POINTS_53.fundCompliance,
              "会计凭证、拨付审批手续、审计报告",
              {
                mode: "deductPerBreach",
                standard: "（自拟）按53号评价要点，每违反一项扣1分，扣完为止。",
              },
            ),
            checklistLeaf(
              "2.2.3",
              "预决算信息公开性",
              "5",
              POINTS_53.disclosure,
              "预决算公开网页截图及时间",
              { standard: "（自拟）按53号评价要点，每项达标得相应分值。" },
            ),
            {
              code: "2.2.4",
              name: "基础信息完善性",
              weight: "5",
              rule: ERROR_FINDINGS_DEDUCT,
              standard: "（自拟）基础数据表每有一处勾稽校验错误扣0.5分，扣完为止。",
              evidence: "基础数据表；jixiao 勾稽校验结果",
            },
          ],
        },
        {
          code: "2.3",
          name: "资产管理",
          weight: "10",
          children: [
            checklistLeaf(
              "2.3.1",
              "管理制度健全性（资产）",
              "3",
              POINTS_53.assetRules,
              "资产管理制度",
              { standard: "（自拟）按53号评价要点，每项达标得1分。" },
            ),
            checklistLeaf(
              "2.3.2",
              "资产管理安全性",
              "4",
              POINTS_53.assetSafety,
              "资产账、盘点表、处置审批",
              {
                mode: "deductPerBreach",
                standard: "（自拟）按53号评价要点，每违反一项扣0.8分，扣完为止。",
              },
            ),
            {
              code: "2.3.3",
              name: "固定资产利用率",
              weight: "3",
              indicator: "fixedAssets.utilizationRate",
              rule: { type: "proportional", params: { direction: "higherBetter", target: "100" } },
              description: "固定资产利用率=（实际在用固定资产总额÷所有固定资产总额）×100%。",
              standard: "（自拟）3×min(利用率÷100%, 1)。",
              evidence: "固定资产卡片及盘点表",
            },
          ],
        },
      ],
    },
    {
      code: "3",
      name: "产出",
      weight: "15",
      children: [
        {
          code: "3.1",
          name: "职责履行",
          weight: "15",
          children: [
            manualLeaf(
              "3.1.1",
              "实际完成率",
              "5",
              "年度工作计划及完成情况；产出指标实际完成数（performance.completionRate）",
              "（自拟）评价人依各产出指标完成率评分。",
            ),
            manualLeaf(
              "3.1.2",
              "完成及时率",
              "3",
              "工作台账及完成时间记录",
              "（自拟）评价人评分。",
            ),
            manualLeaf(
              "3.1.3",
              "质量达标率",
              "4",
              "验收报告、质量检查记录",
              "（自拟）评价人评分。",
            ),
            manualLeaf(
              "3.1.4",
              "重点工作办结率",
              "3",
              "县委县政府交办重点工作清单及办结情况",
              "（自拟）评价人评分。",
            ),
          ],
        },
      ],
    },
    {
      code: "4",
      name: "效果",
      weight: "15",
      children: [
        {
          code: "4.1",
          name: "履职效益",
          weight: "15",
          children: [
            manualLeaf(
              "4.1.1",
              "经济效益",
              "3",
              "非税收入等经济指标完成情况",
              "（自拟）评价人评分。",
            ),
            manualLeaf("4.1.2", "社会效益", "3", "社会效益佐证材料", "（自拟）评价人评分。"),
            manualLeaf("4.1.3", "生态效益", "3", "生态效益佐证材料", "（自拟）评价人评分。"),
            {
              code: "4.1.4",
              name: "社会公众或服务对象满意度",
              weight: "6",
              indicator: "satisfaction.score",
              rule: {
                type: "thresholdDeduct",
                params: { direction: "higherBetter", threshold: "90", perPoint: "0.5" },
              },
              standard: "（自拟）满意度≥90分，计6分；每低1分扣0.5分，扣完为止。",
              evidence: "满意度调查问卷及统计表",
            },
          ],
        },
      ],
    },
  ],
};
