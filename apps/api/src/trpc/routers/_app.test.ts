import { describe, expect, it } from "vitest";
import { caller, rejection, taojiang } from "../test-caller.ts";

describe("examples router", () => {
  it("lists the embedded Taojiang 2020 example", async () => {
    expect(await caller.examples.list()).toContainEqual({
      id: "taojiang-natural-resources-2020",
      department: "桃江县自然资源局",
      fiscalYear: 2020,
    });
  });

  it("returns NOT_FOUND for an unknown example", async () => {
    const error = await rejection(caller.examples.get({ id: "nowhere-1999" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toBe("无此示例 / no such example: nowhere-1999");
  });
});

describe("evaluations.run on a posted dataset (not stored)", () => {
  it("evaluates the Taojiang example: “三公经费”控制率 10.28% as exact string and display", async () => {
    const result = await caller.evaluations.run({ dataset: (await taojiang()) as never });
    expect(result.evaluation).toBeNull();
    expect(result.department).toEqual({ name: "桃江县自然资源局", fiscalYear: 2020 });
    const rate = result.indicators.find((i) => i.key === "threePublicExpenses.controlRate.total");
    // Seed 1.2.1: 决算 84,284.72 ÷ 预算 820,000.00 = 10.2786…%, printed 10.28.
    expect(rate?.display).toBe("10.28%");
    expect(rate?.value?.startsWith("10.278624390243902439")).toBe(true);
    // Seed 1.2.2: 变动率 (84,284.72 − 567,543.34) ÷ 567,543.34 = −85.15%.
    const change = result.indicators.find((i) => i.key === "threePublicExpenses.changeRate.total");
    expect(change?.display).toBe("-85.15%");
    // Everything is JSON-safe: a JSON round trip changes nothing.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it("rejects a bad dataset with BAD_REQUEST and the JSON path of each problem", async () => {
    const broken = structuredClone(await taojiang()) as unknown as {
      projects: { budget: unknown }[];
    };
    const first = broken.projects[0];
    if (!first) throw new Error("the example has projects");
    first.budget = "abc";
    const error = await rejection(caller.evaluations.run({ dataset: broken as never }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("“abc”不是金额");
  });

  it("needs exactly one of datasetId and dataset", async () => {
    const error = await rejection(caller.evaluations.run({}));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("datasetId 与 dataset 须给出其一");
  });
});
