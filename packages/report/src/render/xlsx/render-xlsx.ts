import type { Evaluation } from "@jixiao/core";
import type { ReportModel, SectionBlock } from "../../model/types.ts";
import { allTables, findSection, walkBlocks } from "../../model/walk.ts";
import { setDatasetProperties } from "../../xlsx/export.ts";
import { SHEET } from "../../xlsx/sheet-specs.ts";
import { createWorkbook } from "../../xlsx/workbook.ts";
import { writeBasicDataSheets } from "../../xlsx/write-sheets.ts";
import { modelTableWidths, writeModelTable } from "./model-table-sheet.ts";

/** The id of the 评分表 annex section in the ReportModel. */
export const SCORE_ANNEX_ID = "annex-score";

function writeScoreSheet(wb: ReturnType<typeof createWorkbook>, annex: SectionBlock): void {
  const tables = allTables(annex.blocks);
  if (tables.length === 0) return;
  const sheet = wb.addSheet(SHEET.scoreSheet, { tabColor: "FFC00000" });
  const widths = tables
    .map(modelTableWidths)
    .reduce<number[]>((acc, w) => w.map((x, i) => Math.max(x, acc[i] ?? 0)), []);
  sheet.setColumnWidths(widths);
  let row = 1;
  sheet.setRow(row++, [{ kind: "text", text: `${annex.numbering}　${annex.title}`, bold: true }]);
  // The annex in reading order: its paragraphs (framework, manual-score note) and its tables.
  walkBlocks(annex.blocks, (b) => {
    if (b.kind === "paragraph") {
      sheet.setRow(row++, [{ kind: "text", text: b.content.map((c) => c.text).join("") }]);
    } else if (b.kind === "table") {
      row = writeModelTable(sheet, b, row + 1);
    }
  });
}

/**
 * The report's workbook: the filled 基础数据表 (说明 and one sheet per data block, the same
 * layout `jixiao template` writes and `jixiao import` reads back) followed by the 评分表 sheet,
 * written from the model's 附件2 评分表 annex (section "annex-score") when the model has one.
 * Computed cells carry formulas and cached values. File name: <部门>-<年度>-绩效评价报告.xlsx.
 * @example const bytes = await renderXlsx(model, evaluation); // sheets 说明 … 已述数字, 评分表
 */
export async function renderXlsx(model: ReportModel, evaluation: Evaluation): Promise<Uint8Array> {
  const wb = createWorkbook();
  setDatasetProperties(wb, evaluation.dataset, `${model.meta.title}（基础数据表与评分表）`);
  writeBasicDataSheets(wb, evaluation.dataset);
  const annex = findSection(model.blocks, SCORE_ANNEX_ID);
  if (annex) writeScoreSheet(wb, annex);
  return wb.toBuffer();
}
