import { parsePath } from "./paths.ts";

const LABELS: Record<string, string> = {
  department: "部门",
  functions: "主要职能",
  organisation: "机构设置",
  id: "标识",
  asOf: "日期",
  basis: "依据文件",
  internalDivisions: "内设股室",
  subordinateUnits: "下属二级机构",
  otherUnits: "其他单位",
  note: "说明",
  evaluationProcess: "评价过程",
  purpose: "评价目的",
  basisDocuments: "评价依据",
  title: "标题",
  documentNumber: "文号",
  organiser: "组织单位",
  agency: "评价机构",
  team: "评价组",
  method: "评价方法",
  phases: "工作阶段",
  name: "名称",
  from: "开始日期",
  to: "结束日期",
  description: "描述",
  contents: "评价内容",
  conclusion: "评价结论",
  reportDate: "报告日期",
  narrative: "报告文字",
  preamble: "开篇",
  organisationChanges: "机构调整",
  performanceGoals: "绩效目标",
  budgetScope: "预算规模",
  expenditureOverview: "支出总体情况",
  basicExpenditure: "基本支出",
  threePublicExpenses: "三公经费",
  threePublicManagement: "三公经费管理",
  operatingExpenses: "公用经费",
  budgetManagement: "预算资金管理",
  projectFunds: "项目资金安排",
  projectUsage: "项目资金使用",
  projectManagement: "项目管理",
  projectImplementation: "项目实施",
  projectSupervision: "项目监管",
  performanceSummary: "绩效情况",
  budgetAllocation: "预算配置",
  budgetExecution: "预算执行",
  budgetAdministration: "预算管理",
  achievements: "主要成绩",
  problems: "存在问题",
  recommendations: "改进建议",
  annexes: "附件",
  signature: "落款",
  tableNotes: "表注",
  heading: "标题",
  paragraphs: "段落",
};

/**
 * A Chinese reading of a dataset path, for the 说明 column of a path sheet.
 * @example pathLabel("narrative.problems[0].heading") === "报告文字·存在问题·第1项·标题"
 */
export function pathLabel(path: string): string {
  return (parsePath(path) ?? [])
    .map((s) => (typeof s === "number" ? `第${s + 1}项` : (LABELS[s] ?? s)))
    .join("·");
}
