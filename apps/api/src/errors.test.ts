import { FrameworkValidationError } from "@jixiao/core/frameworks";
import { DatasetValidationError } from "@jixiao/core/schema";
import { ManualScoresValidationError } from "@jixiao/core/scoring";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { issuesOf, NotFoundError, toTRPCError } from "./errors.ts";

describe("toTRPCError", () => {
  const invalid = new DatasetValidationError([
    { path: "projects[0].budget", message: "“abc”不是金额" },
  ]);

  it("maps an invalid dataset to BAD_REQUEST with its issues, also when tRPC wrapped it", () => {
    for (const error of [invalid, new TRPCError({ code: "BAD_REQUEST", cause: invalid })]) {
      const mapped = toTRPCError(error);
      expect(mapped.code).toBe("BAD_REQUEST");
      expect(mapped.message).toContain("projects[0].budget: “abc”不是金额");
      expect(issuesOf(mapped)).toEqual([{ path: "projects[0].budget", message: "“abc”不是金额" }]);
    }
  });

  it("maps an invalid framework or invalid manual scores to BAD_REQUEST with their issues", () => {
    const framework = new FrameworkValidationError([
      { path: "nodes[0].children[0]", message: "1.1 预算配置：子指标分值之和 9 ≠ 上级分值 10" },
    ]);
    const manual = new ManualScoresValidationError([
      { path: "scores[0].score", message: "得分 50 超过分值 5 / score 50 exceeds the weight 5" },
    ]);
    for (const error of [framework, manual]) {
      const mapped = toTRPCError(new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error }));
      expect(mapped.code).toBe("BAD_REQUEST");
      expect(mapped.message).toBe(error.message);
      expect(issuesOf(mapped)).toEqual(error.issues);
    }
  });

  it("maps NotFoundError to NOT_FOUND and keeps tRPC's own client errors", () => {
    expect(toTRPCError(new NotFoundError("无此示例 / no such example: x")).code).toBe("NOT_FOUND");
    expect(toTRPCError(new TRPCError({ code: "UNAUTHORIZED" })).code).toBe("UNAUTHORIZED");
  });

  it("hides the message of an unexpected error from the client", () => {
    const mapped = toTRPCError(
      new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: new Error("/secret/path") }),
    );
    expect(mapped.code).toBe("INTERNAL_SERVER_ERROR");
    expect(mapped.message).toBe("服务器内部错误 / internal server error");
    expect(issuesOf(mapped)).toBeNull();
  });
});
