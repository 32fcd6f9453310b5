import { describe, expect, it } from "vitest";
import { cleanNumberText, isBlankText, parseClipboardTable } from "./clean-paste.ts";

describe("parseClipboardTable", () => {
  it("splits an Excel block into rows and cells and drops the trailing line break", () => {
    expect(parseClipboardTable("21\t耕地保护\t820000.00\r\n22\t地灾防治\t\r\n")).toEqual([
      ["21", "耕地保护", "820000.00"],
      ["22", "地灾防治", ""],
    ]);
  });

  it("reads quoted cells with tabs, line breaks and doubled quotes (multi-line cells)", () => {
    expect(parseClipboardTable('"第一行\n第二行"\t"他说""好"""\n1\t2')).toEqual([
      ["第一行\n第二行", '他说"好"'],
      ["1", "2"],
    ]);
  });

  it("keeps a quote inside an unquoted cell and reads a single cell", () => {
    expect(parseClipboardTable('湘财资环指"2020"23号')).toEqual([['湘财资环指"2020"23号']]);
    expect(parseClipboardTable("62769.85")).toEqual([["62769.85"]]);
    expect(parseClipboardTable("")).toEqual([]);
  });

  it("keeps empty cells at the end of a row (WPS copies them)", () => {
    expect(parseClipboardTable("a\t\t\nb\t\t")).toEqual([
      ["a", "", ""],
      ["b", "", ""],
    ]);
  });
});

describe("cleanNumberText", () => {
  it("turns full-width digits and separators into a plain decimal", () => {
    expect(cleanNumberText("１，２３４．５６")).toBe("1234.56");
    expect(cleanNumberText("８２０　０００．００")).toBe("820000.00");
  });

  it("drops 、，and spaces used as thousands separators and the 元 / ¥ marks", () => {
    expect(cleanNumberText("82、000.00 元")).toBe("82000.00");
    expect(cleanNumberText("￥ 62,769.85")).toBe("62769.85");
    expect(cleanNumberText(" 21 514.87 ")).toBe("21514.87");
  });

  it("reads an accountant's negative in parentheses", () => {
    expect(cleanNumberText("（1,234.00）")).toBe("-1234.00");
    expect(cleanNumberText("－73.57")).toBe("-73.57");
  });

  it("leaves what it cannot read for the schema to explain", () => {
    expect(cleanNumberText("12万")).toBe("12万");
    expect(cleanNumberText("1.2.3")).toBe("1.2.3");
  });
});

describe("isBlankText", () => {
  it("treats empty, spaces and dashes as not given, never zero", () => {
    expect(["", "  ", "-", " — ", "－", "\u3000"].every(isBlankText)).toBe(true);
    expect(isBlankText("0")).toBe(false);
  });
});
