import { describe, expect, it } from "vitest";
import { FrameworkValidationError, parseFramework, safeParseFramework } from "./parse.ts";
import type { FrameworkInput } from "./schema.ts";

const manual = { type: "manual" as const };
const leaf = (code: string, weight: string) => ({
  code,
  name: `指标${code}`,
  weight,
  rule: manual,
});

function framework(nodes: FrameworkInput["nodes"]): FrameworkInput {
  return {
    schemaVersion: 1,
    id: "test",
    name: "测试指标体系",
    version: "1",
    jurisdiction: "测试",
    effectiveYear: 2020,
    authorship: "ours",
    nodes,
  };
}

describe("framework validation", () => {
  it("accepts a tree whose weights add up exactly (Decimal: 0.1 + 0.2 = 0.3)", () => {
    const ok = framework([
      {
        code: "1",
        name: "投入",
        weight: "60",
        children: [leaf("1.1", "59.7"), leaf("1.2", "0.1"), leaf("1.3", "0.2")],
      },
      { code: "2", name: "过程", weight: "40", children: [leaf("2.1", "40")] },
    ]);
    expect(safeParseFramework(ok).ok).toBe(true);
  });

  it("rejects children whose weights do not sum to the parent's, naming the node's path, code and name", () => {
    const bad = framework([
      { code: "1", name: "投入", weight: "60", children: [leaf("1.1", "60")] },
      {
        code: "2",
        name: "过程",
        weight: "40",
        children: [
          {
            code: "2.1",
            name: "预算执行",
            weight: "40",
            children: [leaf("2.1.1", "20"), leaf("2.1.2", "18")],
          },
        ],
      },
    ]);
    const result = safeParseFramework(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: "nodes[1].children[0]",
        message:
          "2.1 预算执行：子指标分值之和 38 ≠ 上级分值 40 / children's weights sum to 38, parent weight is 40",
      },
    ]);
    expect(() => parseFramework(bad, "my-framework.json")).toThrow(FrameworkValidationError);
    expect(() => parseFramework(bad, "my-framework.json")).toThrow(
      "my-framework.json: 指标体系无效 / invalid framework:\n  nodes[1].children[0]: 2.1 预算执行：子指标分值之和 38 ≠ 上级分值 40",
    );
  });

  it("rejects a top level that does not add up to the total weight", () => {
    const result = safeParseFramework(
      framework([{ code: "1", name: "投入", weight: "90", children: [leaf("1.1", "90")] }]),
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "nodes",
        message:
          "一级指标分值之和 90 ≠ 总分 100 / top-level weights sum to 90, total weight is 100",
      },
    ]);
  });

  it("counts an either-of group once and wants its members equal", () => {
    const pair = [
      { ...leaf("1.1", "50"), eitherOf: "carry" },
      { ...leaf("1.2", "50"), eitherOf: "carry" },
      leaf("1.3", "50"),
    ];
    expect(
      safeParseFramework(framework([{ code: "1", name: "过程", weight: "100", children: pair }]))
        .ok,
    ).toBe(true);
    const unequal = [
      { ...leaf("1.1", "50"), eitherOf: "carry" },
      { ...leaf("1.2", "40"), eitherOf: "carry" },
      leaf("1.3", "50"),
    ];
    const result = safeParseFramework(
      framework([{ code: "1", name: "过程", weight: "100", children: unequal }]),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toContain(
      "1 过程：二者择其一组“carry”的分值不一致 / either-of group 'carry' members differ in weight",
    );
  });

  it("rejects unknown indicators, rules that award more than the weight, and missing rules", () => {
    const result = safeParseFramework(
      framework([
        {
          code: "1",
          name: "投入",
          weight: "100",
          children: [
            {
              code: "1.1",
              name: "未知",
              weight: "40",
              indicator: "no.such.code",
              rule: { type: "proportional", params: { direction: "higherBetter", target: "100" } },
            },
            {
              code: "1.2",
              name: "区间",
              weight: "5",
              indicator: "budgetExecution.controlRate",
              rule: {
                type: "bands",
                params: { bands: [{ max: "0", maxInclusive: true, score: "6" }] },
              },
            },
            { code: "1.3", name: "缺规则", weight: "55" },
          ],
        },
      ]),
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "nodes[0].children[0].indicator",
        message:
          "1.1 未知：指标“no.such.code”不在指标目录中 / indicator 'no.such.code' is not in the catalogue",
      },
      {
        path: "nodes[0].children[1].rule.params.bands[0].score",
        message: "1.2 区间：得分 6 超过分值 5 / awards 6, more than the weight 5",
      },
      {
        path: "nodes[0].children[2]",
        message: "1.3 缺规则：末级指标缺少评分规则 / a leaf needs a rule",
      },
    ]);
  });

  it("wants weights and fixed points at the framework's score places (default 2: 得分 + 扣分 = 分值 as printed)", () => {
    const result = safeParseFramework(
      framework([
        {
          code: "1",
          name: "投入",
          weight: "100",
          children: [
            leaf("1.1", "94.995"),
            {
              code: "1.2",
              name: "区间",
              weight: "5.005",
              indicator: "budgetExecution.controlRate",
              rule: {
                type: "bands",
                params: {
                  bands: [{ max: "0", maxInclusive: true, score: "2.065" }],
                  otherwise: "0.000",
                },
              },
            },
          ],
        },
      ]),
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: "nodes[0].children[0].weight",
        message:
          "1.1 指标1.1：分值最多2位小数：“94.995” / a weight has at most 2 decimals: '94.995'",
      },
      {
        path: "nodes[0].children[1].weight",
        message: "1.2 区间：分值最多2位小数：“5.005” / a weight has at most 2 decimals: '5.005'",
      },
      {
        path: "nodes[0].children[1].rule.params.bands[0].score",
        message: "1.2 区间：分数最多2位小数：“2.065” / points have at most 2 decimals: '2.065'",
      },
    ]);
  });

  it("reports shape errors with their JSON path (zod)", () => {
    const result = safeParseFramework(
      framework([{ code: "1", name: "投入", weight: 100 as unknown as string, rule: manual }]),
    );
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(["nodes[0].weight"]);
  });
});
