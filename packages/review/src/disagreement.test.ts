import { describe, expect, it } from "vitest";
import { auditModel } from "./audit.ts";
import { memoModel } from "./memo-model.ts";
import { readText } from "./read-text.ts";
import { seedText } from "./testing/seed.ts";

/**
 * QA's case: the seed report (examples/taojiang-natural-resources-2020/source.txt) with one cell
 * changed — 公务接待费 决算数 of table 1.2.1 from 62,769.85 to 72,769.85. Table 1.2.2, the
 * sentences and the totals still follow 62,769.85.
 */
function mutatedSeed(): string {
  const lines = seedText().split("\n");
  const row = lines.findIndex((l) => l.trim() === "公务接待费");
  expect(lines.slice(row, row + 3).map((l) => l.trim())).toEqual([
    "公务接待费",
    "820,000.00",
    "62,769.85",
  ]);
  lines[row + 2] = "\t72,769.85 ";
  return lines.join("\n");
}

describe("two tables giving the same figure differently", () => {
  it("leads with one disagreement citing both cells and groups the errors it causes", () => {
    const seed = auditModel(readText(seedText()), "seed.txt");
    expect(seed.disagreements).toEqual([]);
    const audit = auditModel(readText(mutatedSeed()), "mutated.txt");
    expect(audit.disagreements).toHaveLength(1);
    const [d] = audit.disagreements;
    expect(d?.dataQuote).toBe("“1.2.1．2020年度 “三公经费”预算、决算执行情况”“公务接待费”行");
    expect(d?.statedQuote).toBe(
      "“1.2.2 与上年比较，“三公经费”控制情况”“公务接待费”行“本年决算数”列：62,769.85",
    );
    expect([d?.dataValue, d?.statedValue]).toEqual(["72769.85", "62769.85"]);
    // Every error the change adds (17 beyond the seed's 9) follows from this one disagreement,
    // and 62,769.85 in 1.2.1 would agree with everything else.
    const seedErrors = seed.findings.filter((f) => f.finding.severity === "error").length;
    const errors = audit.findings.filter((f) => f.finding.severity === "error").length;
    expect(errors - seedErrors).toBe(17);
    expect(d?.caused.length).toBe(17);
    expect(d?.newIfOther).toBe(0);
    const memo = memoModel(audit);
    expect(memo.findings[0]?.rule).toContain("review.table-disagreement");
    expect(memo.findings[0]?.quotes).toEqual([d?.dataQuote, d?.statedQuote]);
    expect(
      memo.findings.slice(1, 18).every((f) => f.message.startsWith("（由上条两表不一致引起")),
    ).toBe(true);
    expect(memo.summary).toContain("其中 17 条由 1 处两表不一致引起");
  });

  it("keeps the direction word of a 减少 amount, so the message does not read as a sign slip", () => {
    const audit = auditModel(readText(mutatedSeed()), "mutated.txt");
    const total = audit.findings.find(
      (f) => f.finding.ruleId === "stated.restatement" && f.finding.stated === "-73.57",
    );
    expect(total?.finding.message).toMatch(
      /增减合计减少73\.57万元与按数据重算的-72\.57万元（.+）不符/,
    );
  });
});
