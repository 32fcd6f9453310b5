import { describe, expect, it } from "vitest";
import { ACCESS, assertCan, can, PERMISSIONS, type Permission, scopeOf } from "./access.ts";
import { Forbidden } from "./errors.ts";
import { type Actor, ROLES, type Role } from "./roles.ts";

const admin: Actor = { id: "a", role: "bureauAdmin", departmentId: null };
const editor: Actor = { id: "e", role: "departmentEditor", departmentId: "d1" };
const reviewer: Actor = { id: "r", role: "reviewer", departmentId: null };
const apiClient: Actor = { id: "token:t", role: "apiClient", departmentId: null };

// The rules, one row per (actor, permission, department of the record) → allowed.
const CASES: [Actor, Permission, string | undefined, boolean][] = [
  // bureau admin — everything
  [admin, "dataset.write", "d2", true],
  [admin, "dataset.review", "d2", true],
  [admin, "org.write", undefined, true],
  [admin, "tokens.manage", undefined, true],
  // department editor — only their own department's datasets, read and write
  [editor, "dataset.read", "d1", true],
  [editor, "dataset.write", "d1", true],
  [editor, "dataset.read", "d2", false],
  [editor, "dataset.write", "d2", false],
  [editor, "score.self", "d1", true],
  [editor, "score.self", "d2", false],
  [editor, "dataset.review", "d1", false],
  [editor, "score.review", "d1", false],
  [editor, "org.write", undefined, false],
  [editor, "audit.read", undefined, false],
  // reviewer — reads all, scores and comments, moves workflow, cannot edit a department's data
  [reviewer, "dataset.read", "d2", true],
  [reviewer, "score.review", "d2", true],
  [reviewer, "comment.write", "d2", true],
  [reviewer, "dataset.review", "d2", true],
  [reviewer, "dataset.write", "d2", false],
  [reviewer, "score.self", "d2", false],
  [reviewer, "framework.write", undefined, false],
  // apiClient — read-only, plus evaluate on a posted dataset
  [apiClient, "dataset.read", "d2", true],
  [apiClient, "framework.read", undefined, true],
  [apiClient, "evaluation.preview", undefined, true],
  [apiClient, "evaluation.run", "d2", false],
  [apiClient, "dataset.write", "d2", false],
  [apiClient, "dataset.review", "d2", false],
  [apiClient, "report.write", "d2", false],
];

describe("can", () => {
  it.each(CASES)("%o %s on %s → %s", (actor, permission, departmentId, allowed) => {
    expect(can(actor, permission, departmentId)).toBe(allowed);
  });

  it("an editor without a department may use no department-scoped permission", () => {
    const lost: Actor = { id: "x", role: "departmentEditor", departmentId: null };
    expect(can(lost, "dataset.read", "d1")).toBe(false);
    expect(can(lost, "dataset.read")).toBe(false);
  });

  it("the table covers every role × permission, and only apiClient-safe grants are read-only", () => {
    for (const role of ROLES) {
      expect(Object.keys(ACCESS[role as Role]).sort()).toEqual([...PERMISSIONS].sort());
    }
    const writes = PERMISSIONS.filter((p) => p !== "evaluation.preview" && !p.endsWith(".read"));
    for (const p of writes) expect(ACCESS.apiClient[p]).toBe("none");
  });
});

describe("assertCan / scopeOf", () => {
  it("throws Forbidden naming the permission and role, in Chinese and English", () => {
    expect(() => assertCan(reviewer, "dataset.write", "d1")).toThrow(Forbidden);
    expect(() => assertCan(reviewer, "dataset.write", "d1")).toThrow(
      "无权执行“dataset.write”（角色：复核人员） / role reviewer may not dataset.write",
    );
  });

  it("scopes listings: all, the editor's department, or nothing", () => {
    expect(scopeOf(admin, "dataset.read")).toBe("all");
    expect(scopeOf(editor, "dataset.read")).toEqual(["d1"]);
    expect(scopeOf(apiClient, "dataset.write")).toEqual([]);
  });
});
