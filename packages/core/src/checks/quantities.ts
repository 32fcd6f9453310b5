import { Decimal } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import type { Dataset } from "../schema/dataset.ts";
import { FUNDING_TYPE_NAMES } from "../schema/enums.ts";

/**
 * Codes of the counts the checks derive from the organisation lists and budget-unit groups, so
 * that stated counts ("15个职能股室", "12个二级预算单位") can point at them with `refersTo`.
 * They are not 绩效指标 and are not in metrics/catalogue.ts.
 */
export const ORGANISATION_QUANTITY_CODES = {
  internalDivisions: "organisation.internalDivisions.count",
  subordinateUnits: "organisation.subordinateUnits.count",
  otherUnits: "organisation.otherUnits.count",
  budgetUnits: "budgetUnits.count",
} as const;

function count(
  code: string,
  param: string | undefined,
  name: string,
  value: number,
  path: string,
  formula: string,
): Indicator {
  const indicator: Indicator = {
    key: param === undefined ? code : `${code}[${param}]`,
    code,
    name,
    unit: "个",
    value: new Decimal(value),
    formula,
    inputs: [{ label: name, value: new Decimal(value), unit: "个", path }],
  };
  if (param !== undefined) indicator.param = param;
  return indicator;
}

/**
 * Counts of the organisation lists (per stage: 内设股室, 下属二级机构, 其他单位, 个) and of the
 * budget units (in total, per level and per level and funding type, 个), as quantities keyed
 * like indicators:
 * - `organisation.internalDivisions.count[stageId]` = 内设股室名单的个数;
 * - `organisation.subordinateUnits.count[stageId]` = 下属二级机构名单的个数;
 * - `organisation.otherUnits.count[stageId]`;
 * - `budgetUnits.count` = Σ 各组预算单位数; `budgetUnits.count[1]`, `budgetUnits.count[2]` by
 *   level; `budgetUnits.count[2.full]` by level and funding type.
 * Exact integers; no edge cases (an empty list counts 0).
 * @example organisationQuantities(taojiang).find(q => q.key === "budgetUnits.count[2]")?.value // 12
 */
export function organisationQuantities(dataset: Dataset): Indicator[] {
  const out: Indicator[] = [];
  dataset.organisation.forEach((stage, i) => {
    const at = `（${stage.asOf}）`;
    out.push(
      count(
        ORGANISATION_QUANTITY_CODES.internalDivisions,
        stage.id,
        `内设股室个数${at}`,
        stage.internalDivisions.length,
        `organisation[${i}].internalDivisions`,
        "内设股室名单个数",
      ),
      count(
        ORGANISATION_QUANTITY_CODES.subordinateUnits,
        stage.id,
        `下属二级机构个数${at}`,
        stage.subordinateUnits.length,
        `organisation[${i}].subordinateUnits`,
        "下属二级机构名单个数",
      ),
      count(
        ORGANISATION_QUANTITY_CODES.otherUnits,
        stage.id,
        `其他下辖单位个数${at}`,
        stage.otherUnits.length,
        `organisation[${i}].otherUnits`,
        "其他下辖单位名单个数",
      ),
    );
  });
  const groups = dataset.budgetUnits.groups;
  if (groups.length > 0) {
    const total = groups.reduce((acc, g) => acc + g.count, 0);
    out.push(
      count(
        ORGANISATION_QUANTITY_CODES.budgetUnits,
        undefined,
        "预算单位个数",
        total,
        "budgetUnits.groups",
        "Σ 各组预算单位数",
      ),
    );
    for (const level of [1, 2] as const) {
      const ofLevel = groups.filter((g) => g.level === level);
      if (ofLevel.length === 0) continue;
      const levelName = level === 1 ? "一级预算单位个数" : "二级预算单位个数";
      out.push(
        count(
          ORGANISATION_QUANTITY_CODES.budgetUnits,
          String(level),
          levelName,
          ofLevel.reduce((acc, g) => acc + g.count, 0),
          "budgetUnits.groups",
          `Σ ${levelName}`,
        ),
      );
      const byType = new Map<string, number>();
      for (const g of ofLevel)
        byType.set(g.fundingType, (byType.get(g.fundingType) ?? 0) + g.count);
      for (const [type, n] of byType) {
        const name = `${levelName}（${FUNDING_TYPE_NAMES[type as keyof typeof FUNDING_TYPE_NAMES]}）`;
        out.push(
          count(
            ORGANISATION_QUANTITY_CODES.budgetUnits,
            `${level}.${type}`,
            name,
            n,
            "budgetUnits.groups",
            name,
          ),
        );
      }
    }
  }
  return out;
}
