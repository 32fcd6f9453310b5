import { HeadingLevel, Paragraph, Table, TableRow } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { toGrid } from "./document.ts";
import { ReviewInputError } from "./errors.ts";
import { readDocx } from "./read-docx.ts";
import { docCell, docxOf } from "./testing/docx-fixture.ts";

describe("readDocx", () => {
  it("reads paragraphs in order, with the heading level of Word heading styles", async () => {
    const bytes = await docxOf([
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: "一、部门概况" }),
      new Paragraph("2020年度“三公经费”预算数82.00万元，决算数8.43万元。"),
    ]);
    const model = await readDocx(bytes);
    expect(model.format).toBe("docx");
    expect(model.blocks).toEqual([
      { kind: "paragraph", text: "一、部门概况", headingLevel: 1 },
      { kind: "paragraph", text: "2020年度“三公经费”预算数82.00万元，决算数8.43万元。" },
    ]);
  });

  it("keeps merged header cells: a caption over every column (gridSpan) and 项目 over two header rows (vMerge)", async () => {
    const table = new Table({
      rows: [
        new TableRow({ children: [docCell("“三公”经费预算、决算执行情况  单位：万元", 3)] }),
        new TableRow({ children: [docCell("项目", 1, 2), docCell("2020年", 2)] }),
        new TableRow({ children: [docCell("预算数"), docCell("决算数")] }),
        new TableRow({ children: [docCell("公务接待费"), docCell("82.00"), docCell("6.28")] }),
      ],
    });
    const model = await readDocx(await docxOf([table]));
    const read = model.blocks[0];
    if (read?.kind !== "table") throw new Error("no table");
    expect(read.rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [["“三公”经费预算、决算执行情况  单位：万元", 3, 1]],
      [
        ["项目", 1, 2],
        ["2020年", 2, 1],
      ],
      [
        ["预算数", 1, 1],
        ["决算数", 1, 1],
      ],
      [
        ["公务接待费", 1, 1],
        ["82.00", 1, 1],
        ["6.28", 1, 1],
      ],
    ]);
    expect(toGrid(read)[2]).toEqual(["项目", "预算数", "决算数"]);
  });

  it("keeps a table nested in a cell on that cell, after the cell's own text", async () => {
    const inner = new Table({
      rows: [new TableRow({ children: [docCell("内"), docCell("1.00")] })],
    });
    const outer = new Table({
      rows: [new TableRow({ children: [docCell("外", 1, 1, [inner]), docCell("2.00")] })],
    });
    const model = await readDocx(await docxOf([outer]));
    const read = model.blocks[0];
    if (read?.kind !== "table") throw new Error("no table");
    expect(read.rows[0]?.[0]?.text).toBe("外");
    expect(read.rows[0]?.[0]?.tables[0]?.rows[0]?.map((c) => c.text)).toEqual(["内", "1.00"]);
    expect(read.rows[0]?.[0]?.tables[0]?.index).toBe(1);
  });

  it("refuses bytes that are not a DOCX, in Chinese and English", async () => {
    const error = await readDocx(new TextEncoder().encode("not a zip"), "坏.docx").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReviewInputError);
    expect((error as Error).message).toBe(
      "坏.docx: 不是有效的 DOCX 文件（无法解压） / not a valid DOCX file (not a zip archive)",
    );
  });

  it("reads raw WordprocessingML: runs split inside a number, w:tab, gridBefore and vMerge without a value", async () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const tc = (text: string, pr = "") =>
      `<w:tc><w:tcPr>${pr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${w}><w:body>
<w:p><w:r><w:t xml:space="preserve">决算数</w:t></w:r><w:r><w:t>8.</w:t></w:r><w:r><w:t>43万元</w:t></w:r><w:r><w:tab/><w:t>单位：元</w:t></w:r></w:p>
<w:tbl>
<w:tr>${tc("项目", '<w:vMerge w:val="restart"/>')}${tc("预算数")}</w:tr>
<w:tr>${tc("", "<w:vMerge/>")}${tc("0.00")}</w:tr>
<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc("820,000.00")}</w:tr>
</w:tbl>
<w:sectPr/></w:body></w:document>`;
    const zip = new JSZip();
    zip.file("word/document.xml", xml);
    const model = await readDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(model.blocks[0]).toEqual({ kind: "paragraph", text: "决算数8.43万元\t单位：元" });
    const table = model.blocks[1];
    if (table?.kind !== "table") throw new Error("no table");
    expect(toGrid(table)).toEqual([
      ["项目", "预算数"],
      ["项目", "0.00"],
      ["", "820,000.00"],
    ]);
  });
});
