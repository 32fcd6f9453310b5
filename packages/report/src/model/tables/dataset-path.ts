import type { Dataset } from "@jixiao/core";

/** Chinese names of the dataset's blocks, as the 基础数据表 calls them. */
const BLOCK_NAMES: Record<string, string> = {
  budgetSummary: "预算规模",
  revenue: "收入情况",
  expenditure: "支出情况",
  allocation: "到位与使用",
  basicExpenditure: "基本支出明细",
  threePublicExpenses: "“三公经费”",
  operatingExpenses: "公用经费",
  projects: "项目支出",
  revenueTargets: "收入目标",
  performanceIndicators: "产出及效益指标",
  staffing: "人员情况",
  satisfaction: "满意度调查",
  budgetStages: "预算阶段",
  procurement: "政府采购",
  fixedAssets: "固定资产",
};

/** Chinese names of the dataset's fields. */
const FIELD_NAMES: Record<string, string> = {
  budget: "预算数",
  actual: "实际数",
  received: "到位数",
  used: "使用数",
  priorYearActual: "上年决算数",
  budgetExpenditure: "预算支出",
  budgetRevenue: "预算收入",
  plan: "计划任务",
  planned: "计划值",
  atBudget: "年初",
  atYearEnd: "年末",
  authorizedHeadcount: "编制数",
  activeStaff: "在职人数",
  retiredStaff: "离退休人数",
  questionnaires: "问卷数",
  score: "统计分值",
  inUse: "在用",
  total: "总额",
  priorYearCarryover: "上年结转",
  initialBudget: "年初预算",
  supplementaryAppropriation: "本年追加",
  yearEndCarryover: "年末结余",
};

/**
 * A dataset JSON path in words, for a finding's location: the block's name, the row's own name
 * (from the data) and the field's name. "[*]" reads 各行; a bracketed key such as
 * "[priorYearCarryover]" is kept as written. Unknown paths are returned unchanged.
 * @example datasetPathText(taojiang, "expenditure[0].budget") === "支出情况 › 工资福利费用 › 预算数"
 */
export function datasetPathText(dataset: Dataset, path: string): string {
  const m = /^([A-Za-z]+)(?:\[([^\]]+)\])?((?:\.[A-Za-z]+)*)(?:\[([^\]]+)\])?$/.exec(path);
  const block = m?.[1];
  if (!m || !block || !(block in BLOCK_NAMES)) return path;
  const parts = [BLOCK_NAMES[block] ?? block];
  const index = m[2];
  if (index === "*") parts.push("各行");
  else if (index !== undefined) {
    const rows = (dataset as unknown as Record<string, unknown>)[block];
    const row = Array.isArray(rows) && /^\d+$/.test(index) ? rows[Number(index)] : undefined;
    const name =
      row && typeof row === "object" && "name" in row && typeof row.name === "string"
        ? row.name
        : null;
    parts.push(name ?? `第${Number(index) + 1}行`);
  }
  for (const field of (m[3] ?? "").split(".").filter(Boolean))
    parts.push(FIELD_NAMES[field] ?? field);
  if (m[4] !== undefined) parts.push(m[4]);
  return parts.join(" › ");
}
