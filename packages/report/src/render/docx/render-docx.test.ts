import { createRequire } from "node:module";
import { evaluate } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { parseDataset } from "@jixiao/core/schema";
import { describe, expect, it } from "vitest";
import { taojiang2020 } from "../../../../../examples/index.ts";
import { buildReportModel } from "../../model/build.ts";
import { cellText } from "../../model/cells.ts";
import { scoreSheetAnnex } from "../../model/score-sheet-annex.ts";
import { allTables, findSection, walkBlocks } from "../../model/walk.ts";
import { PAGE, TEXT_WIDTH } from "./layout.ts";
import { DOCX_GENERATED_LEGEND, renderDocx } from "./render-docx.ts";
import { columnWidths } from "./table.ts";

// JSZip comes with docx: resolve it from docx's own location.
const fromDocx = createRequire(createRequire(import.meta.url).resolve("docx"));
const JSZip = fromDocx("jszip") as {
  loadAsync(data: Uint8Array): Promise<{
    file(name: string): { async(t: "string"): Promise<string> } | null;
    file(pattern: RegExp): unknown[];
  }>;
};

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Assert `xml` holds `part`, with a short message (document.xml is megabytes long). */
function has(xml: string, part: string | RegExp, what = String(part)): void {
  const found = typeof part === "string" ? xml.includes(part) : part.test(xml);
  expect(found, `document.xml should contain ${what}`).toBe(true);
}

const evaluation = evaluate(parseDataset(taojiang2020, "taojiang-natural-resources-2020"));
const model = buildReportModel(evaluation);

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const f = zip.file(name);
    if (!f) throw new Error(`${name} missing from the .docx`);
    return f.async("string");
  };
  return {
    document: await read("word/document.xml"),
    core: await read("docProps/core.xml"),
    footer: await read("word/footer1.xml"),
    fonts: await read("word/fontTable.xml"),
    styles: await read("word/styles.xml"),
  };
}

