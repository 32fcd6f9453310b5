import { describe, expect, it } from "vitest";
import { getAt, parsePath, pathText, setAt, startsWith } from "./paths.ts";

describe("paths", () => {
  it("reads and writes core's JSON paths", () => {
    expect(parsePath("revenueTargets[9].givenIn.unit")).toEqual([
      "revenueTargets",
      9,
      "givenIn",
      "unit",
    ]);
    expect(parsePath("expenditure[*].actual")).toEqual(["expenditure", "*", "actual"]);
    expect(pathText(["threePublicExpenses", 0, "actual"])).toBe("threePublicExpenses[0].actual");
  });

  it("sets a value by copying only the objects along the path", () => {
    const other = { name: "公务接待费" };
    const draft = { threePublicExpenses: [{ actual: "62769.85" }, other], department: { x: 1 } };
    const next = setAt(draft, ["threePublicExpenses", 0, "actual"], "70000.00");
    expect(getAt(next, ["threePublicExpenses", 0, "actual"])).toBe("70000.00");
    expect(getAt(draft, ["threePublicExpenses", 0, "actual"])).toBe("62769.85");
    expect(next.threePublicExpenses[1]).toBe(other);
    expect(next.department).toBe(draft.department);
  });

  it("creates missing objects and arrays along the path", () => {
    expect(setAt({ operatingExpenses: null }, ["operatingExpenses", "budget"], "5")).toEqual({
      operatingExpenses: { budget: "5" },
    });
    expect(setAt({}, ["projects", 0, "name"], "土地整理")).toEqual({
      projects: [{ name: "土地整理" }],
    });
    expect(getAt({ a: null }, ["a", "b"])).toBeUndefined();
  });

  it("tells whether a path lies under another", () => {
    expect(startsWith(["projects", 3, "budget"], ["projects", 3])).toBe(true);
    expect(startsWith(["projects", 4, "budget"], ["projects", 3])).toBe(false);
  });
});
