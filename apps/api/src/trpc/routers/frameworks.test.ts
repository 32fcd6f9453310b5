import { describe, expect, it } from "vitest";
import { caller, rejection, taojiang } from "../test-caller.ts";

describe("frameworks router", () => {
  it("lists the built-in frameworks from the store, the Hunan county one among them", async () => {
    const list = await caller.frameworks.list();
    expect(list).toContainEqual(
      expect.objectContaining({
        id: "hunan-county-2020",
        name: "湖南省县级部门整体支出绩效评价指标（湖南式，改编）",
        version: "2020.1",
        jurisdiction: "湖南省（县级）",
        authorship: "adapted",
        effectiveYear: 2020,
        builtin: true,
      }),
    );
    expect(list.length).toBeGreaterThanOrEqual(4);
  });

  it("gets one with its tree: 在职人员控制率 5分 under 1.1", async () => {
    const framework = await caller.frameworks.get({ id: "hunan-county-2020" });
    expect(framework.version).toBe("2020.1");
    const content = framework.content as {
      nodes: { children?: { children?: { code: string; name: string; weight: string }[] }[] }[];
    };
    const staff = content.nodes[0]?.children?.[0]?.children?.[0];
    expect(staff).toMatchObject({ code: "1.1.1", name: "在职人员控制率", weight: "5" });
    // JSON-serialisable: a round trip changes nothing.
    expect(JSON.parse(JSON.stringify(framework))).toEqual(framework);
  });

  it("saves a custom version (a copy under a new id) and lists it", async () => {
    const base = (await caller.frameworks.get({ id: "hunan-county-2020" })).content;
    const saved = await caller.frameworks.create({
      framework: {
        ...base,
        id: "taojiang-bureau-2021",
        version: "2021.1",
        name: "桃江县财政局指标体系",
      },
    });
    expect(saved).toMatchObject({ id: "taojiang-bureau-2021", version: "2021.1", builtin: false });
    const versions = await caller.frameworks.versions({ id: "taojiang-bureau-2021" });
    expect(versions.map((v) => v.version)).toEqual(["2021.1"]);
    // evaluations.score finds it by id in the store (it is not built in).
    const sheet = await caller.evaluations.score({
      dataset: await taojiang(),
      frameworkId: "taojiang-bureau-2021",
    });
    expect(sheet.framework.id).toBe("taojiang-bureau-2021");
    expect(sheet.totalWeight).toBe("100");
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    const error = await rejection(caller.frameworks.get({ id: "nowhere-1999" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toContain("nowhere-1999");
  });
});
