import { catalogueEntry, parseKey } from "../../metrics/catalogue.ts";
import type { Indicator } from "../../metrics/types.ts";
import type { Dataset } from "../../schema/dataset.ts";
import { type CheckContext, contextFor } from "../context.ts";
import { figureLocation, paramName, placeOf, quantityName, showStated } from "../describe.ts";
import type { Judgement } from "../judge.ts";
import type { Rule } from "../rule.ts";
import { statedFinding } from "../stated-finding.ts";
import { judgements, ownerOf, type StatedOwner } from "../stated-routing.ts";
import type { Finding } from "../types.ts";
import { explainedFigureIds } from "./classification.ts";

type Meta = Omit<Rule, "check">;

/** Why a key names nothing: a catalogued quantity whose line the data lack, or an unknown key. */
function missingQuantity(key: string, dataset: Dataset): string {
  const { code, param } = parseKey(key);
  const entry = catalogueEntry(code);
  if (!entry) return "所指的量不在指标目录中";
  const item = param === undefined ? "" : `（${paramName(param, dataset)}）`;
  return `数据中没有${entry.name}${item}这一项`;
}

const byOwner = new WeakMap<CheckContext, Map<StatedOwner, Judgement[]>>();

/** The stated figures a rule owns, judged (see stated-routing.ts); routed once per run. */
function owned(dataset: Dataset, indicators: readonly Indicator[], owner: StatedOwner) {
  const context = contextFor(dataset, indicators);
  let owners = byOwner.get(context);
  if (!owners) {
    owners = new Map();
    const explained = explainedFigureIds(context);
    for (const j of judgements(context)) {
      const o = ownerOf(context, j, explained);
      const list = owners.get(o);
      if (list) list.push(j);
      else owners.set(o, [j]);
    }
    byOwner.set(context, owners);
  }
  return { context, judged: owners.get(owner) ?? [] };
}

function statedRule(meta: Meta & { id: StatedOwner }): Rule {
  const rule: Rule = {
    ...meta,
    check(dataset, indicators) {
      const { context, judged } = owned(dataset, indicators, meta.id);
      return judged.flatMap((j) => statedFinding(rule, context, j) ?? []);
    },
  };
  return rule;
}

/**
 * table.row-sum: every 合计 row and every difference column a table states (stated figures
 * referring to `*.total`, `*.difference`, `*.carryover` keys) against the exact sums and
 * differences of the table's rows, to the 分. Findings name the table.
 * @example a 合计 of 682,237,464.67 over rows summing to 682,237,464.66 → error, 多0.01元
 */
export const tableRowSum = statedRule({
  id: "table.row-sum",
  severity: "error",
  title: "表内合计与差额核对",
  titleEn: "Table totals and difference columns",
  description: "表中列示的合计数、差额数应等于各行数据之和、两列之差，精确到分。",
});

/**
 * stated.amount: an amount the report states in 元 against the recomputed quantity, to the 分
 * (one 分 of difference is a finding).
 * @example 基本支出 stated 31,735,764.68元 against 31,735,764.67 → error, 所述数多0.01元 (seed 二、1.1)
 */
export const statedAmount = statedRule({
  id: "stated.amount",
  severity: "error",
  title: "文中金额与数据核对",
  titleEn: "Stated amounts (元) against the data",
  description: "文中以元列示的金额应与按数据重算的金额一致，精确到分。",
});

/**
 * stated.restatement: an amount restated in 万元 or 亿元 against the 元 quantity, 四舍五入 at the
 * written places (81.9 万元 of 819,000 元 matches; 68,223.7464 万元 of 682,237,464.67 元 is 截尾).
 * @example 68223.7464万元 for 682,237,464.67元 → warning, 截尾 (seed 一、（三）)
 */
export const statedRestatement = statedRule({
  id: "stated.restatement",
  severity: "error",
  title: "万元折算与元金额核对",
  titleEn: "Restatements in 万元/亿元 against the 元 amounts",
  description: "以万元、亿元重述的金额，按所写位数四舍五入后应等于元金额的折算值。",
});

/**
 * stated.rate: a stated rate (%) against the recomputed rate at the stated precision; says
 * whether it was truncated, used a wrong denominator (naming it), or is a plain mismatch; rates
 * from inputs given rounded are judged with interval arithmetic.
 * @example 预算完成率99.84% for 99.849…% → warning, 截尾 (seed 四(一)2); 537% → error (seed 四(二)(4))
 */
export const statedRate = statedRule({
  id: "stated.rate",
  severity: "error",
  title: "比率核对",
  titleEn: "Stated rates against the recomputed rates",
  description:
    "文中列示的比率应等于按数据精确计算后四舍五入到所写位数的值；由舍入后的输入算出的比率按区间判断。",
});

/**
 * stated.count: stated headcounts, unit counts, areas and other quantities against the data.
 * @example 2386.7亩 for 159.1181公顷 (= 2386.7715亩) → warning, 截尾 (seed 四(二)(1))
 */
export const statedCount = statedRule({
  id: "stated.count",
  severity: "error",
  title: "人数、个数等数量核对",
  titleEn: "Stated counts and quantities against the data",
  description: "文中列示的人数、机构个数、面积等数量应与数据一致。",
});

/**
 * stated.unknown-quantity: a stated figure whose `refersTo` names no quantity that the data
 * yields, or one in a unit that cannot be converted: it cannot be checked, and says so.
 * @example “上年结转结余2,229,464.67元” → revenue.used[priorYearCarryover], no such line → warning (seed 预算规模表注)
 */
export const statedUnknownQuantity: Rule = {
  id: "stated.unknown-quantity",
  severity: "warning",
  title: "无法核对的列示数",
  titleEn: "Stated figures that name no known quantity",
  description: "列示数所指的量在数据中不存在或单位不可换算，无法核对。",
  check: (dataset, indicators) => {
    const rule = statedUnknownQuantity;
    const { judged } = owned(dataset, indicators, "stated.unknown-quantity");
    return judged.map((j): Finding => {
      const q = j.quantity;
      const why =
        j.problem === "incompatibleUnit" && q
          ? `其单位${j.figure.unit}与所指${quantityName(q, dataset)}的单位${String(q.unit)}不可换算`
          : missingQuantity(j.figure.refersTo ?? "", dataset);
      return {
        ruleId: rule.id,
        severity: rule.severity,
        title: rule.title,
        titleEn: rule.titleEn,
        locations: [figureLocation(j.figure)],
        stated: j.figure.value,
        unit: j.figure.unit,
        values: { 所述: showStated(j.figure), 所指: j.figure.refersTo ?? "" },
        message: `${placeOf(j.figure.location)}所列${showStated(j.figure)}无法核对：${why}。`,
      };
    });
  },
};

export { owned as ownedStatedFigures };
