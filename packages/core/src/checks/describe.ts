import type { Decimal } from "../decimal.ts";
import type { Indicator } from "../metrics/types.ts";
import type { Dataset, StatedFigure, StatedLocation } from "../schema/dataset.ts";
import {
  EXPENSE_ITEM_NAMES,
  REVENUE_SOURCE_NAMES,
  THREE_PUBLIC_ITEM_NAMES,
} from "../schema/enums.ts";
import { groupThousands } from "../units/format.ts";
import { roundHalfUp } from "../units/rounding.ts";
import { type CheckContext, currentContextOf } from "./context.ts";
import type { FindingLocation } from "./types.ts";

const NUMERALS = "一二三四五六七八九十";

/**
 * The numbering a sub-heading starts with, as a place in its part: "1.1" for "1.1、基本支出明细情况",
 * "（二）" for "（二）部门整体支出预算规模…", "（1）" for "（1）超额完成…"; a heading numbered
 * "2、…" is quoted whole ("“2、预算执行”"), since a bare 2 would not read as a place.
 * @example subsectionPlace("1.3、公用经费支出") === "1.3"
 */
export function subsectionPlace(subsection: string): string {
  const text = subsection.trim();
  const dotted = /^(\d+(?:\.\d+)+)/.exec(text);
  if (dotted?.[1]) return dotted[1];
  const bracketed = /^([（(][一二三四五六七八九十\d]{1,3}[）)])/.exec(text);
  if (bracketed?.[1]) return bracketed[1].replace("(", "（").replace(")", "）");
  return `“${text.replace(/[。．.]$/, "")}”`;
}

/**
 * How a finding's sentence names a place in the report: a table cell as
 * “表名”“行”行“列”列, otherwise the part of the report ("第四部分" for "四、…"), followed by the
 * sub-heading's numbering when the figure's sub-heading was transcribed ("第二部分1.3").
 * @example placeOf({ section: "四、部门整体支出绩效情况" }) === "第四部分"
 * @example placeOf({ section: "二、部门整体支出管理及使用情况分析", subsection: "1.3、公用经费支出" }) === "第二部分1.3"
 */
export function placeOf(location: StatedLocation | FindingLocation): string {
  if (location.table) {
    const row = location.row ? `“${location.row}”行` : "";
    const column = location.column ? `“${location.column}”列` : "";
    return `“${location.table}”${row}${column}`;
  }
  const section = location.section ?? "";
  const sub = location.subsection ? subsectionPlace(location.subsection) : "";
  const m = /^\s*([一二三四五六七八九十]{1,2})、/.exec(section);
  if (m?.[1] && [...m[1]].every((ch) => NUMERALS.includes(ch))) return `第${m[1]}部分${sub}`;
  return section ? `“${section}”${sub}` : "报告中";
}

/**
 * The Chinese label of a quantity's bracketed param: the standard name of a 三公 item,
 * expenditure line or revenue source; a project, revenue target or performance indicator by
 * its name in the dataset; otherwise the param as written.
 * @example paramName("officialReception", dataset) === "公务接待费"
 */
export function paramName(param: string, dataset: Dataset): string {
  const named = PARAM_NAMES[param];
  if (named) return named;
  const run = currentContextOf(dataset);
  let rows = run ? rowNames.get(run) : undefined;
  if (!rows) {
    rows = datasetRowNames(dataset);
    if (run) rowNames.set(run, rows);
  }
  return rows.get(param) ?? param;
}

/** The standard names of the items a param may be (三公 items, expenditure lines, sources). */
const PARAM_NAMES: Record<string, string> = {
  ...THREE_PUBLIC_ITEM_NAMES,
  ...EXPENSE_ITEM_NAMES,
  ...REVENUE_SOURCE_NAMES,
  basic: "基本支出",
  project: "项目支出",
};

/** A run's rows by param, kept for the run (see {@link currentContextOf}). */
const rowNames = new WeakMap<CheckContext, Map<string, string>>();

/**
 * A dataset's rows by the param that names them: a project by its seq, then a revenue target,
 * then a performance indicator by id — the first row of each kind wins, as a search would find.
 */
function datasetRowNames(dataset: Dataset): Map<string, string> {
  const out = new Map<string, string>();
  const add = (param: string, name: string) => {
    if (!out.has(param)) out.set(param, name);
  };
  for (const p of dataset.projects) add(String(p.seq), `项目${p.seq}“${p.name}”`);
  for (const t of dataset.revenueTargets) add(t.id, t.name);
  for (const p of dataset.performanceIndicators) add(p.id, p.name);
  return out;
}

/**
 * A quantity's name in a sentence: its standard name, with the item in brackets when it has one.
 * @example quantityName(changeRateOfReception, dataset) === "“三公经费”变动率（公务接待费）"
 */
export function quantityName(
  indicator: Pick<Indicator, "name" | "param">,
  dataset: Dataset,
): string {
  return indicator.param === undefined
    ? indicator.name
    : `${indicator.name}（${paramName(indicator.param, dataset)}）`;
}

/** Money and count units that a sentence writes after the number. */
function suffix(unit: string): string {
  return unit === "%" ? "%" : unit;
}

/**
 * A value as a sentence shows it: 四舍五入 to `places`, with thousands separators when
 * `grouped`, followed by its unit.
 * @example showValue(dec("99.84939"), "%", 2) === "99.85%"
 * @example showValue(dec("682237464.67"), "元", 2, true) === "682,237,464.67元"
 */
export function showValue(value: Decimal, unit: string, places: number, grouped = false): string {
  const fixed = roundHalfUp(value, places);
  return `${grouped ? groupThousands(fixed) : fixed}${suffix(unit)}`;
}

/**
 * A value in 元 as the seed prints it: 682,237,464.67元.
 * @example showYuan(dec("1029077.76")) === "1,029,077.76元" (seed 二、结转结余)
 */
export function showYuan(value: Decimal): string {
  return showValue(value, "元", 2, true);
}

/**
 * A stated figure as written, with its unit when the written text lacks it.
 * @example showStated({ text: "99.84", unit: "%", … }) === "99.84%"; showStated({ text: "8.43万元", … }) === "8.43万元"
 */
export function showStated(figure: StatedFigure): string {
  const text = figure.text.trim();
  return /[\d.]$/.test(text) ? `${text}${suffix(figure.unit)}` : text;
}

/**
 * Whether a written figure uses thousands separators ("68,000.80" → true).
 * @example isGrouped("682,237,464.67") === true; isGrouped("68223.7464") === false
 */
export function isGrouped(written: string): boolean {
  return /\d,\d{3}/.test(written);
}

/**
 * The finding location of a stated figure: where it stands, plus its id.
 * @example figureLocation(s4CompletionRate) // { section: "四、部门整体支出绩效情况", statedFigureId: "s-4-completion-rate", quote: "预算完成率为99.84%" }
 */
export function figureLocation(figure: StatedFigure): FindingLocation {
  const location: FindingLocation = { section: figure.location.section, statedFigureId: figure.id };
  if (figure.location.subsection) location.subsection = figure.location.subsection;
  if (figure.location.table) location.table = figure.location.table;
  if (figure.location.row) location.row = figure.location.row;
  if (figure.location.column) location.column = figure.location.column;
  location.quote = figure.location.quote ?? figure.text;
  return location;
}
