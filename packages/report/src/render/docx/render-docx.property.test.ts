import { evaluate } from "@jixiao/core";
import { Dataset } from "@jixiao/core/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../model/build.ts";
import { datasetArbitrary } from "../../xlsx/test-arbitrary.ts";
import { renderDocx } from "./render-docx.ts";

describe("renderDocx on any valid dataset", () => {
  it("renders a .docx zip whatever is blank or empty, without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (input) => {
        const model = buildReportModel(evaluate(Dataset.parse(input)));
        const bytes = await renderDocx(model, { charts: false });
        expect(bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // "PK"
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
