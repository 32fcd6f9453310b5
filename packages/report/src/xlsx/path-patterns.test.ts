import { describe, expect, it } from "vitest";
import { pathPatterns } from "./path-patterns.ts";
import { parsePath } from "./paths.ts";

describe("pathPatterns", () => {
  it("lists the leaf paths of the narrative, the evaluation process and the organisation", () => {
    const narrative = pathPatterns("narrative");
    expect(narrative).toContain("narrative.preamble[0]");
    expect(narrative).toContain("narrative.problems[0].heading");
    expect(narrative).toContain("narrative.problems[0].paragraphs[0]");
    expect(pathPatterns("evaluationProcess")).toContain(
      "evaluationProcess.basisDocuments[0].documentNumber",
    );
    expect(pathPatterns("organisation")).toContain("organisation[0].internalDivisions[0]");
    expect(pathPatterns("department.functions")).toEqual(["department.functions[0]"]);
    expect(pathPatterns("history")).toContain("history.years[0].expenditure[0].originalBudget");
    for (const p of [...narrative, ...pathPatterns("history")].filter((x) => !x.includes("<")))
      expect(parsePath(p), p).not.toBeNull();
  });
});
