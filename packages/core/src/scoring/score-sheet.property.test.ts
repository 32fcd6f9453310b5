import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal.ts";
import { builtinFrameworks } from "../frameworks/builtin/index.ts";
import type { FrameworkNode } from "../frameworks/schema.ts";
import { seedDataset } from "../metrics/testing/seed-fixture.ts";
import type { Indicator, NullReason } from "../metrics/types.ts";
import { scoreEvaluation } from "./score-evaluation.ts";
import type { NodeScore } from "./types.ts";

/** Every indicator key the built-in points frameworks read. */
function keys(nodes: readonly FrameworkNode[]): string[] {
  return nodes.flatMap((n) => [...(n.indicator ? [n.indicator] : []), ...keys(n.children)]);
}

const frameworks = builtinFrameworks().filter((f) => f.scale === "points");
const allKeys = [...new Set(frameworks.flatMap((f) => keys(f.nodes)))];
const dataset = seedDataset();

/** A value for an indicator: any decimal (hundredths) in a wide range, or null with a reason. */
const value = fc.oneof(
  fc.integer({ min: -100_000, max: 10_000_000 }).map((c) => ({ value: new Decimal(c).div(100) })),
  fc
    .constantFrom<NullReason>("notApplicable", "undefined", "priorYearZero", "missing")
    .map((reason) => ({ value: null, reason })),
);

function check(nodes: readonly NodeScore[]): void {
  for (const n of nodes) {
    if (n.score !== null && n.weight !== null) {
      expect(n.score.gte(0)).toBe(true);
      expect(n.score.lte(n.weight)).toBe(true);
    }
    check(n.children);
  }
}

describe("a whole score sheet stays within its weights", () => {
  it("for any indicator values, every node and the total lie in [0, 分值]", () => {
    fc.assert(
      fc.property(
        fc.array(value, { minLength: allKeys.length, maxLength: allKeys.length }),
        (values) => {
          const indicators: Indicator[] = allKeys.map((key, i) => {
            const v = values[i] ?? { value: null, reason: "missing" as const };
            return {
              key,
              code: key,
              name: key,
              unit: "%",
              value: v.value,
              ...(v.value === null ? { nullReason: v.reason, reason: "随机" } : {}),
              formula: "",
              inputs: [],
            };
          });
          for (const framework of frameworks) {
            const sheet = scoreEvaluation(
              { department: { name: "随机", fiscalYear: 2020 }, dataset, indicators, findings: [] },
              framework,
            );
            check(sheet.nodes);
            expect(sheet.total?.gte(0)).toBe(true);
            expect(sheet.total?.lte(sheet.totalWeight ?? 0)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
