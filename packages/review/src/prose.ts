import type { StatedUnit } from "@jixiao/core";

/** A figure found in a sentence, with the words around it that say what it is. */
export interface ProseFigure {
  /** As written, number and unit ("8.43万元", "33 人"). */
  text: string;
  /** The number as a decimal string without separators ("65050.17"). */
  value: string;
  unit: StatedUnit;
  /** Where it stands in the sentence. */
  start: number;
  end: number;
  /** The words since the previous figure (or the sentence start), e.g. "，决算数". */
  near: string;
  /** The clause it ends, parenthetical asides removed: "县级耕地开垦费收入". */
  clause: string;
  /** The words after it up to the next punctuation, e.g. "二级预算单位". */
  after: string;
  /** True when it stands inside brackets （…）. */
  aside: boolean;
}

const UNITS = "万元|亿元|元|%|％|公顷|亩|人|个|家|宗|份|分|次|件|本|户|处|条|篇|项|名";
const FIGURE = new RegExp(
  `(?<![\\d.,\\]〕】）)])(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?)\\s?(${UNITS})`,
  "g",
);
const BOUNDARY = /[，,；;。：:！？!?]/;
/**
 * Figures written in words: an amount “为零” (0 元: 公务用车购置预算为零) and “全部为财政资金”
 * (100 %, a claim that all the money came from the fiscal appropriation).
 */
const WORD_FIGURES =
  /((?:预算|支出|费用|经费|决算)为)(零)(?![星碎])|()(全部)(?=为财政|来源于财政|来自财政|由财政)/g;

/** The unit a written unit counts as in the dataset (％ → %, 家 → 个). */
function unitOf(written: string): StatedUnit {
  if (written === "％") return "%";
  if (written === "家") return "个";
  return written as StatedUnit;
}

/** Remove bracketed asides （…） (…) from a text. */
export function withoutAsides(text: string): string {
  let out = text;
  for (let i = 0; i < 3; i++) out = out.replace(/[（(][^（()）]*[）)]/g, "");
  return out;
}

/** Whether position `at` of `text` lies inside an open （ or (. */
function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (const ch of text.slice(0, at)) {
    if (ch === "（" || ch === "(") depth++;
    else if ((ch === "）" || ch === ")") && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Every figure a sentence states: amounts (元/万元/亿元), percentages and counts (人, 个, 家,
 * 宗, 份, 公顷, 亩 …), each with the words that name it. A number glued to a following 次 after
 * 人 (人次) or to 年/月/日 is not a figure; numbers inside 发文字号 brackets are not either. Two
 * figures in words are read too: “…预算为零” (0 元) and “全部为财政资金” (100 %).
 * @example proseFigures("2020年度“三公经费”预算数82.00万元，决算数8.43万元，控制率10.28%。")
 *   .map(f => [f.text, f.near]) // [["82.00万元", "2020年度“三公经费”预算数"], ["8.43万元", "，决算数"], ["10.28%", "，控制率"]]
 */
export function proseFigures(sentence: string): ProseFigure[] {
  const raw: { start: number; end: number; text: string; value: string; unit: StatedUnit }[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const written = m[2] ?? "";
    const next = sentence.charAt(end);
    if (written === "人" && next === "次") continue;
    if (written === "分" && /[之钟]/.test(next)) continue;
    // A constant of a formula (“在职人数 ÷ 编制数 × 100%”) states nothing.
    if (/[×÷*]\s*$/.test(sentence.slice(0, start))) continue;
    raw.push({
      start,
      end,
      text: m[0].trim(),
      value: (m[1] ?? "").replace(/,/g, ""),
      unit: unitOf(written),
    });
  }
  for (const m of sentence.matchAll(WORD_FIGURES)) {
    const start = (m.index ?? 0) + (m[1] ?? m[3] ?? "").length;
    const word = m[2] ?? m[4] ?? "";
    const zero = word === "零";
    raw.push({
      start,
      end: start + word.length,
      text: word,
      value: zero ? "0" : "100",
      unit: zero ? "元" : "%",
    });
  }
  raw.sort((a, b) => a.start - b.start);
  const out: ProseFigure[] = [];
  let previousEnd = 0;
  for (const { start, end, text, value, unit } of raw) {
    const near = sentence.slice(previousEnd, start);
    const head = sentence.slice(0, start);
    let from = head.length;
    let depth = 0;
    while (from > 0) {
      const ch = head.charAt(from - 1);
      if (ch === "）" || ch === ")") depth++;
      else if ((ch === "（" || ch === "(") && depth > 0) depth--;
      else if (depth === 0 && BOUNDARY.test(ch)) break;
      from--;
    }
    const rest = sentence.slice(end);
    const stop = rest.search(BOUNDARY);
    out.push({
      text,
      value,
      unit,
      start,
      end,
      near,
      clause: withoutAsides(head.slice(from)).trim(),
      after: stop === -1 ? rest : rest.slice(0, stop),
      aside: insideBrackets(sentence, start),
    });
    previousEnd = end;
  }
  return out;
}
