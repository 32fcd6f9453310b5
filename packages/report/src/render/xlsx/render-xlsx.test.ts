import { evaluate } from "@jixiao/core";
import { builtinFramework } from "@jixiao/core/frameworks";
import { parseDataset } from "@jixiao/core/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { taojiang2020 } from "../../../../../examples/index.ts";
import { buildReportModel } from "../../model/build.ts";
import { scoreSheetAnnex } from "../../model/score-sheet-annex.ts";
import { allTables, findSection } from "../../model/walk.ts";
import { importBasicData } from "../../xlsx/import.ts";
import { SHEET_SPECS } from "../../xlsx/sheet-specs.ts";
import { canonical } from "../../xlsx/test-arbitrary.ts";
import { renderXlsx, SCORE_ANNEX_ID } from "./render-xlsx.ts";

const hunan = builtinFramework("hunan-county-2020");
if (!hunan) throw new Error("missing built-in framework hunan-county-2020");
const evaluation = evaluate(parseDataset(taojiang2020, "taojiang-natural-resources-2020"));
const model = buildReportModel(evaluation, { scoreAnnex: scoreSheetAnnex(hunan) });

describe("renderXlsx (Taojiang 2020)", () => {
  it("holds the 基础数据表 that imports back to the dataset, and the 评分表 from the model", async () => {
    const bytes = await renderXlsx(model, evaluation);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "说明",
      ...SHEET_SPECS.map((s) => s.name),
      "评分表",
    ]);
    expect(wb.title).toBe("桃江县自然资源局2020年度部门整体支出绩效评价报告（基础数据表与评分表）");
    expect(wb.subject).toBe("桃江县自然资源局");
    expect(wb.keywords).toBe("2020");

    const back = await importBasicData(bytes);
    if (!back.ok) throw new Error(back.problems.map((p) => p.message).join("\n"));
    expect(canonical(back.dataset)).toEqual(canonical(evaluation.dataset));

    // Every text of the model's 评分表 tables stands in the sheet, every number as its value.
    const ws = wb.getWorksheet("评分表");
    if (!ws) throw new Error("no 评分表");
    const texts = new Set<string>();
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value as ExcelJS.CellValue;
        texts.add(
          typeof v === "object" && v !== null && "result" in v ? String(v.result) : String(v),
        );
      }),
    );
    const annex = findSection(model.blocks, SCORE_ANNEX_ID);
    if (!annex) throw new Error("no score annex in the model");
    const tables = allTables(annex.blocks);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      expect(texts.has(t.title)).toBe(true);
      for (const row of t.rows)
        for (const cell of row.cells)
          if (cell.kind === "text" && cell.text !== "")
            expect(texts.has(cell.text), cell.text).toBe(true);
    }
    // The 支出 sheet's 合计 row: seed 预算支出与实际支出对比表（一）合计 682,237,464.67
    const total = wb.getWorksheet("支出")?.getCell(`D${evaluation.dataset.expenditure.length + 2}`)
      .value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^SUM\(D2:D\d+\)$/);
    expect(total.result).toBe(682237464.67);
  }, 60_000);

  it("leaves the 评分表 out when the model has no score annex", async () => {
    const plain = buildReportModel(evaluation);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(plain, evaluation)) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("评分表")).toBeUndefined();
  });
});
