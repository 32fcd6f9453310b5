import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareDecimals, Decimal, dec } from "./decimal.ts";

const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^[0-9]{1,25}$/),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/), { nil: undefined }),
  )
  .map(
    ([negative, whole, fraction]) =>
      `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`,
  );

describe("compareDecimals", () => {
  it("agrees with decimal.js comparedTo on written decimals, zeros and computed values", () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const x = dec(a);
        const y = dec(b);
        expect(compareDecimals(x, y)).toBe(x.comparedTo(y));
        const q = x.div(y.isZero() ? 7 : y).times(100);
        expect(compareDecimals(q, x)).toBe(q.comparedTo(x));
        expect(compareDecimals(x, x.plus(0))).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles zero signs and non-finite values as decimal.js does", () => {
    const values = ["0", "-0", "1", "-1", "1e-30", "-1e30", "Infinity", "-Infinity"].map(
      (v) => new Decimal(v),
    );
    for (const x of values)
      for (const y of values) expect(compareDecimals(x, y)).toBe(x.comparedTo(y));
  });
});
