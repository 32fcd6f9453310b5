import { describe, expect, it } from "vitest";
import { parseNumber, toYuan } from "./numbers.ts";

describe("parseNumber", () => {
  it("reads amounts with separators and signs exactly (seed 表（二） 差额 column)", () => {
    expect(parseNumber(" -4,332,713.69 ")).toEqual({
      text: "-4,332,713.69",
      value: "-4332713.69",
      places: 2,
      percent: false,
      dash: false,
    });
    expect(parseNumber("650501700")?.value).toBe("650501700");
  });
  it("reads percentages with their places (seed 1.2.2 变动比例)", () => {
    expect(parseNumber("-71.58%")).toMatchObject({ value: "-71.58", places: 2, percent: true });
  });
  it("reads an accounting dash as 0 and blank or text as nothing", () => {
    expect(parseNumber(" -   ")).toMatchObject({ value: "0", dash: true });
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("工资福利费用")).toBeNull();
  });
});

describe("toYuan", () => {
  it("converts 万元 and 亿元 exactly with Decimal (seed 65,050.17万元, 6.15亿元)", () => {
    expect(toYuan("65050.17", "万元")).toBe("650501700.00");
    expect(toYuan("68326.654243", "万元")).toBe("683266542.43");
    expect(toYuan("6.15", "亿元")).toBe("615000000.00");
  });
  it("gives null when the amount is finer than a 分", () => {
    expect(toYuan("1.2345678", "万元")).toBeNull();
  });
});
