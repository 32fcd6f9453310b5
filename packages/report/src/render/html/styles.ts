/** Body face: 仿宋 as 公文 use it, with SimSun and Noto Serif CJK SC as fallbacks. */
export const BODY_FONTS = `"仿宋", FangSong, "仿宋_GB2312", FangSong_GB2312, SimSun, "宋体", "Noto Serif CJK SC", "Source Han Serif SC", serif`;
/** Title face: 小标宋 as 公文 titles use it, then 中宋, then the heading face. */
export const TITLE_FONTS = `"方正小标宋简体", "方正小标宋_GBK", FZXiaoBiaoSong-B05S, "华文中宋", STZhongsong`;
/** Heading face: 黑体, with Noto Sans CJK SC as the fallback. */
export const HEADING_FONTS = `"黑体", SimHei, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif`;

/**
 * The report's inline stylesheet: A4 with 公文 margins (上37mm 下35mm 左28mm 右26mm), the title in
 * 小标宋 (二号, 22pt; 黑体 / Noto Sans CJK SC where 小标宋 is not installed), body in
 * 仿宋 三号 (16pt) with fixed 28pt lines, headings in 黑体, tables in 10pt with header
 * rows repeated on each printed page (thead), rows kept whole, numbers right-aligned with
 * tabular figures, annexes and the findings section on a new page; generated sentences in 楷体,
 * grey, with a left rule (the legend under the title says so).
 */
export const REPORT_CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${BODY_FONTS}; font-size: 16pt; line-height: 28pt; color: #000; background: #fff; }
main.report { max-width: 156mm; margin: 0 auto; padding: 12mm 0; }
@media print { main.report { max-width: none; padding: 0; } }
h1, h2, h3, h4, h5, h6 { font-family: ${HEADING_FONTS}; font-weight: normal; margin: 0; line-height: 28pt; break-after: avoid; page-break-after: avoid; }
h1.title { font-family: ${TITLE_FONTS}, ${HEADING_FONTS}; font-size: 22pt; line-height: 36pt; text-align: center; margin: 0 0 28pt; font-weight: bold; }
h1.title { text-wrap: balance; }
h1.title .title-line { display: inline-block; }
h2 { font-size: 16pt; margin-top: 14pt; }
h3 { font-size: 16pt; font-family: "楷体", KaiTi, "楷体_GB2312", ${BODY_FONTS}; margin-top: 6pt; }
h4, h5, h6 { font-size: 16pt; font-family: ${BODY_FONTS}; font-weight: bold; margin-top: 4pt; }
p { margin: 0; text-indent: 2em; text-align: justify; orphans: 2; widows: 2; }
p.signature { text-align: right; text-indent: 0; }
p.generated { font-family: "楷体", KaiTi, "楷体_GB2312", STKaiti, ${BODY_FONTS}; color: #555; border-left: 2pt solid #aaa; padding-left: 6pt; }
p.legend { font-family: "楷体", KaiTi, "楷体_GB2312", STKaiti, ${BODY_FONTS}; color: #555; font-size: 10.5pt; line-height: 16pt; text-indent: 0; text-align: center; margin: -20pt 0 16pt; }
p.note, p.table-note { text-indent: 0; }
p.align-left { text-align: left; }
p.align-center { text-align: center; text-indent: 0; }
p.align-right { text-align: right; text-indent: 0; }
section.page-break { break-before: page; page-break-before: always; }
@media screen { section.page-break { border-top: 1px dashed #999; margin-top: 24pt; padding-top: 12pt; } }
.table-block { margin: 10pt 0 12pt; }
.table-head { display: flex; justify-content: space-between; align-items: baseline; gap: 1em; break-after: avoid; page-break-after: avoid; }
.table-title { font-family: ${HEADING_FONTS}; font-size: 12pt; line-height: 20pt; flex: 1; text-align: center; }
.table-unit { font-size: 10.5pt; line-height: 20pt; white-space: nowrap; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 10pt; line-height: 14pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; overflow-wrap: anywhere; }
th { font-family: ${HEADING_FONTS}; font-weight: normal; text-align: center; background: #f2f2f2; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td .nw { white-space: nowrap; }
#findings table { font-size: 9pt; line-height: 12pt; }
#findings tr { break-inside: auto; page-break-inside: auto; }
td.left { text-align: left; }
td.center { text-align: center; }
td.right { text-align: right; }
tr.total td { font-weight: bold; }
.table-block .table-note { font-size: 10.5pt; line-height: 16pt; margin-top: 3pt; }
figure.chart { margin: 10pt 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-family: ${HEADING_FONTS}; font-size: 12pt; }
`;
