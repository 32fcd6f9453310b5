import { describe, expect, it } from "vitest";
import { creditCodeCheckCharacter, isValidCreditCode } from "./credit-code.ts";

// The seed report (一、部门概况) gives 统一社会信用代码：11430922MB1636254P.
const SEED_CODE = "11430922MB1636254P";
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it("accepts the seed's code and computes its check character P", () => {
    expect(isValidCreditCode(SEED_CODE)).toBe(true);
    expect(creditCodeCheckCharacter(SEED_CODE.slice(0, 17))).toBe("P");
  });

  it("rejects the code when any one character changes to any other", () => {
    for (let i = 0; i < SEED_CODE.length; i++) {
      for (const ch of ALPHABET) {
        if (ch === SEED_CODE[i]) continue;
        const changed = SEED_CODE.slice(0, i) + ch + SEED_CODE.slice(i + 1);
        expect(isValidCreditCode(changed), changed).toBe(false);
      }
    }
  });

  it("rejects wrong length and characters outside the alphabet", () => {
    expect(isValidCreditCode(SEED_CODE.slice(0, 17))).toBe(false);
    expect(isValidCreditCode(SEED_CODE.replace("M", "I"))).toBe(false);
  });
});
