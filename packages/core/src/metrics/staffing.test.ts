import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { staffingIndicators } from "./staffing.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { SEED_INPUT, seedDataset } from "./testing/seed-fixture.ts";

describe("在职人员控制率", () => {
  const seed = staffingIndicators(seedDataset());

  it("is 288 ÷ 282 = 102.13% against the 年初预算核定编制数 (一、（2）: 编制 282, 年末在职 288)", () => {
    // The seed's 四、1 states 100% by dividing by the year-end 编制 288 instead.
    const rate = byKey(seed, "staffing.activeStaffControlRate");
    expect(rate.value && roundHalfUp(rate.value, 4)).toBe("102.1277");
    expect(rate.inputs.map((i) => [i.path, i.value?.toString(), i.unit])).toEqual([
      ["staffing.atYearEnd.activeStaff", "288", "人"],
      ["staffing.atBudget.authorizedHeadcount", "282", "人"],
    ]);
  });

  it("reports the counts: 编制 282, 年末编制 288, 在职 288, 离退休 89", () => {
    expect(exactValue(seed, "staffing.authorizedHeadcount")).toBe("282");
    expect(exactValue(seed, "staffing.authorizedHeadcount.yearEnd")).toBe("288");
    expect(exactValue(seed, "staffing.activeStaff")).toBe("288");
    expect(exactValue(seed, "staffing.retiredStaff")).toBe("89");
  });

  it("reports counts by type: 编制 全额 258 / 自收自支 24; 年末在职 全额 264 (一、（2）)", () => {
    expect(exactValue(seed, "staffing.authorizedHeadcount.byType[全额编制]")).toBe("258");
    expect(exactValue(seed, "staffing.authorizedHeadcount.byType[自收自支编制]")).toBe("24");
    expect(exactValue(seed, "staffing.authorizedHeadcount.yearEnd.byType[全额编制]")).toBe("264");
    expect(exactValue(seed, "staffing.activeStaff.byType[全额编制]")).toBe("264");
    expect(byKey(seed, "staffing.activeStaff.byType[全额编制]").inputs[0]?.path).toBe(
      "staffing.atYearEnd.activeByType[0].count",
    );
  });

  it("is null when 编制数 is 0, and missing counts stay missing", () => {
    const base = SEED_INPUT.staffing;
    const out = staffingIndicators(
      seedDataset({
        staffing: {
          atBudget: { asOf: "2020-01-01", authorizedHeadcount: 0 },
          atYearEnd: { asOf: "2020-12-31", authorizedHeadcount: null, activeStaff: 3 },
          retiredStaff: null,
        },
      }),
    );
    expect(byKey(out, "staffing.activeStaffControlRate").nullReason).toBe("undefined");
    expect(byKey(out, "staffing.retiredStaff").nullReason).toBe("missing");
    expect(byKey(out, "staffing.authorizedHeadcount.yearEnd").nullReason).toBe("missing");
    expect(base.retiredStaff).toBe(89);
  });
});
