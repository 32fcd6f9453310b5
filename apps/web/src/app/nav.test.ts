import { describe, expect, it } from "vitest";
import { navItems } from "./nav.ts";

describe("navItems", () => {
  it("shows each role only what it may open", () => {
    expect(navItems("bureauAdmin").map((i) => i.label)).toEqual([
      "总览",
      "待复核",
      "已定稿",
      "离线示例",
    ]);
    expect(navItems("reviewer").map((i) => i.label)).toEqual(["总览", "待复核", "离线示例"]);
    expect(navItems("departmentEditor").map((i) => i.label)).toEqual(["本部门", "离线示例"]);
  });
});
