import { FrameworkValidationError } from "@jixiao/core/frameworks";
import { DatasetValidationError } from "@jixiao/core/schema";
import { ManualScoresValidationError } from "@jixiao/core/scoring";
import {
  Conflict,
  Forbidden,
  InvalidTransition,
  NotFound,
  RateLimited,
  ValidationFailed,
} from "@jixiao/store";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { conflictOf, issuesOf, NotFoundError, retryAfterOf, toTRPCError } from "./errors.ts";

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

  it("maps a procedure input's zod error to BAD_REQUEST with core-style paths", () => {
    const schema = z.object({
      expectedVersion: z.number({ error: "版本号应为整数" }),
      list: z.array(z.string()),
    });
    const parsed = schema.safeParse({ expectedVersion: "1", list: ["a", 2] });
    if (parsed.success) throw new Error("the input is wrong on purpose");
    const mapped = toTRPCError(new TRPCError({ code: "BAD_REQUEST", cause: parsed.error }));
    expect(mapped.code).toBe("BAD_REQUEST");
    expect(issuesOf(mapped)?.map((i) => i.path)).toEqual(["expectedVersion", "list[1]"]);
    expect(mapped.message).toContain("expectedVersion: 版本号应为整数");
  });

  it("maps each store error to its code, with the conflict's changes and the retry time", () => {
    expect(toTRPCError(new NotFound("dataset", "d1")).code).toBe("NOT_FOUND");
    expect(toTRPCError(new Forbidden("dataset.write", "reviewer")).code).toBe("FORBIDDEN");
    expect(
      toTRPCError(
        new InvalidTransition(
          "draft",
          "finalised",
          "不能从“草稿”定稿",
          "cannot finalise from draft",
        ),
      ).code,
    ).toBe("PRECONDITION_FAILED");
    const validation = toTRPCError(
      new ValidationFailed([{ path: "name", message: "不能为空 / must not be empty" }]),
    );
    expect(validation.code).toBe("BAD_REQUEST");
    expect(issuesOf(validation)).toEqual([
      { path: "name", message: "不能为空 / must not be empty" },
    ]);
    const change = {
      path: "content.threePublicExpenses[0].actual",
      before: "62769.85",
      after: "72769.85",
    };
    const conflict = toTRPCError(
      new Conflict({
        entity: "dataset",
        id: "d1",
        expectedVersion: 1,
        currentVersion: 2,
        changes: [change],
      }),
    );
    expect(conflict.code).toBe("CONFLICT");
    expect(conflictOf(conflict)).toEqual({
      entity: "dataset",
      id: "d1",
      expectedVersion: 1,
      currentVersion: 2,
      changes: [change],
    });
    const limited = toTRPCError(
      new RateLimited("答得太频繁", "too often", "2021-04-26T02:00:00.000Z"),
    );
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    expect(retryAfterOf(limited)).toBe("2021-04-26T02:00:00.000Z");
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
