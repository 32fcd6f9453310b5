import { describe, expect, it } from "vitest";
import { conflictInfo } from "./use-autosave.ts";

describe("conflictInfo", () => {
  it("reads the server's CONFLICT changes with paths relative to the content", () => {
    const error = {
      message: "数据集已被他人修改",
      data: {
        code: "CONFLICT",
        conflict: {
          entity: "dataset",
          id: "d1",
          expectedVersion: 3,
          currentVersion: 4,
          changes: [
            {
              path: "content.threePublicExpenses[0].actual",
              before: "62769.85",
              after: "90000.00",
            },
            { path: "updatedBy", before: "u1", after: "u2" },
          ],
        },
      },
    };
    expect(conflictInfo(error)).toEqual({
      currentVersion: 4,
      changes: [{ path: "threePublicExpenses[0].actual", before: "62769.85", after: "90000.00" }],
    });
  });

  it("is null for any other error", () => {
    expect(conflictInfo({ data: { code: "FORBIDDEN" } })).toBeNull();
    expect(conflictInfo(new Error("network"))).toBeNull();
  });
});
