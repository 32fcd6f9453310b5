import type { Dataset } from "../schema/dataset.ts";
import { percentRatio } from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import { projectTable } from "./projects.ts";
import { subsetTotal } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * 重点支出安排率 = 重点项目支出 ÷ 项目总支出 × 100%, both as budgeted (年度预算安排, 元), exact.
 * 重点项目 are the projects with `isKey: true`. Emitted only when at least one project says
 * whether it is key; a project whose flag is blank (null) while others are set makes the rate
 * null `missing` (blank is missing, never "not key").
 * Source: 财预〔2013〕53号 附件2 (重点支出安排率).
 * @example keyExpenditureIndicators(dataset with 土地成本 marked key) → 593,785,100 ÷
 *   650,501,700 = 91.2810…% (seed 2.2 amounts)
 */
export function keyExpenditureIndicators(dataset: Dataset): Indicator[] {
  const projects = dataset.projects;
  if (!projects.some((p) => p.isKey !== null)) return [];
  const table = projectTable(dataset);
  const budget = {
    field: "budget",
    get: (r: (typeof projects)[number]) => r.budget,
    label: "可用指标",
    totalLabel: "项目总支出",
  };
  const key = subsetTotal(table, budget, (p) => p.isKey === true, "重点项目支出");
  const all = subsetTotal(table, budget, () => true, "项目总支出");
  const unflagged = projects.flatMap((p, i) => (p.isKey === null ? [i] : []));
  const inputs = [key.input, all.input];
  if (unflagged.length > 0) {
    const where = unflagged.map((i) => `projects[${i}].isKey`).join("、");
    return [
      makeIndicator(
        "keyExpenditure.rate",
        undefined,
        {
          value: null,
          nullReason: "missing",
          reason: `${where}未标明是否重点项目（空白），无法计算。`,
        },
        inputs,
      ),
    ];
  }
  return [
    makeIndicator("keyExpenditure.rate", undefined, percentRatio(key.input, all.input), inputs),
  ];
}
