import type { IRunOptions } from "docx";

/**
 * Page and type settings of a 公文-style report (GB/T 9704-2012 党政机关公文格式, as commonly
 * applied to 绩效评价报告): A4, margins 上37mm 下35mm 左28mm 右26mm, body 仿宋 三号 (16 pt) at a
 * fixed 28 pt line, title 方正小标宋简体 二号 (22 pt), 一级标题 黑体, 二级标题 楷体.
 */

/** Twentieths of a point (DXA/twips) per millimetre: 1440 / 25.4. */
const TWIPS_PER_MM = 1440 / 25.4;

/**
 * Millimetres to twips, rounded to the nearest twip.
 * @example mm(37) === 2098 // 公文 top margin
 */
export function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
} as const;

/** The text width tables are laid out to: 210 − 28 − 26 = 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** Font faces. Word has no fallback list per run, so each role names one face. */
export const FONT = {
  /** 标题: 方正小标宋简体; Word/WPS substitute 黑体-like faces where it is not installed. */
  title: "方正小标宋简体",
  /** 一级标题. */
  heading1: "黑体",
  /** 二级标题. */
  heading2: "楷体",
  /** 正文: 仿宋_GB2312 is the 公文 face; 仿宋 is what current Windows and WPS ship. */
  body: "仿宋_GB2312",
  /** Tables use the body face as well. */
  table: "仿宋_GB2312",
  /** Latin letters and digits. */
  latin: "Times New Roman",
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { title: 44, body: 32, table: 21, caption: 24, footer: 28 } as const;

/** Fixed line spacing of the body: 28 pt = 560 twips. */
export const BODY_LINE = 560;

/**
 * Run options with the East-Asian face set explicitly (w:eastAsia), plus Latin faces, so that
 * Word, WPS and LibreOffice never fall back to a Latin font for Chinese text.
 * @example new TextRun({ text: "一、部门概况", ...runFont(FONT.heading1, SIZE.body) })
 */
export function runFont(
  eastAsia: string,
  size: number,
  extra: Partial<IRunOptions> = {},
): IRunOptions {
  return {
    font: { eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin },
    size,
    sizeComplexScript: size,
    ...extra,
  } as IRunOptions;
}

/** Each face we name, with the face Word substitutes when it is missing (w:altName). */
export const FONT_FALLBACKS: readonly { name: string; altName: string; family: string }[] = [
  { name: FONT.title, altName: "黑体", family: "script" },
  { name: FONT.heading1, altName: "SimHei", family: "modern" },
  { name: FONT.heading2, altName: "KaiTi", family: "modern" },
  { name: FONT.body, altName: "仿宋", family: "modern" },
];

/**
 * The font table (word/fontTable.xml): every East-Asian face with charset GB2312 (86) and an
 * alternate name, so that a reader without 方正小标宋简体 or 仿宋_GB2312 substitutes 黑体 or 仿宋
 * instead of a Latin face.
 * @example fontTableXml().includes('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>') === true
 */
export function fontTableXml(): string {
  const fonts = FONT_FALLBACKS.map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`,
  ).join("");
  const latin = `<w:font w:name="${FONT.latin}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}${latin}</w:fonts>`;
}
