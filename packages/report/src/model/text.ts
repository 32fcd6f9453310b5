/**
 * Small text helpers for generated sentences.
 */

/**
 * A YYYY-MM-DD date as Chinese text.
 * @example chineseDate("2021-05-20") === "2021年5月20日"
 */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Join names with 、 as Chinese lists do. @example joinNames(["办公室", "财务股"]) === "办公室、财务股" */
export function joinNames(names: readonly string[]): string {
  return names.join("、");
}

/**
 * End a sentence with 。 unless it already ends with closing punctuation.
 * @example sentence("离退休人员89人") === "离退休人员89人。"
 */
export function sentence(text: string): string {
  const t = text.trim();
  return /[。！？；：]$/.test(t) ? t : `${t}。`;
}

/** Where the report title breaks when it needs two lines (seed: "…部门整体支出 / 绩效评价报告"). */
export const TITLE_BREAK_AFTER = "部门整体支出";

/**
 * The report title in its two print lines, broken after "部门整体支出" as the seed's title is;
 * one line when the title has no such place to break.
 * @example titleLines("桃江县自然资源局2020年度部门整体支出绩效评价报告") // ["桃江县自然资源局2020年度部门整体支出", "绩效评价报告"]
 */
export function titleLines(title: string): string[] {
  const at = title.indexOf(TITLE_BREAK_AFTER);
  const cut = at + TITLE_BREAK_AFTER.length;
  if (at < 0 || cut >= title.length) return [title];
  return [title.slice(0, cut), title.slice(cut)];
}
