import type { Dataset } from "@jixiao/core";
import { createWorkbook, type WorkbookBuilder } from "./workbook.ts";
import { writeBasicDataSheets } from "./write-sheets.ts";

/**
 * Document properties of a workbook for one department-year.
 * @example setDatasetProperties(wb, taojiang, "…基础数据表") // subject 桃江县自然资源局, keywords "2020"
 */
export function setDatasetProperties(wb: WorkbookBuilder, dataset: Dataset, title: string): void {
  wb.setProperties({
    title,
    subject: dataset.department.name,
    keywords: String(dataset.department.fiscalYear),
    creator: "jixiao",
  });
}

/**
 * Write a dataset as a filled 基础数据表 workbook. Amounts are number cells showing exactly the
 * string's places (see `decimalCell`); computed cells carry a formula and its cached value.
 * `importBasicData` of the result gives the same dataset back (blank ≡ null ≡ absent).
 * @example const bytes = await exportBasicData(taojiang); // 基础数据表 with 682,237,464.67 in 支出
 */
export async function exportBasicData(dataset: Dataset): Promise<Uint8Array> {
  const wb = createWorkbook();
  setDatasetProperties(
    wb,
    dataset,
    `${dataset.department.name}${dataset.department.fiscalYear}年度 基础数据表`,
  );
  writeBasicDataSheets(wb, dataset);
  return wb.toBuffer();
}
