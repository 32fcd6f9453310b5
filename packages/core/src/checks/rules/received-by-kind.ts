import { Decimal } from "../../decimal.ts";
import type { Dataset } from "../../schema/dataset.ts";
import { type ExpenditureKind, ExpenseItem } from "../../schema/enums.ts";
import { roundHalfUp } from "../../units/rounding.ts";
import { contextFor } from "../context.ts";
import { figureLocation, placeOf, showYuan } from "../describe.ts";
import type { Rule } from "../rule.ts";
import { printedColumn, tableTitle } from "../tables.ts";
import type { Finding, FindingLocation } from "../types.ts";

const KIND_NAMES: Record<ExpenditureKind, string> = {
  basic: "基本支出",
  project: "项目支出",
  other: "其他支出",
};

/** The kind (基本/项目/其他) of an allocation row: from the expenditure line of the same item. */
function kindOf(dataset: Dataset, item: string): ExpenditureKind | null {
  const line = dataset.expenditure.find((e) => e.item === item);
  if (line) return line.kind;
  if (!ExpenseItem.safeParse(item).success) return null;
  return item === "project" ? "project" : item === "other" ? "other" : "basic";
}

/**
 * The 到位 of the allocation table (表（二）) by kind: Σ received over its expense-line rows of
 * that kind (rows that are revenue sources — 利息, 其他 — belong to no kind). Blank cells are
 * left out; a kind whose rows are all blank is absent.
 * @example receivedByKind(taojiang).get("basic") = 31,735,764.67 (表（二） rows 工资福利 … 折旧)
 */
export function receivedByKind(dataset: Dataset): Map<ExpenditureKind, Decimal> {
  const out = new Map<ExpenditureKind, Decimal>();
  for (const row of dataset.allocation) {
    const kind = kindOf(dataset, row.item);
    if (!kind || row.received === null) continue;
    out.set(kind, (out.get(kind) ?? new Decimal(0)).plus(row.received));
  }
  return out;
}

/**
 * budget.revenue-received: the 预算规模 table's 预算收入 of each kind (基本支出, 项目支出) against
 * the 到位 of the same kind in the allocation table (表（二）): 基本支出 = Σ 到位 of the basic
 * expense lines, 项目支出 = the 项目支出 到位. Two statements of the year's money for one kind
 * that differ are a warning (money budgeted but not received, or a table out of date).
 * 元, exact to the 分; a kind blank on either side is skipped.
 * @example 预算规模 基本支出 预算收入 33,839,013.69 against 表（二） 基本支出 到位 31,735,764.67
 *   → warning, 相差2,103,249.02元 (seed 一、（二） and 二、表（二）); 项目支出 646,168,986.31 agrees.
 */
export const budgetRevenueReceived: Rule = {
  id: "budget.revenue-received",
  severity: "warning",
  title: "预算收入与到位金额核对",
  titleEn: "Budgeted revenue against money received, by kind",
  description: "预算规模表中基本支出、项目支出的预算收入，应与预算拨款表中同类各行的到位金额一致。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const received = receivedByKind(dataset);
    const summaryTable = tableTitle(context, "budgetSummary");
    const allocationTable = tableTitle(context, "allocation");
    const receivedColumn =
      printedColumn(context, allocationTable, "allocation.received") ?? "到位金额";
    return dataset.budgetSummary.flatMap((line, i): Finding[] => {
      const got = received.get(line.kind);
      if (line.budgetRevenue === null || !got) return [];
      const budget = new Decimal(line.budgetRevenue);
      if (budget.equals(got)) return [];
      const diff = budget.minus(got);
      const kind = KIND_NAMES[line.kind];
      const rows = dataset.allocation
        .filter((r) => kindOf(dataset, r.item) === line.kind && r.received !== null)
        .map((r) => r.name);
      const agreeing = dataset.budgetSummary
        .filter((other) => other.kind !== line.kind && other.budgetRevenue !== null)
        .filter((other) => received.get(other.kind)?.equals(other.budgetRevenue as string))
        .map((other) => KIND_NAMES[other.kind]);
      const contrast = agreeing.length > 0 ? `（${agreeing.join("、")}两表一致）` : "";
      return [
        {
          ruleId: budgetRevenueReceived.id,
          severity: budgetRevenueReceived.severity,
          title: budgetRevenueReceived.title,
          titleEn: budgetRevenueReceived.titleEn,
          locations: [
            {
              table: summaryTable,
              row: line.name,
              column:
                printedColumn(context, summaryTable, "budgetSummary.budgetRevenue") ?? "预算收入",
              path: `budgetSummary[${i}].budgetRevenue`,
            },
            { table: allocationTable, column: receivedColumn, row: rows.join("、") },
          ],
          stated: roundHalfUp(budget, 2),
          expected: roundHalfUp(got, 2),
          unit: "元",
          values: {
            [`${kind}预算收入`]: showYuan(budget),
            [`${kind}到位合计`]: showYuan(got),
            差额: roundHalfUp(diff, 2),
          },
          message: `“${summaryTable}”中${kind}预算收入为${showYuan(budget)}，而“${allocationTable}”中${kind}各行（${rows.join("、")}）到位合计为${showYuan(got)}，${diff.isNegative() ? "少" : "多"}${showYuan(diff.abs())}${contrast}，同一笔资金两表不一致。`,
        },
      ];
    });
  },
};

