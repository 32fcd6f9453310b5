import type { z } from "zod";

const TYPE_NAMES: Record<string, string> = {
  string: "字符串 / a string",
  number: "数字 / a number",
  int: "整数 / an integer",
  boolean: "布尔值（true/false） / a boolean",
  object: "对象（{…}） / an object",
  array: "数组（[…]） / an array",
  null: "null",
  undefined: "缺失 / missing",
  bigint: "大整数 / a bigint",
  date: "日期 / a date",
};

/** A short, safe rendering of an offending input value for a message. */
export function describeInput(input: unknown): string {
  if (input === undefined) return "（缺失 / missing）";
  if (Array.isArray(input)) return "[…]";
  if (input !== null && typeof input === "object") return "{…}";
  const text = JSON.stringify(input) ?? String(input);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function typeName(type: unknown): string {
  return TYPE_NAMES[String(type)] ?? String(type);
}

function receivedType(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "array";
  return typeof input;
}

/**
 * A bilingual (Chinese / English) message for a zod issue that has no message of its own,
 * naming the offending value. Used as the per-parse error map of every boundary parse, so no
 * raw English zod text ("Invalid input: expected object, received array") reaches a user.
 * Returns undefined for issues it does not know, leaving zod's own message. A null where a
 * value is required (a blank cell, a JSON null) reads "不能为空（null） / must not be null (blank)".
 * @example bilingualIssueMessage({ code: "invalid_type", expected: "number", input: "2020" })
 *   === "应为数字，实为字符串 "2020" / expected a number, got string "2020""
 */
export function bilingualIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const value = describeInput(issue.input);
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "缺少必填字段 / required field is missing";
      if (issue.input === null) return "不能为空（null） / must not be null (blank)";
      const [zhExpected, enExpected] = typeName(issue.expected).split(" / ");
      const [zhGot, enGot] = typeName(receivedType(issue.input)).split(" / ");
      return `应为${zhExpected}，实为${zhGot ?? ""} ${value} / expected ${enExpected ?? zhExpected}, got ${enGot ?? zhGot} ${value}`;
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join("、");
      return `${value} 不是允许的取值（可选：${allowed}） / ${value} is not one of ${allowed}`;
    }
    case "unrecognized_keys": {
      const keys = issue.keys.map((k) => `“${k}”`).join("、");
      return `未知字段 ${keys}（拼写错误？未知字段不会被读取） / unknown field(s) ${issue.keys.join(", ")} (a typo? unknown fields are not read)`;
    }
    case "too_small":
      return issue.origin === "string" || issue.origin === "array"
        ? `不能为空 / must not be empty (got ${value})`
        : `${value} 小于允许的最小值 ${String(issue.minimum)} / ${value} is below the minimum ${String(issue.minimum)}`;
    case "too_big":
      return `${value} 大于允许的最大值 ${String(issue.maximum)} / ${value} is above the maximum ${String(issue.maximum)}`;
    case "invalid_format":
      return `${value} 格式不正确 / ${value} is not in the expected format`;
    case "invalid_union":
      return `${value} 不符合任何允许的形式 / ${value} matches none of the allowed forms`;
    default:
      return undefined;
  }
}
