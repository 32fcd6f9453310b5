import { parseDataset } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import { smallDatasetInput } from "../../test-fixtures/small-evaluation.ts";
import { datasetPathText } from "./dataset-path.ts";
import { locationText } from "./findings.ts";

const dataset = parseDataset(smallDatasetInput);

describe("datasetPathText", () => {
  it("names the block, the row (from the data) and the field", () => {
    expect(datasetPathText(dataset, "expenditure[0].budget")).toBe(
      "支出情况 › 工资福利费用 › 预算数",
    );
    expect(datasetPathText(dataset, "threePublicExpenses[1].priorYearActual")).toBe(
      "“三公经费” › 公务用车运行维护费 › 上年决算数",
    );
    expect(datasetPathText(dataset, "allocation[*].received")).toBe("到位与使用 › 各行 › 到位数");
    expect(datasetPathText(dataset, "staffing.atBudget.authorizedHeadcount")).toBe(
      "人员情况 › 年初 › 编制数",
    );
    expect(datasetPathText(dataset, "revenue.used[priorYearCarryover]")).toBe(
      "收入情况 › 使用数 › priorYearCarryover",
    );
  });

  it("keeps a path it cannot read as written", () => {
    expect(datasetPathText(dataset, "narrative.preamble[0]")).toBe("narrative.preamble[0]");
    expect(datasetPathText(dataset, "expenditure[9].budget")).toBe("支出情况 › 第10行 › 预算数");
  });

  it("locationText prefers the report's words, then the path in words", () => {
    expect(locationText({ path: "expenditure[0].budget" }, dataset)).toBe(
      "基础数据 › 支出情况 › 工资福利费用 › 预算数",
    );
    expect(locationText({ path: "expenditure[0].budget" })).toBe("expenditure[0].budget");
    expect(
      locationText(
        { section: "一、部门概况", quote: "日常公用经费1,645.68万元", path: "x" },
        dataset,
      ),
    ).toBe("一、部门概况 › “日常公用经费1,645.68万元”");
  });
});
