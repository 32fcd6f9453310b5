/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from the
 * alphabet 0-9 A-H J-N P-R T-U W-Y (no I, O, S, V, Z). The 18th character is a check
 * character: C18 = 31 − (Σ Ci·Wi mod 31), with weights Wi = 3^(i−1) mod 31 for i = 1..17,
 * and 31 mapped to 0.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * The check character GB 32100-2015 requires for the first 17 characters, or null when
 * those contain a character outside the code's alphabet.
 * @example creditCodeCheckCharacter("11430922MB1636254") === "P"
 */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let total = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? "");
    if (v < 0) return null;
    total += v * (WEIGHTS[i] ?? 0);
  }
  const check = (31 - (total % 31)) % 31;
  return ALPHABET[check] ?? null;
}

/** Why a 统一社会信用代码 is invalid (Chinese / English), or null when it is valid. */
export function creditCodeProblem(code: string): string | null {
  if (code.length !== 18) {
    return `统一社会信用代码应为18位，实为${code.length}位 / a unified social credit code has 18 characters, got ${code.length}`;
  }
  // The first character (code point) outside the alphabet, without spreading the string.
  let bad: string | undefined;
  for (const ch of code) {
    if (!ALPHABET.includes(ch)) {
      bad = ch;
      break;
    }
  }
  if (bad !== undefined) {
    return `统一社会信用代码含非法字符“${bad}” / character '${bad}' is not allowed in a unified social credit code`;
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (expected !== code[17]) {
    return `统一社会信用代码校验位应为“${expected}”，实为“${code[17]}” / check character should be '${expected}', got '${code[17]}'`;
  }
  return null;
}

/** True when `code` is a well-formed 统一社会信用代码 with a correct check character. */
export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}
