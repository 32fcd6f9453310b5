import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal.ts";
import { gradeOf } from "./grade.ts";

describe("gradeOf (MoF bands: 优秀 ≥ 90, 良好 [80, 90), 中 [60, 80), 差 < 60)", () => {
  it("holds at every edge", () => {
    const cases: [string, string][] = [
      ["100", "优秀"],
      ["99.5", "优秀"], // the seed's stated self-evaluation: 99.5分，优秀
      ["90", "优秀"],
      ["89.99", "良好"],
      ["80", "良好"],
      ["79.99", "中"],
      ["60", "中"],
      ["59.99", "差"],
      ["0", "差"],
    ];
    for (const [total, grade] of cases)
      expect([total, gradeOf(new Decimal(total))]).toEqual([total, grade]);
  });

  it("takes a framework's own bands", () => {
    const bands = [
      { grade: "A", min: "85", minInclusive: true, maxInclusive: false },
      { grade: "B", max: "85", minInclusive: true, maxInclusive: false },
    ];
    expect(gradeOf(new Decimal("85"), bands)).toBe("A");
    expect(gradeOf(new Decimal("84.99"), bands)).toBe("B");
  });
});
