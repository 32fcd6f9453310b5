import type { AllocationLine, Dataset } from "../schema/dataset.ts";
import { perRun } from "./run-memo.ts";
import { amountColumn, type ColumnValues, differences, itemsOf, type LineTable } from "./table.ts";
import type { Indicator } from "./types.ts";

/**
 * 到位金额合计 and 实际使用合计 of 预算拨款与实际支出对比表 (Σ rows, 元, exact), with per-item
 * values. 结转结余 and 预算完成率 read the 到位 total from here.
 * Built once per computeIndicators run (metrics/run-memo.ts): the areas that read it share it.
 * @example allocationColumns(seed).received.total.outcome.value // 683,266,542.43 (seed 表（二）合计)
 */
export function allocationColumns(dataset: Dataset): {
  received: ColumnValues;
  actual: ColumnValues;
} {
  return perRun(dataset, "allocationColumns", () => buildAllocationColumns(dataset));
}

function buildAllocationColumns(dataset: Dataset): {
  received: ColumnValues;
  actual: ColumnValues;
} {
  const table: LineTable<AllocationLine> = {
    name: "allocation",
    rows: dataset.allocation,
    param: (r) => r.item,
    label: (r) => r.name,
  };
  const items = itemsOf(table);
  return {
    received: amountColumn(table, "received", "到位金额", "到位金额合计", items),
    actual: amountColumn(table, "actual", "实际使用", "实际使用合计", items),
  };
}

/**
 * 预算拨款与实际支出对比表 indicators (元, exact): 到位金额, 实际使用 and
 * 到位−使用差额 = 到位金额 − 实际使用, per item (expense line or revenue source) and in total.
 * A blank cell is missing, never 0: a row with 到位 but a blank 使用 has a null difference
 * (`missing`), while the total difference is (Σ 到位) − (Σ 使用) over the non-blank cells.
 * @example allocationIndicators(seed) → "allocation.difference.total" =
 *   683,266,542.43 − 682,237,464.67 = 1,029,077.76 (seed 表（二）合计 差额);
 *   "allocation.difference[project]" = 646,168,986.31 − 650,501,700.00 = −4,332,713.69
 */
export function allocationIndicators(dataset: Dataset): Indicator[] {
  const { received, actual } = allocationColumns(dataset);
  return [
    ...received.indicators,
    ...actual.indicators,
    ...differences(
      received,
      actual,
      { code: "allocation.difference", totalCode: "allocation.difference.total" },
      dataset.allocation.length > 0,
    ),
  ];
}
