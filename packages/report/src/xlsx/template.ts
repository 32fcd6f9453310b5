import { createWorkbook } from "./workbook.ts";
import { writeBasicDataSheets } from "./write-sheets.ts";

/**
 * A blank 基础数据表 workbook: the 说明 sheet and one sheet per data block, with headers and
 * units (元), data validation (amounts ≥ 0 with at most 2 decimals; fixed lists for funding
 * types, expense items, 三公 items, categories and units) and frozen header rows.
 * @example const bytes = await basicDataTemplate(); // write to 基础数据表.xlsx
 */
export async function basicDataTemplate(): Promise<Uint8Array> {
  const wb = createWorkbook();
  wb.setProperties({ title: "基础数据表（空白模板）", creator: "jixiao" });
  writeBasicDataSheets(wb, null);
  return wb.toBuffer();
}
