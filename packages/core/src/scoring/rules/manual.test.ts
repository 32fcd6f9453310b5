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

  it("is 待评 without a score", () => {
    expect(scoreManual(new Decimal(5), null, 2)).toMatchObject({ status: "pending", score: null });
  });
});
