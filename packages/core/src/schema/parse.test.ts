import { describe, expect, it } from "vitest";
import { minimalDatasetInput } from "../testing/seed-fixtures.ts";
import { safeParseDataset } from "./parse.ts";
import { isCalendarDate } from "./primitives.ts";

/** The issues of an input that must fail, as "path: message" lines. */
function issuesOf(input: unknown): string[] {
  const result = safeParseDataset(input);
  if (result.ok) throw new Error("expected the input to be rejected");
  return result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe("parseDataset messages: bilingual, naming path and value", () => {
  it("accepts the minimal seed-valued dataset", () => {
    expect(safeParseDataset(minimalDatasetInput()).ok).toBe(true);
  });

  it("rejects a misspelled block instead of silently dropping it", () => {
    // QA: renaming "projects" to "projetcs" used to give a report with an empty 项目支出 table
    const input = { ...minimalDatasetInput(), projetcs: [] };
    expect(issuesOf(input)).toEqual([
      ": 未知字段 “projetcs”（拼写错误？未知字段不会被读取） / unknown field(s) projetcs (a typo? unknown fields are not read)",
    ]);
  });

  it("rejects unknown keys inside nested objects too, with their path", () => {
    const input = minimalDatasetInput();
    const department = { ...input.department, nmae: "x" };
    expect(issuesOf({ ...input, department })[0]).toMatch(/^department: 未知字段 “nmae”/);
  });

  it("names the expected and received types for a wrong type", () => {
    const input = minimalDatasetInput();
    const department = { ...input.department, fiscalYear: "2020" };
    expect(issuesOf({ ...input, department })).toEqual([
      'department.fiscalYear: 应为数字，实为字符串 "2020" / expected a number, got a string "2020"',
    ]);
    expect(issuesOf([])).toEqual([
      ": 应为对象（{…}），实为数组（[…]） […] / expected an object, got an array […]",
    ]);
  });

  it("says a null in a required field must not be null, not 'got null null'", () => {
    // QA: a blank required cell read "应为数字，实为null null / expected a number, got null null"
    const input = minimalDatasetInput();
    const department = { ...input.department, fiscalYear: null };
    expect(issuesOf({ ...input, department })).toEqual([
      "department.fiscalYear: 不能为空（null） / must not be null (blank)",
    ]);
  });

  it("lists the allowed values for a wrong literal or enum", () => {
    expect(issuesOf({ ...minimalDatasetInput(), schemaVersion: 2 })).toEqual([
      "schemaVersion: 2 不是允许的取值（可选：1） / 2 is not one of 1",
    ]);
  });

  it("rejects dates that do not exist", () => {
    const input = minimalDatasetInput();
    expect(issuesOf({ ...input, budgetUnits: { asOf: "2020-02-30", groups: [] } })).toEqual([
      "budgetUnits.asOf: “2020-02-30”不是存在的日期 / 2020-02-30 is not a real date",
    ]);
    expect(issuesOf({ ...input, budgetUnits: { asOf: "2020-13-45", groups: [] } })[0]).toMatch(
      /不是存在的日期/,
    );
  });
});

describe("isCalendarDate", () => {
  it("knows month lengths and leap years", () => {
    expect(isCalendarDate(2020, 2, 29)).toBe(true); // 2020 is a leap year
    expect(isCalendarDate(2021, 2, 29)).toBe(false);
    expect(isCalendarDate(1900, 2, 29)).toBe(false); // divisible by 100, not by 400
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(2020, 12, 31)).toBe(true); // seed: 至2020年12月31日
    expect(isCalendarDate(2020, 4, 31)).toBe(false);
    expect(isCalendarDate(2020, 13, 1)).toBe(false);
  });
});
