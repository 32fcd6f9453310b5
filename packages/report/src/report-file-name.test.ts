import { describe, expect, it } from "vitest";
import { reportFileName } from "./report-file-name.ts";

describe("reportFileName", () => {
  it("names the file <部门>-<年度>-绩效评价报告.<ext> (seed: 桃江县自然资源局, 2020)", () => {
    expect(reportFileName("桃江县自然资源局", 2020, "md")).toBe(
      "桃江县自然资源局-2020-绩效评价报告.md",
    );
  });

  it("replaces characters no file system allows, and leading dots", () => {
    expect(reportFileName("A/B:局", 2021, "html")).toBe("A_B_局-2021-绩效评价报告.html");
    expect(reportFileName("../../../tmp/evil", 2020, "md")).toBe(
      "___.._.._tmp_evil-2020-绩效评价报告.md",
    );
    expect(reportFileName(" .hidden", 2020, "md")).toBe("_hidden-2020-绩效评价报告.md");
  });
});
