import { readFile } from "node:fs/promises";
import { Dataset } from "@jixiao/core/schema";
import { minimalDatasetInput, seedProject } from "@jixiao/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportBasicData } from "./export.ts";
import { importBasicData } from "./import.ts";
import { canonical, datasetArbitrary } from "./test-arbitrary.ts";

async function roundTrip(input: unknown) {
  const dataset = Dataset.parse(input);
  const result = await importBasicData(await exportBasicData(dataset));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
  return { dataset, back: result.dataset };
}

describe("基础数据表 round trip", () => {
  it("export then import gives the same dataset, for generated datasets", async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (input) => {
        const { dataset, back } = await roundTrip(input);
        expect(canonical(back)).toEqual(canonical(dataset));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("export then import gives the Taojiang 2020 dataset back, every field", async () => {
    const json = JSON.parse(
      await readFile(
        new URL(
          "../../../../examples/taojiang-natural-resources-2020/dataset.json",
          import.meta.url,
        ),
        "utf8",
      ),
    );
    const { dataset, back } = await roundTrip(json);
    expect(canonical(back)).toEqual(canonical(dataset));
    // seed 2.2: all 20 project rows, 土地成本 593,785,100.00 first
    expect(back.projects).toHaveLength(20);
    expect(back.projects[0]?.budget).toBe(dataset.projects[0]?.budget);
    expect(back.statedFigures).toHaveLength(dataset.statedFigures.length);
  });

  it("keeps trailing zeros and amounts beyond a double's 15 digits exactly", async () => {
    const { back } = await roundTrip(
      minimalDatasetInput({
        // seed 2.2 row 1 土地成本 593,785,100.00; the 17-digit amount is synthetic.
        projects: [
          seedProject(1),
          { seq: 2, name: "大额", budget: "12345678901234567.89", actual: "0.1" },
        ],
      }),
    );
    expect(back.projects.map((p) => [p.budget, p.actual])).toEqual([
      ["593785100.00", "593785100.00"],
      ["12345678901234567.89", "0.1"],
    ]);
  });
});

describe("sheet specs", () => {
  it("place every top-level Dataset field in some sheet", async () => {
    const { SHEET_SPECS } = await import("./sheet-specs.ts");
    const covered = new Set(
      SHEET_SPECS.flatMap((s) =>
        s.kind === "table"
          ? s.route
            ? s.route.options.map((o) => o.value.split(".")[0])
            : [s.path.split(".")[0]]
          : s.kind === "keyValue"
            ? s.fields.map((f) => f.key.split(".")[0])
            : s.prefixes.map((p) => p.split(".")[0]),
      ),
    );
    expect(Object.keys(Dataset.shape).filter((k) => !covered.has(k))).toEqual([]);
  });
});
