import { describe, expect, it } from "vitest";
import { caller, rejection } from "../test-caller.ts";

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

describe("evaluations.evaluate", () => {
  it("evaluates the Taojiang example: “三公经费”控制率 10.28% as exact string and display", async () => {
    const dataset = await caller.examples.get({ id: "taojiang-natural-resources-2020" });
    const result = await caller.evaluations.evaluate(dataset);
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
    const dataset = await caller.examples.get({ id: "taojiang-natural-resources-2020" });
    const broken = structuredClone(dataset) as unknown as { projects: { budget: unknown }[] };
    const first = broken.projects[0];
    if (!first) throw new Error("the example has projects");
    first.budget = "abc";
    const error = await rejection(caller.evaluations.evaluate(broken as never));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("projects[0].budget: “abc”不是金额");
  });
});
