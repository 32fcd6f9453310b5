import type { Dataset } from "../../schema/dataset.ts";
import type { Rule } from "../rule.ts";
import type { Finding, Severity } from "../types.ts";

type ByType = readonly { type: string; count: number }[];

function typeList(byType: ByType): string {
  return byType.map((t) => `${t.type}${t.count}人`).join("、");
}

/**
 * staffing.consistency: headcounts that disagree within the staffing data —
 * - Σ 编制 by type ≠ 编制数, Σ 在职 by type ≠ 在职人数 (at budget time and at year end): error;
 * - 编制数 at budget time ≠ 编制数 at year end: warning when 在职人数 exceeds the budget-time
 *   编制 (then 在职人员控制率 depends on which 编制 is used), else info.
 * Units: 人, exact integers. Stated headcounts in the text are checked by stated.count.
 * @example 年初编制 282 人, 年末编制 288 人, 在职 288 人 → warning (seed 一(2) and 四(一)1)
 */
export const staffingConsistency: Rule = {
  id: "staffing.consistency",
  severity: "error",
  title: "人员编制数核对",
  titleEn: "Staffing and headcount consistency",
  description: "编制数、在职人数的分类合计应等于总数；年初与年末编制数不同时应予说明。",
  check: (dataset: Dataset) => {
    const rule = staffingConsistency;
    const out: Finding[] = [];
    const push = (
      severity: Severity,
      path: string,
      message: string,
      stated: number,
      expected: number,
    ) =>
      out.push({
        ruleId: rule.id,
        severity,
        title: rule.title,
        titleEn: rule.titleEn,
        locations: [{ section: "一、部门概况", path }],
        stated: String(stated),
        expected: String(expected),
        unit: "人",
        diagnosis: "mismatch",
        values: { 所述: `${stated}人`, 应为: `${expected}人` },
        message,
      });
    /**
     * Two counts that differ with neither wrong: the later one as `stated`, both labelled in
     * `values`, no `expected` (nothing is "应为").
     */
    const pushPair = (
      severity: Severity,
      path: string,
      message: string,
      stated: number,
      values: Record<string, string>,
    ) =>
      out.push({
        ruleId: rule.id,
        severity,
        title: rule.title,
        titleEn: rule.titleEn,
        locations: [{ section: "一、部门概况", path }],
        stated: String(stated),
        unit: "人",
        values,
        message,
      });
    const { atBudget, atYearEnd } = dataset.staffing;
    const sums: [string, string, number | null, ByType][] = [
      ["年初编制数", "staffing.atBudget", atBudget.authorizedHeadcount, atBudget.authorizedByType],
      [
        "年末编制数",
        "staffing.atYearEnd",
        atYearEnd.authorizedHeadcount,
        atYearEnd.authorizedByType,
      ],
      ["年末在职人数", "staffing.atYearEnd", atYearEnd.activeStaff, atYearEnd.activeByType],
    ];
    for (const [label, path, totalCount, byType] of sums) {
      if (totalCount === null || byType.length === 0) continue;
      const sum = byType.reduce((acc, t) => acc + t.count, 0);
      if (sum !== totalCount) {
        push(
          "error",
          path,
          `${label}为${totalCount}人，但分类数${typeList(byType)}合计${sum}人，相差${Math.abs(totalCount - sum)}人。`,
          totalCount,
          sum,
        );
      }
    }
    const yearEnd = atYearEnd.authorizedHeadcount;
    if (yearEnd !== null && yearEnd !== atBudget.authorizedHeadcount) {
      const over = atYearEnd.activeStaff > atBudget.authorizedHeadcount;
      const consequence = over
        ? `；在职${atYearEnd.activeStaff}人超过年初编制，在职人员控制率按年初编制为超编，按年末编制则不超编，须说明口径`
        : "";
      pushPair(
        over ? "warning" : "info",
        "staffing.atYearEnd.authorizedHeadcount",
        `年初部门预算核定编制${atBudget.authorizedHeadcount}人（${atBudget.asOf}），年末编制为${yearEnd}人（${atYearEnd.asOf}），前后相差${Math.abs(yearEnd - atBudget.authorizedHeadcount)}人${consequence}。`,
        yearEnd,
        {
          年初编制: `${atBudget.authorizedHeadcount}人`,
          年末编制: `${yearEnd}人`,
          年末在职: `${atYearEnd.activeStaff}人`,
        },
      );
    }
    return out;
  },
};

/**
 * organisation.counts: a budget-unit group whose listed names do not number its count.
 * Units: 个. Stated counts in the text (“15个职能股室”, “12个二级预算单位”) are checked by
 * stated.count against the organisation and budget-unit counts of metrics/catalogue.ts.
 * @example a group of 2 自收自支 units listing one name → error
 */
export const organisationCounts: Rule = {
  id: "organisation.counts",
  severity: "error",
  title: "预算单位与机构个数核对",
  titleEn: "Budget-unit and organisation counts",
  description: "预算单位各组列出的名单个数应等于该组的单位数。",
  check: (dataset: Dataset) =>
    dataset.budgetUnits.groups.flatMap((group, i): Finding[] => {
      if (group.names.length === 0 || group.names.length === group.count) return [];
      return [
        {
          ruleId: organisationCounts.id,
          severity: organisationCounts.severity,
          title: organisationCounts.title,
          titleEn: organisationCounts.titleEn,
          locations: [{ section: "一、部门概况", path: `budgetUnits.groups[${i}]` }],
          stated: String(group.count),
          expected: String(group.names.length),
          unit: "个",
          diagnosis: "mismatch",
          values: { 所述: `${group.count}个`, 名单: group.names.join("、") },
          message: `${group.level === 1 ? "一级" : "二级"}预算单位一组称${group.count}个，但名单列出${group.names.length}个（${group.names.join("、")}）。`,
        },
      ];
    }),
};