describe("renderDocx (Taojiang 2020)", () => {
  it("contains every table of the model, cell by cell, with the seed's amounts", async () => {
    const { document } = await unzip(await renderDocx(model));
    const tables = allTables(model.blocks);
    expect((document.match(/<w:tbl>/g) ?? []).length).toBe(tables.length);
    for (const t of tables) {
      has(document, xmlEscape(t.title));
      for (const row of t.rows)
        for (const cell of row.cells) {
          const text = cellText(cell);
          if (text !== "") has(document, `>${xmlEscape(text)}</w:t>`, `${t.id}: ${text}`);
        }
    }
    // seed 二、表（一）合计; 工资福利费用; 表（二）结转结余; 1.2.1 三公 合计; 2.2 项目 1
    for (const amount of [
      "682,237,464.67",
      "25,507,764.16",
      "1,029,077.76",
      "84,284.72",
      "593,785,100.00",
    ])
      has(document, `>${amount}</w:t>`);
    // all 20 project rows (seed 2.2)
    for (const p of evaluation.dataset.projects) has(document, xmlEscape(p.name));
    expect(evaluation.dataset.projects).toHaveLength(20);
    // the findings section and the 基础数据表 annex
    has(document, "数据一致性核查");
    has(document, "基础数据表");
  }, 60_000);

  it("sets jixiao's generated sentences in 楷体, grey, with the legend under the title", async () => {
    const { document } = await unzip(await renderDocx(model, { charts: false }));
    has(document, `>${DOCX_GENERATED_LEGEND}</w:t>`);
    // a generated run: 楷体 East-Asian face and the grey colour, then "按基础数据计算：…"
    has(
      document,
      /<w:r><w:rPr>(?:(?!<\/w:rPr>).)*w:eastAsia="楷体"(?:(?!<\/w:rPr>).)*<w:color w:val="595959"\/>(?:(?!<\/w:rPr>).)*<\/w:rPr><w:t xml:space="preserve">按基础数据计算：/,
      "a 楷体 grey generated run",
    );
  }, 60_000);

  it("lays out A4 公文 pages, fixed tables with DXA widths, repeated headers and East-Asian fonts", async () => {
    const { document, core, footer, fonts } = await unzip(
      await renderDocx(model, { charts: false }),
    );
    // fallbacks: 方正小标宋简体 → 黑体, 仿宋_GB2312 → 仿宋, charset GB2312
    expect(fonts).toContain(
      '<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/><w:charset w:val="86"/>',
    );
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    has(
      document,
      `<w:pgMar w:top="${PAGE.margin.top}" w:right="${PAGE.margin.right}" w:bottom="${PAGE.margin.bottom}" w:left="${PAGE.margin.left}"`,
    );
    expect(PAGE.margin).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 }); // 37/35/28/26 mm
    has(document, '<w:pgSz w:w="11906" w:h="16838"');
    const tables = (document.match(/<w:tbl>/g) ?? []).length;
    expect((document.match(/<w:tblLayout w:type="fixed"\/>/g) ?? []).length).toBe(tables);
    expect((document.match(/<w:tblW w:type="dxa" w:w="8845"\/>/g) ?? []).length).toBe(tables);
    has(document, "<w:tblHeader/>");
    // every run names its East-Asian face
    const runs = (document.match(/<w:r>/g) ?? []).length;
    const eastAsia = (document.match(/<w:rFonts [^>]*w:eastAsia="[^"]+"/g) ?? []).length;
    expect(eastAsia).toBe(runs);
    has(document, 'w:eastAsia="方正小标宋简体"');
    has(document, 'w:eastAsia="仿宋_GB2312"');
    has(document, /<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    has(document, '<w:sz w:val="32"/>'); // 三号 16 pt
    expect(footer).toMatch(/— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —/s);
    expect(core).toContain("<dc:title>桃江县自然资源局2020年度部门整体支出绩效评价报告</dc:title>");
    expect(core).toContain("<dc:subject>桃江县自然资源局</dc:subject>");
    expect(core).toContain("<cp:keywords>2020</cp:keywords>");
    expect(core).toContain("<dc:creator>jixiao</dc:creator>");
  }, 60_000);

  it("gives table cells their borders, margins and spacing once: on the table and in the TableText style", async () => {
    const { document, styles } = await unzip(await renderDocx(model, { charts: false }));
    const tables = (document.match(/<w:tbl>/g) ?? []).length;
    const black = 'w:val="single" w:color="000000" w:sz="4"';
    expect(
      (document.match(new RegExp(`<w:insideV ${black}/></w:tblBorders>`, "g")) ?? []).length,
    ).toBe(tables);
    const margins =
      '<w:tblCellMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="70"/><w:bottom w:type="dxa" w:w="30"/><w:right w:type="dxa" w:w="70"/></w:tblCellMar>';
    expect(document.split(margins).length - 1).toBe(tables);
    expect(document).not.toContain("<w:tcBorders>");
    expect(document).not.toContain("<w:tcMar>");
    // an at-least 15 pt line, no space around: in styles.xml, named by every cell paragraph (the
    // runs keep their 五号 size, the paragraph marks the document's 三号, as before)
    expect(styles).toContain(
      '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:pPr><w:spacing w:after="0" w:before="0" w:line="300" w:lineRule="atLeast"/></w:pPr></w:style>',
    );
    // every cell but the continuations docx adds under a rowSpan (vMerge, empty)
    const continued = document.split('<w:vMerge w:val="continue"/>').length - 1;
    const cells = (document.match(/<w:tc>/g) ?? []).length - continued;
    expect(document.split('<w:pPr><w:pStyle w:val="TableText"/>').length - 1).toBe(cells);
  }, 60_000);

  it("carries the 评分表 annex when the model is scored", async () => {
    const hunan = builtinFramework("hunan-county-2020");
    if (!hunan) throw new Error("missing built-in framework");
    const scored = buildReportModel(evaluation, { scoreAnnex: scoreSheetAnnex(hunan) });
    const { document } = await unzip(await renderDocx(scored, { charts: false }));
    const annex = findSection(scored.blocks, "annex-score");
    if (!annex) throw new Error("no score annex");
    has(document, `>附件2　${xmlEscape(annex.title)}</w:t>`);
    for (const t of allTables(annex.blocks))
      for (const row of t.rows)
        for (const cell of row.cells) {
          const text = cellText(cell);
          if (text !== "") has(document, `>${xmlEscape(text)}</w:t>`, `评分表: ${text}`);
        }
  }, 60_000);

  it("embeds each chart of the model as a PNG image", async () => {
    let charts = 0;
    walkBlocks(model.blocks, (b) => {
      if (b.kind === "chart") charts++;
    });
    expect(charts).toBe(3); // budget vs actual, 三公 year on year, revenue targets
    const bytes = await renderDocx(model);
    const { document } = await unzip(bytes);
    expect((document.match(/<pic:pic /g) ?? []).length).toBe(charts);
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file(/^word\/media\/.*\.png$/).length).toBe(charts);
  }, 60_000);
});

describe("columnWidths", () => {
  it("scales relative widths to exactly the text width", () => {
    const w = columnWidths([1, 4, 3, 3, 3, 2]);
    expect(w.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    expect(TEXT_WIDTH).toBe(8845);
  });
});
