import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal.ts";
import { scoreCountDeduct } from "./count-deduct.ts";

describe("scoreCountDeduct", () => {
  it("−0.5 per late special fund: 3 late → 2 − 1.5 = 0.5", () => {
    const r = scoreCountDeduct(
      { perCount: "0.5", free: 0, countFrom: "manual" },
      new Decimal(2),
      new Decimal(3),
      "专项资金延迟拨付",
      2,
    );
    expect(r.score?.toString()).toBe("0.5");
    expect(r.reason).toBe("专项资金延迟拨付3次，每次扣0.5分，扣1.5分");
  });

  it("free events cost nothing; 扣完为止", () => {
    expect(
      scoreCountDeduct(
        { perCount: "1", free: 2, countFrom: "manual" },
        new Decimal(3),
        new Decimal(2),
        "x",
        2,
      ).score?.toString(),
    ).toBe("3");
    expect(
      scoreCountDeduct(
        { perCount: "1", free: 0, countFrom: "manual" },
        new Decimal(3),
        new Decimal(9),
        "x",
        2,
      ).score?.toString(),
    ).toBe("0");
  });
});
