import { describe, expect, it } from "vitest";
import { caller, rejection } from "../test-caller.ts";

describe("frameworks router", () => {
  it("lists the built-in frameworks, the Hunan county one (the default) among them", async () => {
    const list = await caller.frameworks.list();
    expect(list).toContainEqual({
      id: "hunan-county-2020",
      name: "湖南省县级部门整体支出绩效评价指标（湖南式，改编）",
      version: "2020.1",
      jurisdiction: "湖南省（县级）",
      authorship: "adapted",
      effectiveYear: 2020,
    });
    expect(list.length).toBeGreaterThanOrEqual(4);
  });

  it("gets one as JSON input, like `jixiao frameworks show ID`: 在职人员控制率 5分 under 1.1", async () => {
    const framework = await caller.frameworks.get({ id: "hunan-county-2020" });
    expect(framework.id).toBe("hunan-county-2020");
    const staff = framework.nodes[0]?.children?.[0]?.children?.[0];
    expect(staff).toMatchObject({ code: "1.1.1", name: "在职人员控制率", weight: "5" });
    // JSON-serialisable: a round trip changes nothing.
    expect(JSON.parse(JSON.stringify(framework))).toEqual(framework);
  });

  it("answers an unknown id with NOT_FOUND naming the built-in ones", async () => {
    const error = await rejection(caller.frameworks.get({ id: "nowhere-1999" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("无此指标体系 / no such framework: nowhere-1999");
    expect(error.message).toContain("hunan-county-2020");
  });
});
