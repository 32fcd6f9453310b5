import { describe, expect, it } from "vitest";
import { chineseNumeral, partialTotalNote, stripNumbering } from "./blocks.ts";
import { amountCell, blankCell, textCell } from "./cells.ts";
import { chineseDate } from "./text.ts";
import type { ColumnSpec, TableRow } from "./types.ts";

describe("numbering helpers", () => {
  it("writes Chinese numerals for 一、…二十一、", () => {
    expect([1, 7, 10, 12, 20, 21].map(chineseNumeral)).toEqual([
      "一",
      "七",
      "十",
      "十二",
      "二十",
      "二十一",
    ]);
  });

  it("strips the numbering a heading was written with (seed 六、 mixes (1) and （三）)", () => {
    expect(stripNumbering("（1） 耕地“占补平衡”矛盾较为尖锐")).toBe("耕地“占补平衡”矛盾较为尖锐");
    expect(stripNumbering("(2) 涉土信访和诉讼案件日趋增加")).toBe("涉土信访和诉讼案件日趋增加");
    expect(stripNumbering("（三）受主客观因素影响，地灾防治面临新形势。")).toBe(
      "受主客观因素影响，地灾防治面临新形势。",
    );
    expect(stripNumbering("1、面对用地矛盾加大")).toBe("面对用地矛盾加大");
    expect(stripNumbering("2020年地灾防治")).toBe("2020年地灾防治");
  });

  it("writes dates the Chinese way (seed 落款 2021年5月20日)", () => {
    expect(chineseDate("2021-05-20")).toBe("2021年5月20日");
  });
});

describe("partialTotalNote", () => {
  // 附件1 表5 收入情况: the seed states 到位 for 其他收入 (5,360,485.59) and 利息收入 (1,305.86) only;
  // 财政拨款收入's 到位数 is not stated, so the column's 合计 covers the filled rows alone.
  const columns: ColumnSpec[] = [
    { key: "name", label: "收入来源", align: "left", width: 3, type: "text" },
    { key: "received", label: "到位数", align: "right", width: 2, type: "amount" },
    { key: "used", label: "使用数", align: "right", width: 2, type: "amount" },
  ];
  const rows: TableRow[] = [
    { cells: [textCell("财政拨款收入"), blankCell(), amountCell("680008000.00")] },
    { cells: [textCell("其他收入"), amountCell("5360485.59"), amountCell("3257236.57")] },
    { cells: [textCell("利息收入"), amountCell("1305.86"), amountCell("1305.86")] },
    {
      cells: [textCell("合计"), amountCell("5361791.45"), amountCell("683266542.43")],
      total: true,
    },
  ];

  it("names the amount column whose total skips blank rows", () => {
    expect(partialTotalNote(columns, rows)).toBe(
      "注：“到位数”列有空白行，合计仅含已填列的行（空白不作0处理）。",
    );
  });

  it("says nothing when every row of the column is filled", () => {
    const filled = rows.map((r, i) =>
      i === 0
        ? { cells: [textCell("财政拨款收入"), amountCell("0"), amountCell("680008000.00")] }
        : r,
    );
    expect(partialTotalNote(columns, filled)).toBeNull();
  });
});
