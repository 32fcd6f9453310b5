import { z } from "zod";
import { creditCodeProblem } from "./credit-code.ts";

/**
 * Blank is missing, never 0 (DESIGN.md §7): an empty string, "-", "—" or whitespace becomes
 * null. Anything else passes through unchanged for the inner schema to judge.
 */
export function blankToNull(value: unknown): unknown {
  if (typeof value === "string" && /^\s*(-|—|－)?\s*$/.test(value)) return null;
  return value;
}

const notNumber = (zh: string, en: string) =>
  `应为字符串形式的${zh}，不能是JSON数字（避免浮点误差） / expected ${en} as a string, not a JSON number (floats lose precision)`;

function decimalString(pattern: RegExp, zh: string, en: string) {
  return z
    .string({
      error: (issue) =>
        typeof issue.input === "number"
          ? notNumber(zh, en)
          : issue.input === undefined
            ? `缺少必填字段 / required field is missing`
            : `应为字符串 / expected a string`,
    })
    .regex(pattern, {
      error: (issue) => `“${String(issue.input)}”不是${zh} / '${String(issue.input)}' is not ${en}`,
    });
}

/** 金额: a non-negative amount in 元 as a decimal string with at most 2 places, e.g. "682237464.67". */
export const Amount = decimalString(
  /^\d+(\.\d{1,2})?$/,
  "金额（元，非负，最多两位小数）",
  "an amount in 元 (non-negative, at most 2 decimals)",
);
/** A signed amount in 元 (differences such as 预算−实际), at most 2 places. */
export const SignedAmount = decimalString(
  /^-?\d+(\.\d{1,2})?$/,
  "金额（元，最多两位小数）",
  "an amount in 元 (at most 2 decimals)",
);
/** A non-negative decimal quantity of any precision (公顷, 万元 plans, scores). */
export const Quantity = decimalString(/^\d+(\.\d+)?$/, "非负数值", "a non-negative decimal number");
/** A signed decimal of any precision, as written in a report (stated figures). */
export const SignedDecimal = decimalString(/^-?\d+(\.\d+)?$/, "数值", "a decimal number");

/** An amount that may be blank (null): blank is missing, never 0. */
export const OptionalAmount = z.preprocess(blankToNull, Amount.nullable());
/** A quantity that may be blank (null). */
export const OptionalQuantity = z.preprocess(blankToNull, Quantity.nullable());

/** A whole count of people, units or items (人, 个). */
export const Count = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? "缺少必填字段 / required field is missing"
        : "应为整数 / expected an integer",
  })
  .int({ error: "应为整数 / expected an integer" })
  .nonnegative({ error: "不能为负数 / must not be negative" });

/** True when y-m-d is a real date of the Gregorian calendar (2020-02-29 yes, 2020-02-30 no). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** A calendar date, YYYY-MM-DD, that exists (no 2020-13-45, no 2020-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `“${String(issue.input)}”不是YYYY-MM-DD格式的日期 / not a YYYY-MM-DD date`,
  })
  .refine(
    (text) => {
      const [y, m, d] = text.split("-").map((part) => Number.parseInt(part, 10));
      return isCalendarDate(y ?? 0, m ?? 0, d ?? 0);
    },
    {
      error: (issue) =>
        `“${String(issue.input)}”不是存在的日期 / ${String(issue.input)} is not a real date`,
    },
  );

/** A 统一社会信用代码 whose GB 32100-2015 check character is verified. */
export const UnifiedSocialCreditCode = z.string().superRefine((code, ctx) => {
  const problem = creditCodeProblem(code);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** A stable identifier used to point at a row from elsewhere (kebab or camel case ASCII). */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
  error: (issue) => `“${String(issue.input)}”不是合法标识（字母、数字、._-） / not a valid id`,
});

/** Units a report states figures in. */
export const StatedUnit = z.enum([
  "元",
  "万元",
  "亿元",
  "%",
  "人",
  "个",
  "公顷",
  "亩",
  "分",
  "份",
  "宗",
  "次",
  "件",
  "本",
  "户",
  "处",
  "条",
  "篇",
  "项",
  "名",
]);
export type StatedUnit = z.infer<typeof StatedUnit>;
