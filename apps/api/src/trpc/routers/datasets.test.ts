import { type Actor, SEED_IDS } from "@jixiao/store";
import { taojiang } from "@jixiao/store/testing";
import { describe, expect, it } from "vitest";
import { issuesOf } from "../../errors.ts";
import { callerAs } from "../../testing/harness.ts";
import { caller, rejection, testServices } from "../test-caller.ts";

const reviewer: Actor = { id: "u-reviewer", role: "reviewer", departmentId: null };
const editor: Actor = {
  id: "u-editor",
  role: "departmentEditor",
  departmentId: SEED_IDS.department,
};

describe("datasets: workflow, versions and the audit log through the router", () => {
  it("goes 草稿 → 已提交 → 审核中 → 退回 (with a reason) → … → 已定稿, then a revision keeps the old one", async () => {
    const asEditor = callerAs(testServices(), editor);
    const asReviewer = callerAs(testServices(), reviewer);
    let dataset = await asEditor.datasets.get({ id: SEED_IDS.dataset });
    expect(dataset.status).toBe("draft");
    dataset = await asEditor.datasets.submit({ id: dataset.id, expectedVersion: dataset.version });
    expect(dataset.status).toBe("submitted");
    // Only a reviewer (or an admin) sends it back, and must give a reason.
    expect(
      (
        await rejection(
          asEditor.datasets.return({
            id: dataset.id,
            expectedVersion: dataset.version,
            reason: "x",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    const blank = await rejection(
      asReviewer.datasets.return({
        id: dataset.id,
        expectedVersion: dataset.version,
        reason: "  ",
      }),
    );
    expect(blank.code).toBe("BAD_REQUEST");
    expect(blank.message).toContain("reason: reason 不能为空 / reason must not be empty");
    dataset = await asReviewer.datasets.startReview({
      id: dataset.id,
      expectedVersion: dataset.version,
    });
    dataset = await asReviewer.datasets.return({
      id: dataset.id,
      expectedVersion: dataset.version,
      reason: "公务接待费决算与附表不符",
    });
    expect(dataset).toMatchObject({ status: "draft", returnReason: "公务接待费决算与附表不符" });
    dataset = await asEditor.datasets.submit({ id: dataset.id, expectedVersion: dataset.version });
    dataset = await asReviewer.datasets.startReview({
      id: dataset.id,
      expectedVersion: dataset.version,
    });
    dataset = await asReviewer.datasets.finalise({
      id: dataset.id,
      expectedVersion: dataset.version,
    });
    expect(dataset.status).toBe("finalised");

    // A finalised dataset is read-only: PRECONDITION_FAILED, pointing to createRevision.
    const edit = await rejection(
      asEditor.datasets.update({
        id: dataset.id,
        expectedVersion: dataset.version,
        content: dataset.content,
      }),
    );
    expect(edit.code).toBe("PRECONDITION_FAILED");
    expect(edit.message).toContain("createRevision");
    // A finalise from 草稿 is not a step: PRECONDITION_FAILED too.
    const revision = await asEditor.datasets.createRevision({ id: dataset.id });
    expect(revision).toMatchObject({ revision: 2, status: "draft" });
    const early = await rejection(
      asReviewer.datasets.finalise({ id: revision.id, expectedVersion: revision.version }),
    );
    expect(early.code).toBe("PRECONDITION_FAILED");
    const revisions = await asEditor.datasets.revisions({ id: revision.id });
    expect(revisions.map((r) => [r.revision, r.status])).toEqual([
      [1, "finalised"],
      [2, "draft"],
    ]);

    // The audit log names the procedure, who, and the before/after of the changed field.
    const entries = await asReviewer.audit.list({ entityId: dataset.id });
    const returned = entries.find((e) => e.action === "datasets.return");
    expect(returned).toMatchObject({
      actorId: "u-reviewer",
      actorRole: "reviewer",
      entity: "dataset",
    });
    expect(returned?.changes).toContainEqual({
      path: "status",
      before: "inReview",
      after: "draft",
    });
  });

  it("creates a dataset only for an existing department and names bad content by path", async () => {
    const bad = await rejection(
      caller.datasets.create({ departmentId: SEED_IDS.department, content: { schemaVersion: 1 } }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toContain("department");
    const missing = await rejection(
      caller.datasets.create({ departmentId: "nowhere", content: taojiang() }),
    );
    expect(missing.code).toBe("BAD_REQUEST");
    expect(issuesOf(missing)).toEqual([
      { path: "departmentId", message: "部门不存在：nowhere / no such department" },
    ]);
  });
});
