import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidTransition } from "./errors.ts";
import {
  assertEditable,
  DATASET_STATUS_LABELS,
  DATASET_STATUSES,
  type DatasetStatus,
  nextStatus,
  WORKFLOW_STEPS,
  type WorkflowStep,
} from "./workflow.ts";

// The legal moves of 草稿 → 已提交 → 审核中 → 已定稿, plus 退回 from 已提交/审核中.
const LEGAL: [DatasetStatus, WorkflowStep, DatasetStatus][] = [
  ["draft", "submit", "submitted"],
  ["submitted", "startReview", "inReview"],
  ["submitted", "return", "draft"],
  ["inReview", "return", "draft"],
  ["inReview", "finalise", "finalised"],
];

describe("workflow", () => {
  it("labels the statuses as the regulations' screens do", () => {
    expect(DATASET_STATUSES.map((s) => DATASET_STATUS_LABELS[s])).toEqual([
      "草稿",
      "已提交",
      "审核中",
      "已定稿",
    ]);
  });

  it.each(LEGAL)("%s —%s→ %s", (from, step, to) => {
    expect(nextStatus(from, step)).toBe(to);
  });

  it("refuses every other (status, step) pair with a bilingual InvalidTransition", () => {
    let refused = 0;
    for (const from of DATASET_STATUSES) {
      for (const step of WORKFLOW_STEPS) {
        if (LEGAL.some(([f, s]) => f === from && s === step)) continue;
        expect(() => nextStatus(from, step)).toThrow(InvalidTransition);
        refused++;
      }
    }
    expect(refused).toBe(4 * 4 - LEGAL.length);
    expect(() => nextStatus("draft", "finalise")).toThrow(
      "不能从“草稿”定稿 / cannot finalise from draft",
    );
    expect(() => nextStatus("finalised", "return")).toThrow(
      "不能从“已定稿”退回 / cannot return from finalised",
    );
  });

  it("any sequence of steps: 已定稿 is never left, and reaching it always went through 审核中 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORKFLOW_STEPS), { maxLength: 30 }), (steps) => {
        let status: DatasetStatus = "draft";
        const seen: DatasetStatus[] = [status];
        for (const step of steps) {
          try {
            status = nextStatus(status, step);
            seen.push(status);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidTransition);
          }
        }
        const first = seen.indexOf("finalised");
        if (first >= 0) {
          expect(seen.slice(first).every((s) => s === "finalised")).toBe(true);
          expect(seen[first - 1]).toBe("inReview");
        }
      }),
    );
  });

  it("only a 草稿 is editable; a 已定稿 one points to createRevision", () => {
    expect(() => assertEditable("draft")).not.toThrow();
    expect(() => assertEditable("finalised")).toThrow(/createRevision/);
    expect(() => assertEditable("inReview")).toThrow(/退回/);
  });
});
