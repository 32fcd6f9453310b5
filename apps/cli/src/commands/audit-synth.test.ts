import { evaluate, parseDataset } from "@jixiao/core";
import { buildReportModel } from "@jixiao/report";
import { renderDocx } from "@jixiao/report/render/docx";
import { auditModel, readDocument } from "@jixiao/review";
import { synthesizeDatasets } from "@jixiao/synth";
import { describe, expect, it } from "vitest";

/**
 * jixiao's own DOCX of a clean dataset must audit without errors: the datasets are the first
 * three of `pnpm jixiao synth --count 3 --seed 1` (no injected inconsistencies, 0 error findings
 * in `jixiao report`'s summary), rendered as `jixiao report --format docx` does (report model →
 * DOCX renderer). Before the fix they gave 2–3 errors each: 「2022年部门预算支出1,269.34万元，其中
 * 基本支出764.73万元」 was linked to the actual basic expenditure, and the “× 100%” of the
 * 在职人员控制率 formula was read as a stated rate.
 */
describe("auditing jixiao's own DOCX of clean synthesized datasets", () => {
  it("finds no errors", { timeout: 120_000 }, async () => {
    const { datasets } = synthesizeDatasets({ count: 3, seed: 1 });
    expect(datasets).toHaveLength(3);
    for (const { file, dataset: input } of datasets) {
      const evaluation = evaluate(parseDataset(input, file));
      expect(evaluation.findings.filter((f) => f.severity === "error")).toEqual([]);
      const bytes = await renderDocx(buildReportModel(evaluation));
      const audit = auditModel(await readDocument(bytes, `${file}.docx`), `${file}.docx`);
      const errors = audit.findings
        .filter((f) => f.finding.severity === "error")
        .map((f) => ({ file, message: f.finding.message, quotes: f.quotes }));
      expect(errors).toEqual([]);
      // The linked figures still include the budget split (the sentence's subject is 预算).
      expect(
        audit.extraction.figures.some(
          (f) => f.figure.refersTo === "budgetSummary.budgetExpenditure[basic]",
        ),
      ).toBe(true);
    }
  });
});
