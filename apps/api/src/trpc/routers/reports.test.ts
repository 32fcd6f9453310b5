import { describe, expect, it } from "vitest";
import { caller, rejection, taojiang } from "../test-caller.ts";

describe("reports.render", () => {
  it("renders the Taojiang report as Markdown, with the 数据一致性核查 section and the 评分表 annex", async () => {
    const report = await caller.reports.render({ dataset: await taojiang(), format: "md" });
    expect(report.fileName).toBe("桃江县自然资源局-2020-绩效评价报告.md");
    expect(report.content.startsWith("# 桃江县自然资源局2020年度部门整体支出绩效评价报告")).toBe(
      true,
    );
    // Seed 一、（二）: 2020年度预算部门整体支出使用682,237,464.67元
    expect(report.content).toContain("682,237,464.67");
    expect(report.content).toContain("数据一致性核查");
    // 附件2 评分表 (hunan-county-2020): 在职人员控制率 288 ÷ 282 = 102.13%
    expect(report.content).toContain("部门整体支出绩效评价指标评分表");
    expect(report.content).toContain("102.13%");
  });

  it("leaves out 数据一致性核查 when includeFindings is false", async () => {
    const report = await caller.reports.render({
      dataset: await taojiang(),
      format: "md",
      includeFindings: false,
    });
    expect(report.content).toContain("682,237,464.67");
    expect(report.content).not.toContain("数据一致性核查");
  });

  it("renders single-file HTML with the charts inline as SVG", async () => {
    const report = await caller.reports.render({
      dataset: await taojiang(),
      format: "html",
      frameworkId: "mof-2013-53-common",
    });
    expect(report.fileName).toBe("桃江县自然资源局-2020-绩效评价报告.html");
    expect(report.content).toContain("682,237,464.67");
    expect(report.content).toContain("<svg");
  });

  it("answers an unknown frameworkId with NOT_FOUND", async () => {
    const error = await rejection(
      caller.reports.render({ dataset: await taojiang(), format: "md", frameworkId: "nowhere" }),
    );
    expect(error.code).toBe("NOT_FOUND");
  });
});
