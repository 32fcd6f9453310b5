import { roundHalfUp } from "../../units/rounding.ts";
import { contextFor } from "../context.ts";
import { showYuan } from "../describe.ts";
import type { Rule } from "../rule.ts";
import type { Finding } from "../types.ts";
import { budgetLines } from "./budget-lines.ts";

/**
 * budget.overspend: a line whose actual exceeds a non-zero budget (实际 > 预算 > 0), per
 * expenditure line, 基本支出 line, "三公"经费 item and project; the excess in 元, exact.
 * @example 公务接待费 预算 820,000.00, 决算 900,000.00 → warning, 超支 80,000.00元
 */
export const budgetOverspend: Rule = {
  id: "budget.overspend",
  severity: "warning",
  title: "超预算支出",
  titleEn: "Spending over budget",
  description: "实际支出超过预算的支出项目。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    return budgetLines(context).flatMap((line): Finding[] => {
      const { budget, actual } = line;
      if (!budget || !actual || budget.lessThanOrEqualTo(0) || actual.lessThanOrEqualTo(budget))
        return [];
      const excess = actual.minus(budget);
      return [
        {
          ruleId: budgetOverspend.id,
          severity: budgetOverspend.severity,
          title: budgetOverspend.title,
          titleEn: budgetOverspend.titleEn,
          locations: [{ table: line.table, row: line.name, path: line.path }],
          stated: roundHalfUp(actual, 2),
          expected: roundHalfUp(budget, 2),
          unit: "元",
          values: { 预算: showYuan(budget), 实际: showYuan(actual), 超支: showYuan(excess) },
          message: `“${line.table}”中${line.name}实际支出${showYuan(actual)}超过预算${showYuan(budget)}，超支${showYuan(excess)}。`,
        },
      ];
    });
  },
};
