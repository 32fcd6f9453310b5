import { describe, expect, it } from "vitest";
import { canEditData, canScore, workflowActions } from "./workflow.ts";

describe("workflow buttons by role", () => {
  it("lets the department submit a draft and the reviewer review, return and finalise it", () => {
    expect(workflowActions("departmentEditor", "draft")).toEqual(["submit"]);
    expect(workflowActions("reviewer", "draft")).toEqual([]);
    expect(workflowActions("reviewer", "submitted")).toEqual(["startReview", "return"]);
    expect(workflowActions("reviewer", "inReview")).toEqual(["finalise", "return"]);
    expect(workflowActions("departmentEditor", "inReview")).toEqual([]);
    expect(workflowActions("bureauAdmin", "finalised")).toEqual([]);
  });

  it("makes everything read-only once 已定稿, and data editable only in 草稿", () => {
    expect(canEditData("departmentEditor", "draft")).toBe(true);
    expect(canEditData("departmentEditor", "submitted")).toBe(false);
    expect(canEditData("reviewer", "draft")).toBe(false);
    expect(canEditData("bureauAdmin", "finalised")).toBe(false);
    expect(canScore("reviewer", "inReview")).toEqual({ selfEvaluation: false, review: true });
    expect(canScore("bureauAdmin", "finalised")).toEqual({ selfEvaluation: false, review: false });
  });
});
