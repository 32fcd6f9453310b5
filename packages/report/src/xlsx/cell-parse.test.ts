import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dropExtraZeros,
  formatPlaces,
  normaliseDigits,
  numberToDecimalString,
  readAmount,
  readCount,
  readDate,
  readOption,
} from "./cell-parse.ts";
import { decimalCell } from "./cell-write.ts";
import type { CellRead } from "./workbook.ts";

const cell = (value: CellRead["value"], numberFormat = "General"): CellRead => ({
  address: "C7",
  value,
  numberFormat,
});

describe("cell parsing", () => {
  it("normalises full-width digits, punctuation and spaces", () => {
    expect(normaliseDigits(" １，２３４．５６\u3000")).toBe("1,234.56");
  });

  it("reads amounts the seed prints, in every accepted spelling", () => {
    // seed 二、表（一）合计 682,237,464.67
    for (const v of [
      "682237464.67",
      "682,237,464.67",
      " 682,237,464.67 ",
      "６８２，２３７，４６４．６７",
    ])
      expect(readAmount(cell(v))).toEqual({ ok: true, value: "682237464.67" });
    expect(readAmount(cell(682237464.67, "#,##0.00"))).toEqual({ ok: true, value: "682237464.67" });
    // seed 项目支出 650,501,700.00 written as a number with 2 places shown
    expect(readAmount(cell(650501700, "#,##0.00"))).toEqual({ ok: true, value: "650501700.00" });
    expect(readAmount(cell(0.1 + 0.2))).toEqual({ ok: true, value: "0.3" });
    expect(readAmount(cell("-"))).toEqual({ ok: true, value: null });
    expect(readAmount(cell(null))).toEqual({ ok: true, value: null });
  });

  it("drops zeros typed beyond 2 places in a text amount, and nothing else", () => {
    // seed 二、表（一） row 1: 25,507,764.16 typed as text with a trailing zero
    expect(readAmount(cell("25507764.160"))).toEqual({ ok: true, value: "25507764.16" });
    expect(readAmount(cell("25,507,764.1600"))).toEqual({ ok: true, value: "25507764.16" });
    // seed 项目支出 650,501,700.00: places up to 2 stay as typed
    expect(readAmount(cell("650501700.000"))).toEqual({ ok: true, value: "650501700.00" });
    expect(readAmount(cell("4819029.50"))).toEqual({ ok: true, value: "4819029.50" });
    const r = readAmount(cell("820000.550"));
    expect(r.ok ? r.value : r.problem.zh).toBe("820000.55");
    const more = readAmount(cell("820000.555"));
    expect(more.ok).toBe(false);
    if (!more.ok) expect(more.problem.zh).toBe("'820000.555' 金额最多两位小数");
    expect(dropExtraZeros("282.000", 0)).toBe("282");
    expect(dropExtraZeros("159.11810", null)).toBe("159.11810"); // no place limit: as typed
  });

  it("rejects what is not an amount in 元", () => {
    for (const v of ["12万", "1,23,4", "1.2.3", "abc"]) {
      const r = readAmount(cell(v));
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(`${r.problem.zh} / ${r.problem.en}`).toBe(
          `'${v}' 不是以元为单位的金额 / is not an amount in 元`,
        );
    }
    expect(readAmount(cell("12.345")).ok).toBe(false);
    expect(readAmount(cell(12.345)).ok).toBe(false);
    expect(readAmount(cell(-5)).ok).toBe(false);
  });

  it("gives back exactly the string decimalCell wrote, for any amount", () => {
    const amount = fc
      .tuple(
        fc.bigInt({ min: 0n, max: 10n ** 17n }),
        fc.constantFrom("", ".0", ".5", ".05", ".10", ".99"),
      )
      .map(([i, f]) => `${i}${f}`);
    fc.assert(
      fc.property(amount, (s) => {
        const w = decimalCell(s);
        if (w === null) return false;
        const read =
          w.kind === "number"
            ? cell(w.value, w.format ?? "General")
            : w.kind === "text"
              ? cell(w.text)
              : null;
        if (!read) return false;
        expect(readAmount(read)).toEqual({ ok: true, value: s });
        return true;
      }),
    );
  });

  it("converts float noise as Excel shows it, and only that", () => {
    expect(numberToDecimalString(593785100.1 + 0.2, "General", 2)).toEqual({
      ok: true,
      value: "593785100.3",
    });
    expect(numberToDecimalString(1.005, "General", 2).ok).toBe(false);
    expect(formatPlaces("#,##0.00")).toBe(2);
    expect(formatPlaces("0.00%")).toBeNull();
    expect(formatPlaces("General")).toBeNull();
  });

  it("reads counts, dates and fixed-list names", () => {
    // seed 一、（2）: 编制数 282 人
    expect(readCount(cell("２８２"))).toEqual({ ok: true, value: 282 });
    expect(readCount(cell(282.5)).ok).toBe(false);
    expect(readDate(cell("2020/12/31"))).toEqual({ ok: true, value: "2020-12-31" });
    expect(readDate(cell(new Date(Date.UTC(2020, 11, 31))))).toEqual({
      ok: true,
      value: "2020-12-31",
    });
    const opts = [{ value: "full", name: "全额拨款" }];
    expect(readOption(cell(" 全额拨款 "), opts)).toEqual({ ok: true, value: "full" });
    expect(readOption(cell("full"), opts)).toEqual({ ok: true, value: "full" });
    expect(readOption(cell("全额"), opts).ok).toBe(false);
  });
});
