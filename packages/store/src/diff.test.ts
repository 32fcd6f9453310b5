import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffPaths } from "./diff.ts";

describe("diffPaths", () => {
  it("names each changed leaf by its JSON path", () => {
    const before = {
      content: {
        satisfaction: { questionnaires: 20, score: "95.2" },
        projects: [{ budget: "1.00" }],
      },
    };
    const after = {
      content: {
        satisfaction: { questionnaires: 20, score: "96" },
        projects: [{ budget: "2.00" }, { budget: "3.00" }],
      },
    };
    expect(diffPaths(before, after)).toEqual([
      { path: "content.satisfaction.score", before: "95.2", after: "96" },
      { path: "content.projects[0].budget", before: "1.00", after: "2.00" },
      { path: "content.projects[1]", before: undefined, after: { budget: "3.00" } },
    ]);
  });

  it("is empty exactly for equal JSON values (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(diffPaths(v, structuredClone(v))).toEqual([]);
      }),
    );
  });

  it("finds a change wherever a leaf changes (property)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1 }), fc.string()),
        fc.string({ minLength: 1 }),
        (obj, key) => {
          const changed = { ...obj, [key]: `${obj[key] ?? ""}x` };
          const d = diffPaths(obj, changed);
          expect(d).toHaveLength(1);
          expect(d[0]?.after).toBe(changed[key]);
        },
      ),
    );
  });
});
