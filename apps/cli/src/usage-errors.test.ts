import { describe, expect, it } from "vitest";
import { bilingualUsageError } from "./usage-errors.ts";

describe("bilingualUsageError", () => {
  it.each([
    [
      "error: unknown option '--jsn'\n(Did you mean --json?)",
      "未知选项 --jsn / unknown option '--jsn'\n您是否想输入 --json？ / did you mean --json?",
    ],
    [
      "error: unknown command 'scor'\n(Did you mean one of score, check?)",
      "未知命令 scor / unknown command 'scor'\n您是否想输入其中之一：score, check？ / did you mean one of score, check?",
    ],
    [
      "error: missing required argument 'file'",
      "缺少必需的参数 file / missing required argument 'file'",
    ],
    [
      "error: too many arguments. Expected 0 arguments but got 1.",
      "参数过多：命令最多接受 0 个参数，收到 1 个 / too many arguments: expected 0, got 1",
    ],
    [
      "error: required option '--out <file>' not specified",
      "缺少必需的选项 --out <file> / required option '--out <file>' not given",
    ],
    ["error: something new", "用法错误 / usage error: something new"],
  ])("%j", (message, expected) => {
    expect(bilingualUsageError(message)).toBe(expected);
  });
});
