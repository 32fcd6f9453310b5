import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from "docx";
import type { CjkFont } from "../../charts/cjk-font.ts";
import { type RasterImage, renderChartPngs } from "../../charts/render-png.ts";
import { DEFAULT_CHART_SIZE } from "../../charts/render-svg.ts";
import { titleLines } from "../../model/text.ts";
import type {
  Block,
  ChartBlock,
  ParagraphBlock,
  ReportModel,
  SectionBlock,
} from "../../model/types.ts";
import { hasGenerated, walkBlocks } from "../../model/walk.ts";
import { BODY_LINE, FONT, fontTableXml, PAGE, runFont, SIZE } from "./layout.ts";
import { docxTable, TABLE_TEXT_STYLE, tableCaption } from "./table.ts";

/** Options of {@link renderDocx}. */
export interface RenderDocxOptions {
  /** Embed the model's charts as PNG (needs a CJK font file). Default true. */
  charts?: boolean;
  /** The CJK font for chart PNGs; default: the first found by `findCjkFont`. */
  chartFont?: CjkFont;
}

type Child = Paragraph | ReturnType<typeof docxTable>;

const BODY_SPACING = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

const ALIGN = {
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
  center: AlignmentType.CENTER,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** The legend under the title when the report has generated paragraphs. */
export const DOCX_GENERATED_LEGEND =
  "楷体/灰色段落为 jixiao 按基础数据计算的内容，其余为部门报告原文。";

/** Grey of jixiao's generated sentences (and of the legend). */
const GENERATED_COLOR = "595959";

function paragraph(p: ParagraphBlock): Paragraph {
  const align = p.align ?? (p.role === "signature" ? "right" : "justify");
  const indent = align === "justify" ? { firstLine: 2 * 320 } : undefined;
  const generated = p.role === "generated";
  return new Paragraph({
    alignment: ALIGN[align],
    spacing: BODY_SPACING,
    ...(indent ? { indent } : {}),
    children: p.content.map(
      (run) =>
        new TextRun({
          text: run.text,
          ...runFont(generated ? FONT.heading2 : FONT.body, SIZE.body, {
            bold: run.strong === true,
            ...(generated ? { color: GENERATED_COLOR } : {}),
          }),
        }),
    ),
  });
}

function legend(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 320, lineRule: LineRuleType.EXACT, after: 280 },
    children: [
      new TextRun({
        text: DOCX_GENERATED_LEGEND,
        ...runFont(FONT.heading2, SIZE.table, { color: GENERATED_COLOR }),
      }),
    ],
  });
}

const HEADING_FACE = [FONT.heading1, FONT.heading2, FONT.body, FONT.body, FONT.body] as const;

function heading(s: SectionBlock): Paragraph {
  const face = s.annex ? FONT.heading1 : (HEADING_FACE[s.level - 1] ?? FONT.body);
  return new Paragraph({
    spacing: BODY_SPACING,
    // 公文: headings indented two characters like body text; 附件 headings stand at the margin.
    ...(s.annex ? {} : { indent: { firstLine: 640 } }),
    keepNext: true,
    pageBreakBefore: s.pageBreakBefore === true,
    outlineLevel: s.level - 1,
    children: [
      new TextRun({
        text: `${s.numbering}${s.numbering && s.annex ? "　" : ""}${s.title}`,
        ...runFont(face, SIZE.body, { bold: s.level >= 3 }),
      }),
    ],
  });
}

/** The rendering of a report: its charts' PNGs, made up front with one font subset for all. */
interface RenderContext {
  pngs: Map<ChartBlock, RasterImage>;
}

function chartPngs(model: ReportModel, options: RenderDocxOptions): Map<ChartBlock, RasterImage> {
  const charts: ChartBlock[] = [];
  if (options.charts !== false)
    walkBlocks(model.blocks, (b) => {
      if (b.kind === "chart") charts.push(b);
    });
  const pngs = renderChartPngs(charts, {
    ...(options.chartFont ? { font: options.chartFont } : {}),
    scale: 2,
    showTitle: false, // the caption below carries the title
  });
  return new Map(charts.map((c, i) => [c, pngs[i] as RasterImage]));
}

