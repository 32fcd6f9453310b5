import { sum } from "../decimal.ts";
import type { Dataset } from "../schema/dataset.ts";
import { cell, type Outcome } from "./derive.ts";
import { makeIndicator } from "./indicator.ts";
import type { Indicator, IndicatorInput } from "./types.ts";

function countTotal(inputs: IndicatorInput[]): Outcome {
  return { value: sum(inputs.flatMap((i) => (i.value === null ? [] : [i.value]))) };
}

/**
 * 部门概况 counts (个), so that stated counts can be checked:
 * - 一级预算单位数 and 二级预算单位数 = Σ counts of the budget-unit groups of that level;
 * - 二级预算单位数 per 经费形式 (全额拨款, 参公, 自收自支 …);
 * - 内设股室数 and 下属二级机构数 per organisation stage (年初, after a reorganisation …),
 *   counting the names listed (a repeated stage id is counted once, at its first stage).
 * Counts are exact integers; a level with no group counts 0 (the groups are the whole list).
 * @example profileIndicators(seed) → "budgetUnits.count.level2" = 1 + 9 + 2 = 12 (一、（一）:
 *   12个二级预算单位); "budgetUnits.count.level2ByFundingType[full]" = 9
 */
export function profileIndicators(dataset: Dataset): Indicator[] {
  const out: Indicator[] = [];
  const groups = dataset.budgetUnits.groups.map((g, i) => ({
    group: g,
    input: cell(`${g.level}级预算单位数`, g.count, "个", `budgetUnits.groups[${i}].count`),
  }));
  for (const level of [1, 2] as const) {
    const inputs = groups.filter((g) => g.group.level === level).map((g) => g.input);
    out.push(
      makeIndicator(`budgetUnits.count.level${level}`, undefined, countTotal(inputs), inputs),
    );
  }
  const byFunding = new Map<string, IndicatorInput[]>();
  for (const { group, input } of groups) {
    if (group.level !== 2) continue;
    byFunding.set(group.fundingType, [...(byFunding.get(group.fundingType) ?? []), input]);
  }
  for (const [fundingType, inputs] of byFunding) {
    out.push(
      makeIndicator(
        "budgetUnits.count.level2ByFundingType",
        fundingType,
        countTotal(inputs),
        inputs,
      ),
    );
  }
  const seen = new Set<string>();
  dataset.organisation.forEach((stage, i) => {
    if (seen.has(stage.id)) return;
    seen.add(stage.id);
    const divisions = cell(
      "内设股室数",
      stage.internalDivisions.length,
      "个",
      `organisation[${i}].internalDivisions`,
    );
    const units = cell(
      "下属二级机构数",
      stage.subordinateUnits.length,
      "个",
      `organisation[${i}].subordinateUnits`,
    );
    out.push(
      makeIndicator("organisation.internalDivisions.count", stage.id, countTotal([divisions]), [
        divisions,
      ]),
      makeIndicator("organisation.subordinateUnits.count", stage.id, countTotal([units]), [units]),
    );
  });
  return out;
}
