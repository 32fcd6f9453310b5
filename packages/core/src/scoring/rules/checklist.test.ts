import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { scoreChecklist } from "./checklist.ts";

const items = [
  { id: "p1", text: "按规定内容公开", points: "2" },
  { id: "p2", text: "按规定时限公开", points: "2" },
  { id: "p3", text: "信息真实完整准确", points: "1" },
];

describe("scoreChecklist", () => {
  it("pointsPerItem sums the items met", () => {
    const r = scoreChecklist(
      { mode: "pointsPerItem", items },
      new Decimal(5),
      { answers: { p1: true, p2: false, p3: true } },
      2,
    );
    expect(r.score?.toString()).toBe("3");
    expect(r.reason).toBe("3项要点达标2项，得3分；未达标：按规定时限公开（2分）");
  });

  it("deductPerBreach takes the breached items' points off, 扣完为止", () => {
    const r = scoreChecklist(
      { mode: "deductPerBreach", items },
      new Decimal(3),
      { answers: { p1: false, p2: false, p3: true } },
      2,
    );
    expect(r.score?.toString()).toBe("0");
    expect(r.reason).toContain("扣3分，扣完为止");
  });

  it("is 待评 until every item is answered", () => {
    const r = scoreChecklist(
      { mode: "pointsPerItem", items },
      new Decimal(5),
      { answers: { p1: true } },
      2,
    );
    expect(r.status).toBe("pending");
    expect(r.score).toBeNull();
    expect(scoreChecklist({ mode: "pointsPerItem", items }, new Decimal(5), null, 2).status).toBe(
      "pending",
    );
  });
});
