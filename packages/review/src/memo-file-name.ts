import { reportFileName } from "@jixiao/report";

/**
 * The memo's file name: `<部门>-<年度>-复核意见.<ext>`, made safe for every file system the
 * same way as the report's name (@jixiao/report reportFileName).
 * @example memoFileName("桃江县自然资源局", 2020, "md") === "桃江县自然资源局-2020-复核意见.md"
 */
export function memoFileName(department: string, fiscalYear: number, ext: string): string {
  return reportFileName(department, fiscalYear, ext).replace(
    /-绩效评价报告\.([^.]+)$/,
    "-复核意见.$1",
  );
}
