import { taojiang2020 } from "@jixiao/examples";
import { describe, expect, it } from "vitest";
import { setAt } from "../grid/paths.ts";
import { applyChanges, diffDrafts, overlapping } from "./draft-diff.ts";

describe("diffDrafts and applyChanges", () => {
  it("finds one changed 三公经费 cell and nothing else in the Taojiang dataset", () => {
    const mine = setAt(taojiang2020, ["threePublicExpenses", 0, "actual"], "70000.00");
    expect(diffDrafts(taojiang2020, mine)).toEqual([
      { path: "threePublicExpenses[0].actual", before: "62769.85", after: "70000.00" },
    ]);
  });

  it("applies my edits onto what someone else saved, keeping their other changes", () => {
    const theirs = setAt(taojiang2020, ["projects", 0, "budget"], "1.00");
    const mine = setAt(taojiang2020, ["threePublicExpenses", 0, "actual"], "70000.00");
    const merged = applyChanges(theirs, diffDrafts(taojiang2020, mine)) as typeof taojiang2020;
    expect(merged.projects[0]?.budget).toBe("1.00");
    expect(merged.threePublicExpenses[0]?.actual).toBe("70000.00");
  });

  it("removes rows I deleted and adds rows I added", () => {
    const base = { projects: [{ n: 1 }, { n: 2 }, { n: 3 }] };
    const removed = { projects: [{ n: 1 }, { n: 3 }] };
    expect(applyChanges(base, diffDrafts(base, removed))).toEqual(removed);
    const added = { projects: [{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }] };
    expect(applyChanges(base, diffDrafts(base, added))).toEqual(added);
  });

  it("names the paths both sides changed", () => {
    const theirs = [{ path: "threePublicExpenses[0].actual", before: "1", after: "2" }];
    const mine = [
      { path: "threePublicExpenses[0].actual", before: "1", after: "3" },
      { path: "projects[1].name", before: "a", after: "b" },
    ];
    expect(overlapping(theirs, mine)).toEqual(["threePublicExpenses[0].actual"]);
  });
});
