import { roundHalfUp } from "../../units/rounding.ts";
import { contextFor } from "../context.ts";
import { showYuan } from "../describe.ts";
import type { Rule } from "../rule.ts";
import type { Finding } from "../types.ts";
import { budgetLines } from "./budget-lines.ts";

/**
 * budget.no-budget-line: spending on a line whose budget is blank or 0 — per expenditure line,
 * per 基本支出 line, per "三公"经费 item and per project (x ÷ 0: the control rate is undefined).
 * @example 公务用车运行维护费 预算 0.00, 决算 21,514.87 → warning (seed 1.2.1)
 */
export const budgetNoBudgetLine: Rule = {
  id: "budget.no-budget-line",
  severity: "warning",
  title: "无预算支出",
  titleEn: "Spending without a budget line",
  description: "有实际支出而预算为空白或为0的支出项目。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    return budgetLines(context).flatMap((line): Finding[] => {
      if (!line.actual || line.actual.lessThanOrEqualTo(0)) return [];
      if (line.budget && !line.budget.isZero()) return [];
      const budgetShown = line.budget ? showYuan(line.budget) : "空白";
      return [
        {
          ruleId: budgetNoBudgetLine.id,
          severity: budgetNoBudgetLine.severity,
          title: budgetNoBudgetLine.title,
          titleEn: budgetNoBudgetLine.titleEn,
          locations: [{ table: line.table, row: line.name, path: `${line.path}.budget` }],
          // stated: the spending; no expected value — the spending is not wrong, the budget is absent.
          stated: roundHalfUp(line.actual, 2),
          unit: "元",
          values: { 预算: budgetShown, 实际支出: showYuan(line.actual) },
          message: `“${line.table}”中${line.name}预算为${line.budget ? "0" : "空白"}，实际支出${showYuan(line.actual)}：无预算安排而发生支出，控制率无法计算。`,
        },
      ];
    });
  },
};
