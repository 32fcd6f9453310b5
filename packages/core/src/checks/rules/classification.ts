import { Decimal } from "../../decimal.ts";
import type { Dataset, StatedFigure } from "../../schema/dataset.ts";
import { EXPENSE_ITEM_NAMES, type ExpenseItem } from "../../schema/enums.ts";
import { decimalPlaces, roundHalfUp } from "../../units/rounding.ts";
import { type CheckContext, contextFor } from "../context.ts";
import { figureLocation, placeOf, showStated, showYuan } from "../describe.ts";
import { roundsTo } from "../precision.ts";
import type { Rule } from "../rule.ts";
import type { Finding, FindingLocation } from "../types.ts";
import { conversionFactor } from "../units.ts";

/** 政府支出经济分类 codes of the basic-expenditure classes. */
const CLASS_CODES: Partial<Record<ExpenseItem, string>> = {
  wagesAndBenefits: "301",
  goodsAndServices: "302",
  householdSubsidies: "303",
  capitalExpenditure: "310",
};
const CLASSES: readonly ExpenseItem[] = [
  "wagesAndBenefits",
  "goodsAndServices",
  "householdSubsidies",
  "capitalExpenditure",
  "depreciation",
];
/** 人员经费 = 301 + 303; 公用经费 = 302 + 310 (政府支出经济分类). */
const PERSONNEL: readonly ExpenseItem[] = ["wagesAndBenefits", "householdSubsidies"];
const OPERATING: readonly ExpenseItem[] = ["goodsAndServices", "capitalExpenditure"];

type Column = "budget" | "actual";
type Kind = "personnel" | "operating";

/** Quantity keys whose stated figures the rule reads: what kind and which column. */
const KEYS: Record<string, { kind: Kind; column: Column }> = {
  "expenditure.personnel.actual": { kind: "personnel", column: "actual" },
  "expenditure.operating.actual": { kind: "operating", column: "actual" },
  "operatingExpenses.actual": { kind: "operating", column: "actual" },
  "operatingExpenses.budget": { kind: "operating", column: "budget" },
};

/** Σ per basic-expenditure class of one column (expenditure lines of kind basic, else 基本支出明细). */
function classTotals(dataset: Dataset, column: Column): Map<ExpenseItem, Decimal> {
  const basic = dataset.expenditure.filter((l) => l.kind === "basic");
  const rows = basic.length > 0 ? basic : dataset.basicExpenditure;
  const totals = new Map<ExpenseItem, Decimal>();
  for (const row of rows) {
    const v = row[column];
    if (v === null || !CLASSES.includes(row.item)) continue;
    totals.set(row.item, (totals.get(row.item) ?? new Decimal(0)).plus(v));
  }
  return totals;
}

/** What a stated 人员经费/公用经费 figure shows about where 303 was counted. */
export interface Misclassification {
  kind: Kind;
  column: Column;
  /** The classes whose sum equals the stated value. */
  counted: ExpenseItem[];
  /** The classes the standard classification puts in this kind. */
  standard: ExpenseItem[];
  standardTotal: Decimal;
  countedTotal: Decimal;
  subsidies: Decimal;
}

function subsets(items: readonly ExpenseItem[]): ExpenseItem[][] {
  const out: ExpenseItem[][] = [[]];
  for (const item of items) {
    for (const s of out.slice()) out.push([...s, item]);
  }
  return out;
}

/**
 * Whether a stated 人员经费 or 公用经费 (元 at 2 places, or 万元 at the written places) equals a
 * sum of basic-expenditure classes that differs from the standard one (人员经费 = 301 + 303,
 * 公用经费 = 302 + 310) exactly by 对个人和家庭的补助 (303), 303 being non-zero: that is, 303
 * counted in 公用经费, or left out of 人员经费. Null when the standard sum matches or no such
 * sum explains the figure.
 * Source: 政府收支分类科目（支出经济分类）; 财预〔2013〕53号 附件2 (公用经费).
 * @example misclassification(dataset, "5624982.50", "元", "operatingExpenses.actual")
 *   // counted: 302 + 303 = 4,819,029.50 + 805,953.00 (seed 二、1.1 日常公用经费)
 */
export function misclassification(
  dataset: Dataset,
  value: string,
  unit: string,
  key: string,
): Misclassification | null {
  const meta = KEYS[key];
  const factor = conversionFactor("元", unit);
  if (!meta || !factor) return null;
  const totals = classTotals(dataset, meta.column);
  const subsidies = totals.get("householdSubsidies");
  if (!subsidies || subsidies.isZero()) return null;
  const stated = new Decimal(value);
  const places = decimalPlaces(value);
  const sumOf = (items: readonly ExpenseItem[]) =>
    items.reduce((acc, i) => acc.plus(totals.get(i) ?? 0), new Decimal(0));
  const standard = meta.kind === "personnel" ? PERSONNEL : OPERATING;
  const standardTotal = sumOf(standard);
  if (roundsTo(stated, standardTotal.times(factor), places)) return null;
  const present = CLASSES.filter((c) => totals.has(c));
  for (const counted of subsets(present)) {
    if (counted.length === 0) continue;
    const symmetric = [
      ...counted.filter((c) => !standard.includes(c)),
      ...standard.filter((c) => totals.has(c) && !counted.includes(c)),
    ];
    if (symmetric.length !== 1 || symmetric[0] !== "householdSubsidies") continue;
    const countedTotal = sumOf(counted);
    if (roundsTo(stated, countedTotal.times(factor), places)) {
      return { ...meta, counted, standard: [...standard], standardTotal, countedTotal, subsidies };
    }
  }
  return null;
}

