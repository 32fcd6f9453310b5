import type { Indicator } from "@jixiao/core/metrics";
import {
  type Dataset,
  EXPENSE_ITEM_NAMES,
  REVENUE_SOURCE_NAMES,
  THREE_PUBLIC_ITEM_NAMES,
} from "@jixiao/core/schema";

/**
 * The Chinese label of an indicator's bracketed param: the 三公 item, expenditure line or
 * revenue source by its standard name; a project, revenue target or performance indicator by
 * its name in the dataset. Unknown params are shown as written.
 * @example paramLabel("officialReception", dataset) === "公务接待费"
 */
export function paramLabel(param: string, dataset: Dataset): string {
  const names: Record<string, string> = {
    ...THREE_PUBLIC_ITEM_NAMES,
    ...EXPENSE_ITEM_NAMES,
    ...REVENUE_SOURCE_NAMES,
  };
  const named = names[param];
  if (named) return named;
  const project = dataset.projects.find((p) => String(p.seq) === param);
  if (project) return `${project.seq}. ${project.name}`;
  const target = dataset.revenueTargets.find((t) => t.id === param);
  if (target) return target.name;
  const performance = dataset.performanceIndicators.find((p) => p.id === param);
  if (performance) return performance.name;
  return param;
}

/**
 * The 名称 of an indicator in a listing: its standard name, followed by the item it is about
 * in full-width brackets when it has a param.
 * @example indicatorLabel(changeRateReception, dataset) === "“三公经费”变动率（公务接待费）"
 */
export function indicatorLabel(
  indicator: Pick<Indicator, "name" | "param">,
  dataset: Dataset,
): string {
  return indicator.param === undefined
    ? indicator.name
    : `${indicator.name}（${paramLabel(indicator.param, dataset)}）`;
}
