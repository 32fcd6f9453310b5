import { evaluate } from "@jixiao/core";
import { parseDataset } from "@jixiao/core/schema";
import { describe, expect, it } from "vitest";
import { taojiang2020 } from "../../../examples/index.ts";
import { indicatorLabel, paramLabel } from "./indicator-label.ts";

describe("paramLabel", () => {
  it("names 经费形式 and organisation stages in Chinese, never by their English keys", async () => {
    const dataset = parseDataset(taojiang2020);
    const code = "budgetUnits.count.level2ByFundingType";
    expect(paramLabel(code, "full", dataset)).toBe("全额拨款");
    expect(paramLabel(code, "civilServiceManaged", dataset)).toBe("参公");
    expect(paramLabel(code, "selfFunded", dataset)).toBe("自收自支");
    // Seed 一、（一）: the structure from 2020-01-01, reorganised on 2020-07-06.
    const stages = dataset.organisation.map((s) => [s.id, s.asOf]);
    expect(stages).toEqual([
      ["org-2020-01-01", "2020-01-01"],
      ["org-2020-07-06", "2020-07-06"],
    ]);
    expect(paramLabel("organisation.internalDivisions.count", "org-2020-07-06", dataset)).toBe(
      "2020年7月6日",
    );
  });

  it("leaves no ASCII key in any label of the Taojiang example", async () => {
    const dataset = parseDataset(taojiang2020);
    const labels = evaluate(dataset).indicators.map((i) => indicatorLabel(i, dataset));
    expect(labels).toContain("内设股室数（2020年1月1日）");
    expect(labels).toContain("二级预算单位数（按经费形式）（全额拨款）");
    // Every bracketed param reads in Chinese (project and target names included).
    expect(labels.filter((l) => /（[^）]*[A-Za-z][^）]*）$/.test(l))).toEqual([]);
  });
});
