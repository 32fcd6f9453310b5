import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../units/rounding.ts";
import { keyExpenditureIndicators } from "./key-expenditure.ts";
import { byKey } from "./testing/find.ts";
import { SEED_INPUT, seedDataset } from "./testing/seed-fixture.ts";

const projects = SEED_INPUT.projects ?? [];

describe("重点支出安排率", () => {
  it("is not emitted when no project says whether it is key (the seed)", () => {
    expect(keyExpenditureIndicators(seedDataset())).toEqual([]);
  });

  it("is 593,785,100 ÷ 650,501,700 = 91.28% with 土地成本 as the only key project (2.2 amounts)", () => {
    const out = keyExpenditureIndicators(
      seedDataset({ projects: projects.map((p) => ({ ...p, isKey: p.seq === 1 })) }),
    );
    const rate = byKey(out, "keyExpenditure.rate");
    expect(rate.value && roundHalfUp(rate.value, 4)).toBe("91.2811");
    expect(rate.inputs.map((i) => i.value?.toString())).toEqual(["593785100", "650501700"]);
  });

  it("is missing when some projects are flagged and others blank", () => {
    const out = keyExpenditureIndicators(
      seedDataset({ projects: projects.map((p) => ({ ...p, isKey: p.seq === 1 ? true : null })) }),
    );
    const rate = byKey(out, "keyExpenditure.rate");
    expect(rate.nullReason).toBe("missing");
    expect(rate.reason).toContain("projects[1].isKey");
  });
});