/**
 * funding.fiscal-used: the 财政拨款 the report says was used (revenue.used[fiscalAppropriation])
 * against the 财政拨款 received: the revenue line's 到位 when given, else Σ 到位 of the
 * allocation table's expense-line rows (its revenue-source rows — 利息, 其他 — are not 财政拨款).
 * Using more than was received is a warning: the excess must have come from elsewhere (上年结转)
 * or one of the figures is wrong. 元, exact to the 分.
 * @example 二、“使用2020年度财政拨款680,008,000.00元” against 表（二） rows 1–5 到位
 *   677,904,750.98 → warning, 多2,103,249.02元 (seed 二、)
 */
export const fundingFiscalUsed: Rule = {
  id: "funding.fiscal-used",
  severity: "warning",
  title: "财政拨款使用数与到位数核对",
  titleEn: "Fiscal appropriation used against received",
  description: "所述使用的财政拨款不应超过预算拨款表中财政拨款的到位金额。",
  check: (dataset, indicators) => {
    const context = contextFor(dataset, indicators);
    const index = dataset.revenue.findIndex((r) => r.source === "fiscalAppropriation");
    const line = dataset.revenue[index];
    if (!line || line.used === null) return [];
    const used = new Decimal(line.used);
    const allocationTable = tableTitle(context, "allocation");
    const rows = dataset.allocation.filter(
      (r) => ExpenseItem.safeParse(r.item).success && r.received !== null,
    );
    let received: Decimal;
    let source: string;
    const receivedLocation: FindingLocation = {};
    if (line.received !== null) {
      received = new Decimal(line.received);
      source = `财政拨款收入到位数${showYuan(received)}`;
      receivedLocation.path = `revenue[${index}].received`;
    } else {
      if (rows.length === 0) return [];
      received = rows.reduce((s, r) => s.plus(r.received as string), new Decimal(0));
      source = `“${allocationTable}”中财政拨款各行（${rows.map((r) => r.name).join("、")}）到位合计${showYuan(received)}`;
      receivedLocation.table = allocationTable;
      receivedLocation.column =
        printedColumn(context, allocationTable, "allocation.received") ?? "到位金额";
      receivedLocation.row = rows.map((r) => r.name).join("、");
    }
    if (!used.greaterThan(received)) return [];
    const figure = dataset.statedFigures.find(
      (f) => f.refersTo === "revenue.used[fiscalAppropriation]",
    );
    const where = figure
      ? `${placeOf(figure.location)}称“${figure.location.quote ?? figure.text}”`
      : `使用财政拨款${showYuan(used)}`;
    const excess = used.minus(received);
    return [
      {
        ruleId: fundingFiscalUsed.id,
        severity: fundingFiscalUsed.severity,
        title: fundingFiscalUsed.title,
        titleEn: fundingFiscalUsed.titleEn,
        locations: [
          figure ? figureLocation(figure) : { path: `revenue[${index}].used` },
          receivedLocation,
        ],
        stated: roundHalfUp(used, 2),
        expected: roundHalfUp(received, 2),
        unit: "元",
        values: {
          使用财政拨款: showYuan(used),
          财政拨款到位: showYuan(received),
          超出: showYuan(excess),
        },
        message: `${where}，但${source}，使用数比到位数多${showYuan(excess)}，财政拨款的使用不应超过到位。`,
      },
    ];
  },
};
