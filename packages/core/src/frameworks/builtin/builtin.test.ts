import { describe, expect, it } from "vitest";
import { dec } from "../../decimal.ts";
import { safeParseFramework } from "../parse.ts";
import { BUILTIN_FRAMEWORK_INPUTS, builtinFramework, builtinFrameworks } from "./index.ts";

describe("built-in frameworks", () => {
  it("all four are sound, JSON round-trippable and labelled with their authorship", () => {
    for (const input of BUILTIN_FRAMEWORK_INPUTS) {
      const result = safeParseFramework(JSON.parse(JSON.stringify(input)));
      expect([input.id, result.ok ? [] : result.issues]).toEqual([input.id, []]);
    }
    expect(builtinFrameworks().map((f) => [f.id, f.authorship, f.scale])).toEqual([
      ["hunan-county-2020", "adapted", "points"],
      ["mof-2013-53-common", "ours", "points"],
      ["decision-management-performance", "ours", "points"],
      ["pefa-2016-credibility", "adapted", "pefa"],
    ]);
  });

  it("the Hunan-style framework carries the published rules", () => {
    const hunan = builtinFramework("hunan-county-2020");
    const top = hunan?.nodes.map((n) => [n.name, dec(n.weight ?? "0").toString()]);
    expect(top).toEqual([
      ["投入", "10"],
      ["过程", "60"],
      ["产出", "15"],
      ["效果", "15"],
    ]);
    const staff = hunan?.nodes[0]?.children[0]?.children[0];
    expect(staff?.indicator).toBe("staffing.activeStaffControlRate");
    expect(staff?.rule).toMatchObject({
      type: "thresholdDeduct",
      params: { threshold: "100", perPoint: "0.5" },
    });
  });

  it("the structurally different framework has 部门决策 / 综合管理 / 部门绩效情况", () => {
    expect(builtinFramework("decision-management-performance")?.nodes.map((n) => n.name)).toEqual([
      "部门决策",
      "综合管理",
      "部门绩效情况",
    ]);
  });
});
