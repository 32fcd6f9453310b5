import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal.ts";
import { scoreBands } from "./rules/bands.ts";
import { scoreCategorical } from "./rules/categorical.ts";
import { scoreChecklist } from "./rules/checklist.ts";
import { scoreCountDeduct } from "./rules/count-deduct.ts";
import { scoreManual } from "./rules/manual.ts";
import { scoreProportional } from "./rules/proportional.ts";
import { scoreStepDeduct } from "./rules/step-deduct.ts";
import { scoreThresholdDeduct } from "./rules/threshold-deduct.ts";
import type { RuleResult } from "./types.ts";

/** A decimal string with up to 2 places in [min, max] (hundredths), built from integers. */
const decimal = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => new Decimal(c).div(100).toString());
const weight = decimal(0, 30);
const value = decimal(-1000, 100000);
const positive = decimal(0, 50).filter((s) => !new Decimal(s).isZero());
const oneSided = fc.constantFrom("higherBetter" as const, "lowerBetter" as const);
const places = fc.integer({ min: 0, max: 4 });

function within(result: RuleResult, w: string): void {
  if (result.score === null) return;
  expect(result.score.gte(0)).toBe(true);
  expect(result.score.lte(new Decimal(w))).toBe(true);
}

const input = (w: string, v: string, p: number) => ({
  weight: new Decimal(w),
  value: new Decimal(v),
  label: "指标",
  unit: "%",
  places: p,
});

describe("every rule scores within [0, 分值], for any value (扣完为止, never above the weight)", () => {
  it("thresholdDeduct", () => {
    fc.assert(
      fc.property(
        weight,
        value,
        value,
        decimal(0, 20),
        positive,
        oneSided,
        fc.constantFrom("fractional" as const, "wholePoints" as const, "startedPoints" as const),
        places,
        (w, v, threshold, perPoint, pointSize, direction, counting, p) => {
          within(
            scoreThresholdDeduct(
              { direction, threshold, perPoint, pointSize, counting },
              input(w, v, p),
            ),
            w,
          );
        },
      ),
    );
  });

  it("stepDeduct", () => {
    fc.assert(
      fc.property(
        weight,
        value,
        value,
        positive,
        decimal(0, 20),
        oneSided,
        fc.constantFrom("whole" as const, "started" as const),
        places,
        (w, v, target, step, perStep, direction, counting, p) => {
          within(
            scoreStepDeduct({ direction, target, step, perStep, counting }, input(w, v, p)),
            w,
          );
        },
      ),
    );
  });

  it("bands", () => {
    const band = fc.record({
      min: fc.option(value, { nil: undefined }),
      minInclusive: fc.boolean(),
      max: fc.option(value, { nil: undefined }),
      maxInclusive: fc.boolean(),
      score: decimal(0, 40),
    });
    fc.assert(
      fc.property(
        weight,
        value,
        fc.array(band, { minLength: 1, maxLength: 6 }),
        decimal(0, 40),
        places,
        (w, v, bands, otherwise, p) => {
          within(scoreBands({ bands, otherwise }, input(w, v, p)), w);
        },
      ),
    );
  });

  it("proportional", () => {
    fc.assert(
      fc.property(
        weight,
        value,
        positive,
        fc.constantFrom("higherBetter" as const, "lowerBetter" as const, "target" as const),
        places,
        (w, v, target, direction, p) => {
          within(scoreProportional({ direction, target }, input(w, v, p)), w);
        },
      ),
    );
  });

  it("checklist", () => {
    fc.assert(
      fc.property(
        weight,
        fc.array(fc.tuple(decimal(0, 20), fc.boolean()), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("pointsPerItem" as const, "deductPerBreach" as const),
        places,
        (w, rows, mode, p) => {
          const items = rows.map(([points], i) => ({ id: `p${i}`, text: `要点${i}`, points }));
          const answers = Object.fromEntries(rows.map(([, met], i) => [`p${i}`, met]));
          within(scoreChecklist({ mode, items }, new Decimal(w), { answers }, p), w);
        },
      ),
    );
  });

  it("categorical", () => {
    fc.assert(
      fc.property(
        weight,
        value,
        fc.array(fc.tuple(decimal(0, 40), value), { minLength: 1, maxLength: 5 }),
        places,
        (w, v, cats, p) => {
          const categories = cats.map(([points, max], i) => ({
            id: `c${i}`,
            label: `类${i}`,
            points,
            when: { max, maxInclusive: true, minInclusive: true },
          }));
          const lookup = () => ({ value: new Decimal(v), label: "指标", unit: "%" });
          within(scoreCategorical({ categories }, new Decimal(w), lookup, null, p), w);
        },
      ),
    );
  });

  it("countDeduct and manual", () => {
    fc.assert(
      fc.property(
        weight,
        decimal(0, 20),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 5 }),
        decimal(0, 50),
        places,
        (w, perCount, count, free, manualScore, p) => {
          within(
            scoreCountDeduct(
              { perCount, free, countFrom: "manual" },
              new Decimal(w),
              new Decimal(count),
              "次",
              p,
            ),
            w,
          );
          const manual = {
            code: "x",
            kind: "review" as const,
            score: manualScore,
            evaluator: "e",
            time: "2021-01-01T00:00:00Z",
            evidence: [],
          };
          within(scoreManual(new Decimal(w), manual, p), w);
        },
      ),
    );
  });
});
