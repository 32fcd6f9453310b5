import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditModel } from "./audit.ts";
import { ReviewInputError } from "./errors.ts";
import { memoMarkdown } from "./memo-markdown.ts";
import { memoModel } from "./memo-model.ts";
import { readText } from "./read-text.ts";
import { seedText } from "./testing/seed.ts";

const lines = seedText().split("\n");

describe("auditing a damaged copy of the seed", () => {
  it("never crashes: lines dropped, table cells lost, a stray 合计 row — a memo or a bilingual refusal", () => {
    fc.assert(
      fc.property(
        fc.nat(lines.length - 1),
        fc.nat(80),
        fc.array(fc.nat(lines.length - 1), { maxLength: 6 }),
        fc.boolean(),
        (from, count, dropCells, stray) => {
          const variant = [...lines.slice(0, from), ...lines.slice(from + count)];
          for (const at of dropCells) if (variant[at]?.startsWith("\t")) variant.splice(at, 1);
          if (stray)
            variant.splice(Math.min(from, variant.length), 0, "\t合计", "\t1,000.00万元", "\t-");
          try {
            const memo = memoMarkdown(
              memoModel(auditModel(readText(variant.join("\n")), "variant.txt")),
            );
            expect(memo.startsWith("# 关于《")).toBe(true);
          } catch (error) {
            expect(error).toBeInstanceOf(ReviewInputError);
          }
        },
      ),
      { numRuns: 8 },
    );
  }, 60_000);
});
