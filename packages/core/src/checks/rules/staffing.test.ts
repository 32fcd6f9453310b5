import { describe, expect, it } from "vitest";
import { staffByType } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { organisationCounts, staffingConsistency } from "./staffing.ts";
import { statedCount } from "./stated-figures.ts";

const staffing = (over: Record<string, unknown> = {}) => ({
  atBudget: {
    asOf: "2020-01-01",
    authorizedHeadcount: 282,
    authorizedByType: staffByType(258, 24),
  },
  atYearEnd: {
    asOf: "2020-12-31",
    authorizedHeadcount: 282,
    activeStaff: 282,
    activeByType: staffByType(258, 24),
  },
  retiredStaff: 89,
  ...over,
});

describe("staffing.consistency", () => {
  it("stays silent when the types add up and 编制 did not change", () => {
    expect(findings(makeDataset({ staffing: staffing() }), staffingConsistency)).toEqual([]);
  });

  it("warns when 编制 is 282 at budget time and 288 at year end with 288 在职 (seed 一(2), 四(一)1)", () => {
    const ds = makeDataset({
      staffing: staffing({
        atYearEnd: { asOf: "2020-12-31", authorizedHeadcount: 288, activeStaff: 288 },
      }),
    });
    const out = findings(ds, staffingConsistency);
    // Neither count is wrong: both labelled in values, no 应为.
    expect(out.map((f) => [f.severity, f.stated, f.expected])).toEqual([
      ["warning", "288", undefined],
    ]);
    expect(out[0]?.values).toEqual({ 年初编制: "282人", 年末编制: "288人", 年末在职: "288人" });
    expect(out[0]?.message).toContain("年初部门预算核定编制282人（2020-01-01），年末编制为288人");
  });

  it("errs when the types do not add up to the total (258 + 24 ≠ 283)", () => {
    const ds = makeDataset({
      staffing: staffing({
        atBudget: {
          asOf: "2020-01-01",
          authorizedHeadcount: 283,
          authorizedByType: staffByType(258, 24),
        },
      }),
    });
    const out = findings(ds, staffingConsistency).filter((f) => f.severity === "error");
    expect(out.map((f) => f.message)).toEqual([
      "年初编制数为283人，但分类数全额编制258人、自收自支编制24人合计282人，相差1人。",
    ]);
  });
});

describe("organisation counts", () => {
  const organisation = [
    {
      id: "start",
      asOf: "2020-01-01",
      internalDivisions: ["办公室", "人事教育股", "政策法规股"],
      subordinateUnits: ["不动产登记中心", "土地储备中心"],
    },
  ];
  const groups = [
    { level: 1, fundingType: "full", count: 1 },
    { level: 2, fundingType: "civilServiceManaged", count: 1 },
    { level: 2, fundingType: "full", count: 9 },
    { level: 2, fundingType: "selfFunded", count: 2 },
  ];

  it("checks stated counts against the lists and groups: 1 + 9 + 2 = 12 二级预算单位 (seed 一、（一）)", () => {
    const ds = makeDataset({
      organisation,
      budgetUnits: { asOf: "2020-01-01", groups },
      statedFigures: [
        stated("u2", "budgetUnits.count.level2", "12", "个"),
        stated("u2f", "budgetUnits.count.level2ByFundingType[full]", "9", "个"),
        stated("div", "organisation.internalDivisions.count[start]", "3", "个"),
        stated("sub", "organisation.subordinateUnits.count[start]", "3", "个"),
      ],
    });
    const out = findings(ds, statedCount);
    expect(out.map((f) => [f.locations[0]?.statedFigureId, f.stated, f.expected])).toEqual([
      ["sub", "3", "2"],
    ]);
  });

  it("flags a budget-unit group whose names do not number its count", () => {
    const named = [{ level: 2, fundingType: "selfFunded", count: 2, names: ["征地服务所"] }];
    const out = findings(
      makeDataset({ budgetUnits: { asOf: "2020-01-01", groups: named } }),
      organisationCounts,
    );
    expect(out.map((f) => [f.stated, f.expected])).toEqual([["2", "1"]]);
    const ok = [{ level: 2, fundingType: "selfFunded", count: 1, names: ["征地服务所"] }];
    expect(
      findings(
        makeDataset({ budgetUnits: { asOf: "2020-01-01", groups: ok } }),
        organisationCounts,
      ),
    ).toEqual([]);
  });
});
