import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber, toYuan } from "./numbers.ts";

/** "1234567.80" → "1,234,567.80" */
function grouped(value: string): string {
  const [whole = "", fraction] = value.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 99 }))
  .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, "0")}`);

describe("parseNumber and toYuan, for any amount", () => {
  it("read a grouped, signed amount back to the same decimal string", () => {
    fc.assert(
      fc.property(amount, fc.boolean(), (value, negative) => {
        const written = `${negative ? "-" : ""}${grouped(value)}`;
        expect(parseNumber(` ${written} `)?.value).toBe(`${negative ? "-" : ""}${value}`);
      }),
    );
  });

  it("convert 元 to 元 unchanged and 万元 to 元 by moving the point four places", () => {
    fc.assert(
      fc.property(amount, (value) => {
        expect(toYuan(value, "元")).toBe(value);
        const [whole = "", cents = ""] = value.split(".");
        expect(toYuan(value, "万元")).toBe(`${BigInt(`${whole}${cents}00`).toString()}.00`);
      }),
    );
  });
});
