import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { CategoricalRule } from "../../frameworks/schema.ts";
import { scoreCategorical } from "./categorical.ts";

// 结转结余: 无结转结余 3分 / 结转结余不高于上年 2分 / 高于上年 0分 (an example categorical rule).
const rule = CategoricalRule.parse({
  type: "categorical",
  params: {
    categories: [
      { id: "none", label: "无结转结余", points: "3", when: { equals: "0" } },
      {
        id: "lower",
        label: "结转结余不高于上年",
        points: "2",
        when: { indicator: "carryover.changeRate", max: "0", maxInclusive: true },
      },
      {
        id: "higher",
        label: "结转结余高于上年",
        points: "0",
        when: { indicator: "carryover.changeRate", min: "0", minInclusive: false },
      },
    ],
  },
}).params;

const lookupWith = (amount: string | null, change: string | null) => (key: string | undefined) =>
  key === "carryover.changeRate"
    ? { value: change === null ? null : new Decimal(change), label: "结转结余变动率", unit: "%" }
    : { value: amount === null ? null : new Decimal(amount), label: "结转结余", unit: "元" };

describe("scoreCategorical", () => {
  it("takes the first category whose condition holds", () => {
    expect(
      scoreCategorical(rule, new Decimal(3), lookupWith("0", "-10"), null, 2).score?.toString(),
    ).toBe("3");
    const lower = scoreCategorical(rule, new Decimal(3), lookupWith("1029077.76", "-10"), null, 2);
    expect(lower.score?.toString()).toBe("2");
    expect(lower.reason).toBe(
      "结转结余变动率-10.00%（≤ 0%），属“结转结余不高于上年”，得2分，扣1分",
    );
    expect(
      scoreCategorical(
        rule,
        new Decimal(3),
        lookupWith("1029077.76", "5"),
        null,
        2,
      ).score?.toString(),
    ).toBe("0");
  });

  it("falls back to the evaluator's category, else 待评 when data cannot decide", () => {
    const manual = { category: "lower", kind: "review" as const, evaluator: "复核组" };
    expect(
      scoreCategorical(
        rule,
        new Decimal(3),
        lookupWith("1029077.76", null),
        manual,
        2,
      ).score?.toString(),
    ).toBe("2");
    expect(
      scoreCategorical(rule, new Decimal(3), lookupWith("1029077.76", null), null, 2).status,
    ).toBe("pending");
  });
});
