import { describe, expect, it } from "vitest";
import { findingValueText, ruleText } from "./findings.ts";

describe("findings table text", () => {
  it("writes 万元 with thousands separators and the stated places (seed 一、（二） 1,645.68万元 vs 481.90万元)", () => {
    expect(findingValueText("1645.68", "万元", "1645.68")).toBe("1,645.68万元");
    expect(findingValueText("481.9", "万元", "1645.68")).toBe("481.90万元");
    // seed 一、（三） 68223.7464万元 (截尾) against 68,223.7465万元 recomputed: the 4th place shows
    expect(findingValueText("68223.7465", "万元", "68223.7464")).toBe("68,223.7465万元");
    expect(findingValueText("682237464.67", "元")).toBe("682,237,464.67元");
    expect(findingValueText("99.84", "%")).toBe("99.84%");
  });

  it("names the rule in Chinese only, with the diagnosis", () => {
    expect(ruleText({ title: "比率核对", diagnosis: "truncated" })).toBe(
      "比率核对：截尾而非四舍五入",
    );
    expect(ruleText({ title: "表间同一数据核对", diagnosis: "mismatch" })).toBe("表间同一数据核对");
  });
});
