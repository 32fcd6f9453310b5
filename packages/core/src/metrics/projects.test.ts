import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, sum } from "../decimal.ts";
import { projectIndicators } from "./projects.ts";
import { byKey, exactValue } from "./testing/find.ts";
import { seedDataset } from "./testing/seed-fixture.ts";

describe("项目支出 on the seed (2.2)", () => {
  const seed = projectIndicators(seedDataset());

  it("totals the 20 rows to 650,501,700.00 and gives 使用比例 100% per project and in total", () => {
    expect(exactValue(seed, "projects.budget.total")).toBe("650501700");
    expect(exactValue(seed, "projects.actual.total")).toBe("650501700");
    expect(exactValue(seed, "projects.difference.total")).toBe("0");
    expect(exactValue(seed, "projects.usageRate.total")).toBe("100");
    const rates = seed.filter((i) => i.code === "projects.usageRate");
    expect(rates).toHaveLength(20);
    expect(rates.every((r) => r.value?.toString() === "100")).toBe(true);
    // 序号 1 土地成本 593,785,100.00
    expect(
      byKey(seed, "projects.usageRate[1]").inputs.map((i) => [i.path, i.value?.toString()]),
    ).toEqual([
      ["projects[0].actual", "593785100"],
      ["projects[0].budget", "593785100"],
    ]);
  });

  it("handles an unspent, an overspent and an unbudgeted project", () => {
    const out = projectIndicators(
      seedDataset({
        projects: [
          { seq: 1, name: "a", budget: "600000.00", actual: "450000.00" },
          { seq: 2, name: "b", budget: "100.00", actual: "150.00" },
          { seq: 3, name: "c", budget: "0", actual: "40000.00" },
          { seq: 4, name: "d", budget: "", actual: "1" },
        ],
      }),
    );
    expect(exactValue(out, "projects.usageRate[1]")).toBe("75");
    expect(exactValue(out, "projects.usageRate[2]")).toBe("150");
    expect(byKey(out, "projects.usageRate[3]").nullReason).toBe("undefined");
    expect(byKey(out, "projects.usageRate[4]").nullReason).toBe("missing");
    expect(exactValue(out, "projects.difference[1]")).toBe("150000");
  });

  it("property: totals equal the sum of their rows for random project sets", () => {
    const cents = fc
      .bigInt({ min: 0n, max: 10n ** 12n })
      .map((c) => new Decimal(c.toString()).div(100));
    const row = fc.record({ budget: fc.option(cents), actual: fc.option(cents) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), (rows) => {
        const out = projectIndicators(
          seedDataset({
            projects: rows.map((r, i) => ({
              seq: i + 1,
              name: `p${i}`,
              budget: r.budget?.toFixed(2) ?? "",
              actual: r.actual?.toFixed(2) ?? "",
            })),
          }),
        );
        for (const col of ["budget", "actual"] as const) {
          const given = rows.flatMap((r) => (r[col] === null ? [] : [r[col]]));
          const t = byKey(out, `projects.${col}.total`).value;
          if (given.length === 0 ? t !== null : !t?.equals(sum(given))) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
