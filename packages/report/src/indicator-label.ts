import { catalogueEntry, type Indicator } from "@jixiao/core/metrics";
import {
  type Dataset,
  EXPENSE_ITEM_NAMES,
  FUNDING_TYPE_NAMES,
  REVENUE_SOURCE_NAMES,
  THREE_PUBLIC_ITEM_NAMES,
} from "@jixiao/core/schema";
import { chineseDate } from "./model/text.ts";

/** 基本支出 / 项目支出 / 其他 rows of the 预算规模 table (ExpenditureKind). */
const EXPENDITURE_KIND_NAMES: Record<string, string> = {
  basic: "基本支出",
  project: "项目支出",
  other: "其他",
};

/**
 * The Chinese label of an indicator's bracketed param, by the kind of param its catalogue entry
 * declares: a 三公 item, expenditure line, revenue source, 经费形式 (全额拨款, 参公 …) or 预算规模
 * row by its standard name; a project ("2. 地质灾害防治专项费用"), revenue target or performance
 * indicator by its name in the dataset; an organisation stage by its date ("2020年7月6日"). A
 * param the dataset does not name is shown as written.
 * @example paramLabel("threePublicExpenses.changeRate", "officialReception", dataset) === "公务接待费"
 */
export function paramLabel(code: string, param: string, dataset: Dataset): string {
  const names: Record<string, string> = {};
  switch (catalogueEntry(code)?.param) {
    case "threePublicItem":
      Object.assign(names, THREE_PUBLIC_ITEM_NAMES);
      break;
    case "expenseItem":
      Object.assign(names, EXPENSE_ITEM_NAMES);
      break;
    case "revenueSource":
      Object.assign(names, REVENUE_SOURCE_NAMES);
      break;
    case "allocationItem":
      Object.assign(names, REVENUE_SOURCE_NAMES, EXPENSE_ITEM_NAMES);
      break;
    case "budgetSummaryKind":
      Object.assign(names, EXPENDITURE_KIND_NAMES);
      break;
    case "fundingType":
      Object.assign(names, FUNDING_TYPE_NAMES);
      break;
    case "organisationStageId":
      for (const stage of dataset.organisation) names[stage.id] = chineseDate(stage.asOf);
      break;
    case "projectSeq":
      for (const p of dataset.projects) names[String(p.seq)] = `${p.seq}. ${p.name}`;
      break;
    case "revenueTargetId":
      for (const t of dataset.revenueTargets) names[t.id] = t.name;
      break;
    case "performanceIndicatorId":
      for (const p of dataset.performanceIndicators) names[p.id] = p.name;
      break;
  }
  return Object.hasOwn(names, param) ? (names[param] ?? param) : param;
}

/**
 * The 名称 of an indicator in a listing: its standard name, followed by the item it is about
 * in full-width brackets when it has a param.
 * @example indicatorLabel(changeRateReception, dataset) === "“三公经费”变动率（公务接待费）" // seed 1.2.2
 */
export function indicatorLabel(
  indicator: Pick<Indicator, "code" | "name" | "param">,
  dataset: Dataset,
): string {
  return indicator.param === undefined
    ? indicator.name
    : `${indicator.name}（${paramLabel(indicator.code, indicator.param, dataset)}）`;
}
