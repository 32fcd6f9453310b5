import { describe, expect, it } from "vitest";
import { BOTH_BLANK_NOTE, fillBlankDifferences, ONE_BLANK_NOTE } from "./blank-difference.ts";
import { column, table } from "./blocks.ts";
import { amountCell, blankCell, cellText, textCell } from "./cells.ts";
import type { TableRow } from "./types.ts";

const columns = [
  column("name", "项目", "text", 20),
  column("received", "到位金额", "amount", 18),
  column("actual", "实际使用", "amount", 18),
  column("difference", "差额（到位-使用）", "amount", 18, {
    derived: { op: "difference", minuend: "received", subtrahend: "actual" },
  }),
];

function row(name: string, a: string | null, b: string | null, diff: string | null): TableRow {
  return {
    cells: [
      textCell(name),
      amountCell(a),
      amountCell(b),
      diff === null ? blankCell("dash") : amountCell(diff),
    ],
  };
}

const texts = (rows: TableRow[]) => rows.map((r) => r.cells.map(cellText));

describe("fillBlankDifferences (差额 with a blank input, as the seed foots it)", () => {
  it("reads the one blank input as 0 and marks ※ (seed 表（二） 利息 1,305.86, 基本支出明细 折旧 −603,018.01)", () => {
    const { rows, oneBlank, bothBlank } = fillBlankDifferences(columns, [
      row("工资福利费用", "25507764.16", "25507764.16", "0"),
      row("利息", "1305.86", null, null),
      row("固定资产折旧费", null, "603018.01", null),
    ]);
    expect(texts(rows).map((r) => r[3])).toEqual(["0.00", "1,305.86※", "-603,018.01※"]);
    expect([oneBlank, bothBlank]).toEqual([true, false]);
  });

  it("shows 0.00※ for a row blank on both sides when no row has just one input (seed 表（一） 其他)", () => {
    const { rows, bothBlank } = fillBlankDifferences(columns, [
      row("项目支出", "650501700", "650501700", "0"),
      row("其他", null, null, null),
      row("资本性作支出", null, null, null),
    ]);
    expect(texts(rows).map((r) => r[3])).toEqual(["0.00", "0.00※", "0.00※"]);
    expect(bothBlank).toBe(true);
  });

  it("keeps '-' for a row blank on both sides when another row has just one input", () => {
    const { rows } = fillBlankDifferences(columns, [
      row("利息", "1305.86", null, null),
      row("其他", null, null, null),
    ]);
    expect(texts(rows).map((r) => r[3])).toEqual(["1,305.86※", "-"]);
  });

  it("table() adds the ※ note and drops the partial-total note, the 合计 unchanged", () => {
    const t = table({
      id: "allocation-comparison",
      title: "预算拨款与实际支出对比表（二）",
      unit: "单位：元",
      columns,
      rows: [
        row("项目支出", "646168986.31", "650501700", "-4332713.69"),
        row("利息", "1305.86", null, null),
        { ...row("合计", "646170292.17", "650501700", "-4331407.83"), total: true },
      ],
    });
    expect(t.notes).toEqual([ONE_BLANK_NOTE]);
    expect(t.notes).not.toContain(BOTH_BLANK_NOTE);
    // the column foots: −4,332,713.69 + 1,305.86 = −4,331,407.83
    expect(texts(t.rows).map((r) => r[3])).toEqual(["-4,332,713.69", "1,305.86※", "-4,331,407.83"]);
  });
});