const relevantCache = new WeakMap<
  CheckContext,
  { figure: StatedFigure; found: Misclassification }[]
>();

/** The stated figures a misclassification explains, once per run. */
function relevant(context: CheckContext): { figure: StatedFigure; found: Misclassification }[] {
  let known = relevantCache.get(context);
  if (!known) {
    known = findRelevant(context);
    relevantCache.set(context, known);
  }
  return known;
}

function findRelevant(context: CheckContext): { figure: StatedFigure; found: Misclassification }[] {
  return context.figures.flatMap((figure) => {
    if (!figure.refersTo || !(figure.refersTo in KEYS)) return [];
    const found = misclassification(context.dataset, figure.value, figure.unit, figure.refersTo);
    return found ? [{ figure, found }] : [];
  });
}

const explainedCache = new WeakMap<CheckContext, Set<string>>();

/**
 * Ids of the stated figures this rule explains (the stated-figure rules then leave them out).
 * @example explainedFigureIds(context).has("s-2-1.1-operating-actual") === true (seed 二、1.1 公用经费5,624,982.50元)
 */
export function explainedFigureIds(context: CheckContext): Set<string> {
  let ids = explainedCache.get(context);
  if (!ids) {
    ids = new Set(relevant(context).map((r) => r.figure.id));
    explainedCache.set(context, ids);
  }
  return ids;
}

function names(items: readonly ExpenseItem[]): string {
  return items
    .map((i) => `${EXPENSE_ITEM_NAMES[i]}${CLASS_CODES[i] ? `（${CLASS_CODES[i]}）` : ""}`)
    .join("、");
}

function sentence(where: string, shown: string, m: Misclassification): string {
  const kindName = m.kind === "personnel" ? "人员经费" : "公用经费";
  const column = m.column === "budget" ? "预算" : "";
  const how =
    m.kind === "operating"
      ? `把对个人和家庭的补助${showYuan(m.subsidies)}计入了公用经费，而按政府支出经济分类它属于人员经费`
      : `未含对个人和家庭的补助${showYuan(m.subsidies)}，而按政府支出经济分类它属于人员经费`;
  return `${where}所述${column}${kindName}${shown}等于${names(m.counted)}之和${showYuan(m.countedTotal)}：${how}，${kindName}应为${showYuan(m.standardTotal)}（${names(m.standard)}）。`;
}

function finding(
  locations: FindingLocation[],
  stated: string,
  unit: string,
  m: Misclassification,
  message: string,
): Finding {
  return {
    ruleId: classificationHouseholdSubsidies.id,
    severity: classificationHouseholdSubsidies.severity,
    title: classificationHouseholdSubsidies.title,
    titleEn: classificationHouseholdSubsidies.titleEn,
    locations,
    stated,
    expected: roundHalfUp(
      m.standardTotal.times(conversionFactor("元", unit) ?? 1),
      decimalPlaces(stated),
    ),
    unit,
    diagnosis: "mismatch",
    values: {
      所述: stated,
      所含科目合计: roundHalfUp(m.countedTotal, 2),
      按经济分类: roundHalfUp(m.standardTotal, 2),
      对个人和家庭的补助: roundHalfUp(m.subsidies, 2),
    },
    message,
  };
}

/**
 * classification.household-subsidies: where 对个人和家庭的补助 (303) is counted. A stated
 * 人员经费 or 公用经费 — a stated figure, or the department's own `operatingExpenses` — that
 * equals the sum with 303 moved to the wrong side is reported, naming the classes it sums.
 * @example 公用经费5,624,982.50元 = 302 4,819,029.50 + 303 805,953.00 → warning (seed 二、1.1)
 */
export const classificationHouseholdSubsidies: Rule = {
  id: "classification.household-subsidies",
  severity: "warning",
  title: "经济分类口径：对个人和家庭的补助",
  titleEn: "Economic classification of household subsidies (303)",
  description:
    "对个人和家庭的补助（303）属于人员经费；列示的人员经费、公用经费不应把它算到公用经费一侧。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const out = relevant(context).map(({ figure, found }) =>
      finding(
        [figureLocation(figure)],
        figure.value,
        figure.unit,
        found,
        sentence(placeOf(figure.location), showStated(figure), found),
      ),
    );
    const own = dataset.operatingExpenses;
    for (const column of ["budget", "actual"] as const) {
      const v = own?.[column];
      if (!v) continue;
      const found = misclassification(dataset, v, "元", `operatingExpenses.${column}`);
      if (found) {
        out.push(
          finding(
            [{ path: `operatingExpenses.${column}` }],
            v,
            "元",
            found,
            sentence("数据中单列的", showYuan(new Decimal(v)), found),
          ),
        );
      }
    }
    return out;
  },
};
