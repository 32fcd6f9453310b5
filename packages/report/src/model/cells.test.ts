import { dec, roundHalfUp } from "@jixiao/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  amountCell,
  blankCell,
  cellText,
  countCell,
  formatAmount,
  quantityCell,
  wanYuan,
} from "./cells.ts";

describe("cellText", () => {
  it("prints 元 with thousands separators and 2 places (seed 二、表（一）合计)", () => {
    expect(cellText(amountCell("682237464.67"))).toBe("682,237,464.67");
    expect(cellText(amountCell("650501700"))).toBe("650,501,700.00");
  });

  it("prints negative differences with the sign (seed 1.2.1 合计 决算比预算减少)", () => {
    expect(cellText(amountCell("-735715.28"))).toBe("-735,715.28");
  });

  it("restates 元 in 万元 with the places asked (seed 1.2.1 prose: 预算数82.00万元, 决算数8.43万元)", () => {
    expect(formatAmount(dec("820000"), wanYuan(2))).toBe("82.00");
    expect(formatAmount(dec("84284.72"), wanYuan(2))).toBe("8.43");
    // seed 一（三） writes 预算支出 as 68223.7464万元 (4 places, cut); 四舍五入 of 68,223.746467 gives .7465
    expect(formatAmount(dec("682237464.67"), wanYuan(4))).toBe("68,223.7465");
  });

  it("prints percents 四舍五入 to 2 places with % (seed 1.2.1 控制率 10.28)", () => {
    // 84,284.72 ÷ 820,000.00 × 100 = 10.27862…
    const rate = dec("84284.72").div(dec("820000")).times(100);
    expect(cellText({ kind: "percent", value: rate })).toBe("10.28%");
    // 99.845 rounds half up to 99.85, never truncated to 99.84
    expect(cellText({ kind: "percent", value: dec("99.845") })).toBe("99.85%");
  });

  it("prints blank as empty or '-', never 0 (DESIGN §7)", () => {
    expect(cellText(amountCell(null))).toBe("");
    expect(cellText(amountCell(undefined))).toBe("");
    expect(cellText(blankCell("dash"))).toBe("-");
    expect(cellText(countCell(null))).toBe("");
  });

  it("prints quantities as written and counts as integers", () => {
    expect(cellText(quantityCell("159.1181"))).toBe("159.1181");
    expect(cellText(quantityCell("33359.00"))).toBe("33359.00");
    expect(cellText(countCell(288))).toBe("288");
  });

  it("prints a null indicator as its Chinese reason", () => {
    expect(cellText({ kind: "null", reason: "priorYearZero", text: "上年为0（新增）" })).toBe(
      "上年为0（新增）",
    );
  });

  it("property: the 元 text, separators removed, is the amount rounded half up to 2 places", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.integer({ min: 0, max: 99 }),
        (int, fen) => {
          const written = `${int}.${String(fen).padStart(2, "0")}`;
          const text = cellText(amountCell(written));
          expect(text.replace(/,/g, "")).toBe(roundHalfUp(dec(written), 2));
          expect(/^-?\d{1,3}(,\d{3})*\.\d{2}$/.test(text)).toBe(true);
        },
      ),
    );
  });
});
