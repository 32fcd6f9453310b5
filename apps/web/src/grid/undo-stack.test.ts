import { describe, expect, it } from "vitest";
import { commit, redo, startHistory, UNDO_LIMIT, undo } from "./undo-stack.ts";

describe("undo stack", () => {
  it("undoes and redoes edits in order", () => {
    let s = startHistory({ actual: "62769.85" });
    const first = s.present;
    s = commit(s, { actual: "70000.00" });
    s = commit(s, { actual: "80000.00" });
    s = undo(s);
    expect(s.present).toEqual({ actual: "70000.00" });
    s = undo(s);
    expect(s.present).toBe(first);
    expect(undo(s)).toBe(s);
    s = redo(s);
    expect(s.present).toEqual({ actual: "70000.00" });
    expect(s.future).toHaveLength(1);
  });

  it("clears the redo list on a new edit and ignores a no-op commit", () => {
    let s = commit(commit(startHistory("a"), "b"), "c");
    s = undo(s);
    s = commit(s, "d");
    expect(s).toEqual({ past: ["a", "b"], present: "d", future: [] });
    expect(commit(s, "d")).toBe(s);
    expect(redo(s)).toBe(s);
  });

  it("keeps at most UNDO_LIMIT steps", () => {
    let s = startHistory(0);
    for (let i = 1; i <= UNDO_LIMIT + 5; i += 1) s = commit(s, i);
    expect(s.past).toHaveLength(UNDO_LIMIT);
    expect(s.past[0]).toBe(5);
  });
});
