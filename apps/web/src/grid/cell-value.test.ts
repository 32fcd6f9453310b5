import { EXPENSE_ITEM_OPTIONS, THREE_PUBLIC_OPTIONS } from "@jixiao/report/xlsx/sheet-specs";
import { describe, expect, it } from "vitest";
import { editText, formatCellValue, parseCellInput } from "./cell-value.ts";

const amount = { t: "amount" } as const;
const count = { t: "count" } as const;
const option = { t: "option", options: THREE_PUBLIC_OPTIONS } as const;

describe("parseCellInput", () => {
  it("reads amounts in 元 as exact strings, cleaning full-width digits and separators", () => {
    // Seed 1.2.1 公务接待费 预算数 820,000.00 元.
    expect(parseCellInput(amount, "８２０，０００．００")).toBe("820000.00");
    expect(parseCellInput(amount, "62,769.85")).toBe("62769.85");
    expect(parseCellInput(amount, "25507764.160")).toBe("25507764.16");
  });

  it("reads amounts typed in 万元 as 元, exactly", () => {
    expect(parseCellInput(amount, "82", "万元")).toBe("820000");
    expect(parseCellInput(amount, "6.276985", "万元")).toBe("62769.85");
  });

  it("keeps blank as missing (null), never 0", () => {
    expect(parseCellInput(amount, "")).toBeNull();
    expect(parseCellInput(amount, " - ")).toBeNull();
    expect(parseCellInput(count, "—")).toBeNull();
    expect(parseCellInput({ t: "text", required: false }, "  ")).toBeNull();
    expect(parseCellInput({ t: "text", required: true }, "")).toBe("");
  });

  it("keeps unreadable text as typed so the schema can explain it", () => {
    expect(parseCellInput(amount, "12万")).toBe("12万");
    expect(parseCellInput(count, "2.5")).toBe("2.5");
  });

  it("reads counts, dates, options and 是/否", () => {
    // Seed 一、（2）: 编制 282 人.
    expect(parseCellInput(count, "２８２")).toBe(282);
    expect(parseCellInput({ t: "date" }, "2020/12/31")).toBe("2020-12-31");
    expect(parseCellInput({ t: "date" }, "2020年1月1日")).toBe("2020-01-01");
    expect(parseCellInput(option, "公务接待费")).toBe("officialReception");
    expect(parseCellInput(option, "officialReception")).toBe("officialReception");
    expect(parseCellInput({ t: "bool" }, "是")).toBe(true);
    expect(parseCellInput({ t: "list" }, "自然资源所；测绘队\n")).toEqual(["自然资源所", "测绘队"]);
  });
});

describe("formatCellValue and editText", () => {
  it("shows amounts with thousands separators in 元 (2 places) or 万元 (4 places)", () => {
    expect(formatCellValue(amount, "682237464.67")).toBe("682,237,464.67");
    expect(formatCellValue(amount, "820000")).toBe("820,000.00");
    expect(formatCellValue(amount, "62769.85", "万元")).toBe("6.2770");
    expect(formatCellValue(amount, null)).toBe("");
  });

  it("shows options by name and refused text as typed", () => {
    expect(formatCellValue({ t: "option", options: EXPENSE_ITEM_OPTIONS }, "project")).toBe(
      "项目支出",
    );
    expect(formatCellValue(amount, "abc")).toBe("abc");
    expect(formatCellValue({ t: "bool" }, false)).toBe("否");
  });

  it("starts an edit with a text that reads back to the same value", () => {
    expect(editText(amount, "62769.85", "万元")).toBe("6.276985");
    expect(parseCellInput(amount, editText(amount, "62769.85", "万元"), "万元")).toBe("62769.85");
    expect(editText(option, "officialReception")).toBe("公务接待费");
    expect(editText(count, 288)).toBe("288");
  });
});