function chart(c: ChartBlock, context: RenderContext): Paragraph[] {
  const { width, height } = DEFAULT_CHART_SIZE;
  const png = context.pngs.get(c);
  if (!png) return [];
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      // Auto line height: an exact 28 pt line would clip the picture to one line.
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120 },
      children: [
        new ImageRun({
          type: "png",
          data: png.png,
          // 640 × 360 px at 96 dpi ≈ 169 × 95 mm; scaled to the 156 mm text width.
          transformation: { width: Math.round(width * 0.92), height: Math.round(height * 0.92) },
          altText: { name: c.id, title: c.title, description: c.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, after: 120 },
      children: [new TextRun({ text: c.title, ...runFont(FONT.heading1, SIZE.caption) })],
    }),
  ];
}

function blocks(list: readonly Block[], context: RenderContext): Child[] {
  return list.flatMap((b) => block(b, context));
}

function block(b: Block, context: RenderContext): Child[] {
  switch (b.kind) {
    case "section":
      return [heading(b), ...blocks(b.blocks, context)];
    case "paragraph":
      return [paragraph(b)];
    case "table":
      return [
        ...tableCaption(b),
        docxTable(b),
        ...b.notes.map(
          (n) =>
            new Paragraph({
              spacing: { line: 360, lineRule: LineRuleType.AT_LEAST },
              children: [new TextRun({ text: n, ...runFont(FONT.table, SIZE.table) })],
            }),
        ),
        new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.EXACT }, children: [] }),
      ];
    case "chart":
      return chart(b, context);
  }
}

function title(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: 720, lineRule: LineRuleType.EXACT, after: 560 },
    // broken after "部门整体支出" as the seed's title is, never mid-word
    children: titleLines(text).map(
      (line, i) =>
        new TextRun({
          text: line,
          ...runFont(FONT.title, SIZE.title),
          ...(i > 0 ? { break: 1 } : {}),
        }),
    ),
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            ...runFont(FONT.body, SIZE.footer),
          }),
        ],
      }),
    ],
  });
}

/**
 * Render the ReportModel as a Word document (.docx) laid out as a 公文: A4 with margins 上37mm
 * 下35mm 左28mm 右26mm; the title in 方正小标宋简体 二号; body 仿宋 三号 (16 pt) at a fixed 28 pt
 * line with a two-character first-line indent (jixiao's generated sentences in 楷体, grey, with a
 * legend under the title); headings numbered as the model numbers them
 * (一、（一）1.（1）), 一级 in 黑体 and 二级 in 楷体; East-Asian fonts set on every run; tables
 * with explicit DXA column widths and fixed layout, repeated header rows and right-aligned
 * numbers; charts as PNG (rasterised with a CJK font); page numbers "— n —" in the footer;
 * document properties title, subject (department), keywords (year) and creator jixiao.
 * @throws MissingCjkFontError when charts are on and no CJK font file is installed.
 * @example const bytes = await renderDocx(model); // 桃江县自然资源局-2020-绩效评价报告.docx
 */
export async function renderDocx(
  model: ReportModel,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const { meta } = model;
  const context: RenderContext = { pngs: chartPngs(model, options) };
  const doc = new Document({
    title: meta.title,
    subject: meta.department,
    keywords: String(meta.fiscalYear),
    description: `${meta.subject}：${meta.keywords.join("、")}`,
    creator: meta.generator,
    lastModifiedBy: meta.generator,
    styles: {
      default: {
        document: {
          run: runFont(FONT.body, SIZE.body) as never,
          paragraph: { spacing: BODY_SPACING },
        },
      },
      paragraphStyles: [TABLE_TEXT_STYLE],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: 851, footer: 992 },
          },
        },
        footers: { default: footer() },
        children: [
          title(meta.title),
          ...(hasGenerated(model.blocks) ? [legend()] : []),
          ...blocks(model.blocks, context),
        ],
      },
    ],
  });
  // The font table names each face's fallback (黑体 for 方正小标宋简体, 仿宋 for 仿宋_GB2312).
  const bytes = await Packer.toBuffer(doc, false, [
    { path: "word/fontTable.xml", data: fontTableXml() },
  ]);
  return new Uint8Array(bytes);
}
