import { describe, expect, it } from "vitest";
import { satisfactionIndicators } from "./satisfaction.ts";
import { exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("满意度", () => {
  it("reports 95.2 分 from 20 份 questionnaires (五、2.4.2 D)", () => {
    const out = satisfactionIndicators(seedDataset());
    expect(exactValue(out, "satisfaction.score")).toBe("95.2");
    expect(exactValue(out, "satisfaction.questionnaires")).toBe("20");
    expect(satisfactionIndicators(seedDataset({ satisfaction: null }))).toEqual([]);
  });
});
