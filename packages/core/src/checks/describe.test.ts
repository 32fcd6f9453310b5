import { describe, expect, it } from "vitest";
import { dec } from "../decimal.ts";
import { computeIndicators } from "../metrics/compute.ts";
import { contextFor } from "./context.ts";
import { isGrouped, paramName, placeOf, showStated, showValue, showYuan } from "./describe.ts";
import { makeDataset } from "./testing/fixture.ts";

describe("how findings name places and values", () => {
  it("names a report part by its numeral, a table cell by table, row and column", () => {
    expect(placeOf({ section: "四、部门整体支出绩效情况" })).toBe("第四部分");
    expect(placeOf({ section: "前言" })).toBe("“前言”");
    // Sub-headings as transcribed (seed 二、1.1 and 1.3; 一、（二）; 四、（一）2).
    const s2 = "二、部门整体支出管理及使用情况分析";
    expect(placeOf({ section: s2, subsection: "1.1、基本支出明细情况" })).toBe("第二部分1.1");
    expect(placeOf({ section: s2, subsection: "1.3、公用经费支出" })).toBe("第二部分1.3");
    expect(placeOf({ section: "一、部门概况", subsection: "（二）部门整体支出预算规模" })).toBe(
      "第一部分（二）",
    );
    expect(placeOf({ section: "四、部门整体支出绩效情况", subsection: "2、预算执行" })).toBe(
      "第四部分“2、预算执行”",
    );
    expect(
      placeOf({ section: "二、…", table: "基本支出明细", row: "合   计", column: "预算金额" }),
    ).toBe("“基本支出明细”“合   计”行“预算金额”列");
  });

  it("shows values 四舍五入 at the given places, 元 with thousands separators (seed 结转结余 1,029,077.76)", () => {
    expect(showYuan(dec("1029077.76"))).toBe("1,029,077.76元");
    expect(showValue(dec("99.849383"), "%", 2)).toBe("99.85%");
    expect(showValue(dec("68223.746467"), "万元", 4, true)).toBe("68,223.7465万元");
  });

  it("shows a stated figure as written, adding its unit only when the text lacks one", () => {
    const figure = { id: "x", location: { section: "四" }, value: "99.84", refersTo: null };
    expect(showStated({ ...figure, text: "99.84", unit: "%" })).toBe("99.84%");
    expect(showStated({ ...figure, text: "8.43万元", unit: "万元" })).toBe("8.43万元");
    expect(isGrouped("682,237,464.67")).toBe(true);
    expect(isGrouped("68223.7464")).toBe(false);
  });

  it("names a project as the dataset now calls it, in each run, after an edit in place", () => {
    const dataset = makeDataset({
      projects: [{ seq: 1, name: "测绘项目", budget: "100", actual: "100" }],
    });
    contextFor(dataset, computeIndicators(dataset));
    expect(paramName("1", dataset)).toBe("项目1“测绘项目”");
    const project = dataset.projects[0];
    if (project) project.name = "地质灾害防治";
    contextFor(dataset, computeIndicators(dataset));
    expect(paramName("1", dataset)).toBe("项目1“地质灾害防治”");
    expect(paramName("officialReception", dataset)).toBe("公务接待费");
  });
});
