import { FONT, runFont, SIZE } from "@jixiao/report/render/docx";
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { MemoModel } from "./memo-model.ts";

const BODY = SIZE.body - 8;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function text(
  value: string,
  options: { bold?: boolean; size?: number; face?: string } = {},
): Paragraph {
  return new Paragraph({
    spacing: { after: 80 },
    children: [
      new TextRun({
        text: value,
        ...runFont(options.face ?? FONT.body, options.size ?? BODY, {
          bold: options.bold ?? false,
        }),
      }),
    ],
  });
}

function heading(value: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: value, ...runFont(FONT.heading1, BODY) })],
  });
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (c) =>
          new TableCell({
            borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
            children: [
              new Paragraph({
                children: [new TextRun({ text: c, ...runFont(FONT.table, SIZE.table, { bold }) })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

/**
 * The 复核意见 as a DOCX (the same sections as the Markdown), in the report package's faces and
 * sizes (黑体 headings, 仿宋 body, tables in 五号) so it reads like the reports it reviews.
 * @example await memoDocx(memoModel(audit)) // Uint8Array of a .docx (a zip starting with "PK")
 */
export async function memoDocx(memo: MemoModel): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: memo.title, ...runFont(FONT.title, SIZE.caption + 8) })],
    }),
    text(`来源文件：${memo.source}`),
    text(`核查结果：${memo.summary}`, { bold: true }),
    heading("一、发现的问题"),
  ];
  if (memo.findings.length === 0) children.push(text("未发现不一致。"));
  for (const f of memo.findings) {
    children.push(text(`${f.n}. 【${f.label}】${f.message}`));
    children.push(text(`规则：${f.rule}`, { size: SIZE.table }));
    for (const q of f.quotes)
      children.push(text(`原文：${q}`, { size: SIZE.table, face: FONT.heading2 }));
  }
  children.push(heading("二、报告未提供或未能读出的数据（请被评价单位补充）"));
  for (const m of memo.missing) children.push(text(`· ${m}`));
  children.push(heading("三、读取的表格"));
  children.push(
    table(
      ["表格", "识别为", "单位", "数据行"],
      memo.tables.map((t) => [t.title, t.kind, t.unit, String(t.rows)]),
    ),
  );
  for (const n of memo.notes) children.push(text(`未能归入数据的行：${n}`, { size: SIZE.table }));
  children.push(heading(`四、未对应到数据的数字（${memo.unlinked.length} 个，未参与核对）`));
  children.push(
    table(
      ["位置", "数字", "原文"],
      memo.unlinked.map((u) => [u.place, u.figure, u.quote]),
    ),
  );
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}
