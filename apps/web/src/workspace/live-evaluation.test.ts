import { taojiang2020 } from "@jixiao/examples";
import { describe, expect, it } from "vitest";
import { setAt } from "../grid/paths.ts";
import { countBySeverity, findingMarks, issuesByPath, liveResult } from "./live-evaluation.ts";

describe("liveResult", () => {
  it("evaluates the Taojiang 2020 draft in the browser: 三公经费 控制率 10.28%", () => {
    const { issues, evaluation } = liveResult(taojiang2020);
    expect(issues).toEqual([]);
    const rate = evaluation?.indicators.find(
      (i) => i.key === "threePublicExpenses.controlRate.total",
    );
    // Seed 1.2.1: 84,284.72 ÷ 820,000.00 = 10.2786…%.
    expect(rate?.value?.toDecimalPlaces(4).toString()).toBe("10.2786");
    expect(countBySeverity(evaluation?.findings ?? [])).toEqual({ error: 9, warning: 31, info: 8 });
  });

  it("gives the schema issue of a refused cell, in Chinese, at the cell's path", () => {
    const draft = setAt(taojiang2020, ["threePublicExpenses", 0, "actual"], "6万");
    const { issues, evaluation } = liveResult(draft);
    expect(evaluation).toBeNull();
    const messages = issuesByPath(issues).get("threePublicExpenses[0].actual");
    expect(messages).toEqual(["“6万”不是金额（元，非负，最多两位小数）"]);
  });
});

describe("findingMarks", () => {
  it("marks the cells Taojiang's findings name, by their most severe finding", () => {
    const marks = findingMarks(liveResult(taojiang2020).evaluation?.findings ?? []);
    expect(marks.get("threePublicExpenses[1].budget")).toEqual({
      severity: "warning",
      title: "无预算支出",
    });
    expect(marks.get("projects[3].documentNumber")?.severity).toBe("error");
  });
});
