import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { scoreManual } from "./manual.ts";

const entry = {
  code: "3.1.1",
  kind: "review" as const,
  score: "4.5",
  evaluator: "复核组（假设）",
  time: "2021-05-10T09:00:00+08:00",
  evidence: ["年度工作台账"],
  comment: "个别任务延期",
};

describe("scoreManual", () => {
  it("uses the evaluator's score and names the kind and evaluator", () => {
    const r = scoreManual(new Decimal(5), entry, 2);
    expect(r.score?.toString()).toBe("4.5");
    expect(r.reason).toBe("复核（复核组（假设））评4.5分，扣0.5分：个别任务延期");
  });

  it("scores the figure it shows: 2.065 (a direct caller; files are refused) → 评2.07分，扣2.93分, 2.07 + 2.93 = 5", () => {
    // QA case: the score 2.065 used to show as 评2.07分，扣2.94分 (5 − 2.065 = 2.935 → 2.94),
    // 0.01 more than the weight 5.
    const r = scoreManual(new Decimal(5), { ...entry, score: "2.065", comment: undefined }, 2);
    expect(r.score?.toString()).toBe("2.07");
    expect(r.reason).toBe("复核（复核组（假设））评2.07分，扣2.93分");
  });

  it("is 待评 without a score", () => {
    expect(scoreManual(new Decimal(5), null, 2)).toMatchObject({ status: "pending", score: null });
  });
});
