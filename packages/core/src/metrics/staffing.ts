import type { Dataset } from "../schema/dataset.ts";
import { cell, percentRatio, plain, total } from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator, IndicatorInput } from "./types.ts";

/**
 * 人员 indicators (人): 编制数 (年初部门预算核定), 年末编制数, 在职人员数 (年末实际), each also by
 * type (全额编制, 自收自支编制 … as written; rows of the same type are summed), 离退休人员数,
 * and 在职人员控制率 = 在职人员数 ÷ 编制数 × 100%, where 编制数 is the 年初预算核定编制数
 * (`staffing.atBudget.authorizedHeadcount`), not a year-end re-approval. Exact; display
 * 四舍五入 2 places. Edges: 编制数 0 → null (`undefined`, or 不适用 when 在职 is 0 too); a blank
 * count → null `missing`.
 * Source: 财预〔2013〕53号 附件2 (在职人员控制率).
 * @example staffingIndicators(seed) → "staffing.activeStaffControlRate" = 288 ÷ 282 × 100% =
 *   102.1277…% (seed 一、（2）: 编制 282 人, 年末在职 288 人)
 */
export function staffingIndicators(dataset: Dataset): Indicator[] {
  const { atBudget, atYearEnd, retiredStaff } = dataset.staffing;
  const authorized = cell(
    "年初预算核定编制数",
    atBudget.authorizedHeadcount,
    "人",
    "staffing.atBudget.authorizedHeadcount",
  );
  const yearEndAuthorized = cell(
    "年末编制数",
    atYearEnd.authorizedHeadcount,
    "人",
    "staffing.atYearEnd.authorizedHeadcount",
  );
  const active = cell(
    "年末在职人员数",
    atYearEnd.activeStaff,
    "人",
    "staffing.atYearEnd.activeStaff",
  );
  const retired = cell("离退休人员数", retiredStaff, "人", "staffing.retiredStaff");
  const byType = (
    code: string,
    rows: readonly { type: string; count: number }[],
    path: string,
    label: string,
  ) => {
    const groups = new Map<string, IndicatorInput[]>();
    rows.forEach((r, i) => {
      const input = cell(`${r.type}${label}`, r.count, "人", `${path}[${i}].count`);
      groups.set(r.type, [...(groups.get(r.type) ?? []), input]);
    });
    return [...groups].map(([type, inputs]) => makeIndicator(code, type, total(inputs), inputs));
  };
  return [
    ...byType(
      "staffing.authorizedHeadcount.byType",
      atBudget.authorizedByType,
      "staffing.atBudget.authorizedByType",
      "编制数",
    ),
    ...byType(
      "staffing.authorizedHeadcount.yearEnd.byType",
      atYearEnd.authorizedByType,
      "staffing.atYearEnd.authorizedByType",
      "年末编制数",
    ),
    ...byType(
      "staffing.activeStaff.byType",
      atYearEnd.activeByType,
      "staffing.atYearEnd.activeByType",
      "在职人员数",
    ),
    makeIndicator("staffing.authorizedHeadcount", undefined, plain(authorized), [authorized]),
    makeIndicator("staffing.authorizedHeadcount.yearEnd", undefined, plain(yearEndAuthorized), [
      yearEndAuthorized,
    ]),
    makeIndicator("staffing.activeStaff", undefined, plain(active), [active]),
    makeIndicator("staffing.retiredStaff", undefined, plain(retired), [retired]),
    makeIndicator("staffing.activeStaffControlRate", undefined, percentRatio(active, authorized), [
      active,
      authorized,
    ]),
  ];
}
