import { describe, expect, it } from "vitest";
import { allocationIndicators } from "./allocation.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

const seed = allocationIndicators(seedDataset());

describe("预算拨款与实际支出对比表（二） on the seed", () => {
  it("totals 到位 683,266,542.43 and 使用 682,237,464.67, 差额 1,029,077.76 (表（二）合计)", () => {
    // 25,507,764.16 + 4,819,029.50 + 805,953.00 + 603,018.01 + 646,168,986.31 + 1,305.86
    //   + 5,360,485.59 = 683,266,542.43
    expect(exactValue(seed, "allocation.received.total")).toBe("683266542.43");
    expect(exactValue(seed, "allocation.actual.total")).toBe("682237464.67");
    expect(exactValue(seed, "allocation.difference.total")).toBe("1029077.76");
    expect(byKey(seed, "allocation.difference.total").inputs.map((i) => i.path)).toEqual([
      "allocation[*].received",
      "allocation[*].actual",
    ]);
  });

  it("gives the 项目支出 row −4,332,713.69 (646,168,986.31 − 650,501,700.00)", () => {
    expect(exactValue(seed, "allocation.difference[project]")).toBe("-4332713.69");
  });

  it("leaves 利息 with a blank 实际使用 as missing (the seed prints 1,305.86, treating blank as 0)", () => {
    const interest = byKey(seed, "allocation.difference[interestIncome]");
    expect(interest.value).toBeNull();
    expect(interest.nullReason).toBe("missing");
    expect(interest.reason).toContain("allocation[5].actual");
  });

  it("makes the total null when every cell of a column is blank", () => {
    const out = allocationIndicators(
      seedDataset({
        allocation: [{ item: "otherRevenue", name: "其他", received: "5", actual: "" }],
      }),
    );
    expect(byKey(out, "allocation.actual.total").nullReason).toBe("missing");
    expect(byKey(out, "allocation.difference.total").nullReason).toBe("missing");
  });
});
