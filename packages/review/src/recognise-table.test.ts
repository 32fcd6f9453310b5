import { describe, expect, it } from "vitest";
import { cell, type DocTable } from "./document.ts";
import { recogniseTable } from "./recognise-table.ts";
import type { PlacedTable } from "./structure.ts";
import { emptyPieces, mapTable } from "./table-map.ts";

const table = (rows: string[][]): DocTable => ({
  kind: "table",
  index: 0,
  rows: rows.map((r) => r.map((t) => cell(t))),
});
const placed = (t: DocTable, before?: string): PlacedTable => ({
  kind: "table",
  table: t,
  section: "二、部门整体支出管理及使用情况分析",
  order: 3,
  ...(before ? { before } : {}),
});

describe("recogniseTable", () => {
  it("recognises the 三公 budget/final-accounts table under a one-cell caption, unit 元 from “单位：元” (seed 1.2.1)", () => {
    const r = recogniseTable(
      placed(
        table([
          ["1.2.1．2020年度 “三公经费”预算、决算执行情况     单位：元", "", "", "", ""],
          ["项目", "预算数", "决算数", "决算比预算减少", "控制率%"],
          ["公务接待费", "820,000.00", "62,769.85", "-757,230.15", ""],
          ["合计", "820,000.00", "62,769.85", "-757,230.15", "7.65"],
        ]),
      ),
    );
    expect(r).toMatchObject({
      kind: "threePublicBudget",
      title: "1.2.1．2020年度 “三公经费”预算、决算执行情况",
      unit: "元",
      unitSource: "单位：元",
    });
    expect(r.columns).toEqual(["项目", "预算数", "决算数", "决算比预算减少", "控制率%"]);
  });

  it("tolerates other wording: 上年 against 当年 columns make the year-on-year table", () => {
    const r = recogniseTable(
      placed(
        table([
          ["项目名称", "上年决算", "当年决算", "增减额", "增减率"],
          ["公务用车运行维护费", "346,673.34", "21,514.87", "-325,158.47", "-93.79%"],
        ]),
      ),
    );
    expect(r.kind).toBe("threePublicYear");
  });

  it("joins merged header rows into one name per column (seed 2.2: 可用 + 指标 → 可用指标)", () => {
    const t: DocTable = {
      kind: "table",
      index: 0,
      rows: [
        [cell("序号", 1, 2), cell("预算项目", 1, 2), cell("可用"), cell("实际"), cell("差额")],
        [cell("指标"), cell("使用"), cell("（可用-实际）")],
        [cell("1"), cell("土地成本"), cell("59,378.51"), cell("59,378.51"), cell("0.00")],
      ],
    };
    const r = recogniseTable(placed(t, "具体情况如下表：（单位:万元）"));
    expect(r).toMatchObject({
      kind: "projects",
      unit: "万元",
      columns: ["序号", "预算项目", "可用指标", "实际使用", "差额（可用-实际）"],
    });
  });

  it("tells budget/actual, appropriation/actual, basic detail and budget summary apart by headers and rows", () => {
    const kind = (rows: string[][], before?: string) =>
      recogniseTable(placed(table(rows), before)).kind;
    expect(
      kind([
        ["序号", "项目", "预算支出", "预算收入", "支出-收入"],
        ["1", "基本支出", "31735764.67", "33839013.69", "-2103249.02"],
      ]),
    ).toBe("budgetSummary");
    const lines = [
      ["1", "工资福利费用", "25,507,764.16", "25,507,764.16"],
      ["2", "商品和服务费用", "4,819,029.50", "4,819,029.50"],
    ];
    expect(
      kind([
        ["序号", "项目", "预算支出（元）", "实际使用（元）"],
        ...lines,
        ["3", "项目支出", "650,501,700.00", "650,501,700.00"],
      ]),
    ).toBe("expenditure");
    expect(kind([["序号", "项目", "到位金额（元）", "实际使用（元）"], ...lines])).toBe(
      "allocation",
    );
    expect(
      kind(
        [["序号", "项目名称", "预算金额", "决算支出金额", "结转结余金额"], ...lines],
        "基本支出明细如下： 单位:元",
      ),
    ).toBe("basicExpenditure");
    expect(
      kind([
        ["指标", "计划任务", "实际完成", "完成率"],
        ["非税收入", "33,359.00", "79,381.00", "237.96%"],
      ]),
    ).toBe("revenueTargets");
    expect(
      kind([
        ["姓名", "职务"],
        ["张三", "局长"],
      ]),
    ).toBeNull();
  });
});

describe("mapTable", () => {
  it("converts a table headed 单位：万元 exactly ×10000 into 元, and keeps its 合计 as stated in 万元", () => {
    const r = recogniseTable(
      placed(
        table([
          ["“三公”经费预算、决算情况（单位：万元）", "", ""],
          ["项目", "预算数", "决算数"],
          ["公务接待费", "82.00", "6.2769"],
          ["合计", "82.00", "6.2769"],
        ]),
      ),
    );
    expect(r.unit).toBe("万元");
    const pieces = emptyPieces();
    mapTable(r, { labelled: "万元", real: "万元" }, pieces, 2020);
    expect(pieces.threePublicExpenses).toEqual([
      {
        item: "officialReception",
        name: "公务接待费",
        budget: "820000.00",
        actual: "62769.00",
        priorYearActual: null,
      },
    ]);
    expect(pieces.figures.map((f) => [f.figure.refersTo, f.figure.value, f.figure.unit])).toEqual([
      ["threePublicExpenses.budget.total", "82.00", "万元"],
      ["threePublicExpenses.actual.total", "6.2769", "万元"],
    ]);
  });

  it("maps 表（二） rows: 利息 and 其他 with 到位 only are revenue sources, dashes in 差额 are 0 (seed 表（二）)", () => {
    const r = recogniseTable(
      placed(
        table([
          ["序号", "项目", "到位金额（元）", "实际使用（元）", "差额（到位-使用）：元"],
          ["5", "项目支出", "646,168,986.31", "650,501,700.00", "-4,332,713.69"],
          ["6", "利息", "1,305.86", "", "1,305.86"],
          ["7", "其他", "5,360,485.59", "", "5,360,485.59"],
          ["1", "工资福利费用", "25,507,764.16", "25,507,764.16", " -   "],
        ]),
      ),
    );
    const pieces = emptyPieces();
    mapTable(r, { labelled: "元", real: "元" }, pieces, 2020);
    expect(pieces.allocation.map((a) => [a.item, a.received, a.actual])).toEqual([
      ["project", "646168986.31", "650501700.00"],
      ["interestIncome", "1305.86", null],
      ["otherRevenue", "5360485.59", null],
      ["wagesAndBenefits", "25507764.16", "25507764.16"],
    ]);
    expect(pieces.figures.map((f) => [f.figure.refersTo, f.figure.value])).toContainEqual([
      "allocation.difference[wagesAndBenefits]",
      "0",
    ]);
  });

  it("splits each project's 文号 from its name and notes rows it cannot place", () => {
    const r = recogniseTable(
      placed(
        table([
          ["序号", "预算项目", "可用指标", "实际使用"],
          [
            "4",
            "地质灾害治理、人居环境建设等 桃自然资字[2019]年57号",
            "3,150,000.00",
            "3,150,000.00",
          ],
          ["", "合计", "3,150,000.00", "3,150,000.00"],
        ]),
      ),
    );
    const pieces = emptyPieces();
    mapTable(r, { labelled: "元", real: "元" }, pieces, 2020);
    expect(pieces.projects).toEqual([
      {
        seq: 4,
        name: "地质灾害治理、人居环境建设等",
        documentNumber: "桃自然资字[2019]年57号",
        budget: "3150000.00",
        actual: "3150000.00",
        isKey: null,
      },
    ]);
    const basic = recogniseTable(
      placed(
        table([
          ["序号", "项目名称", "预算金额", "决算支出金额", "结转结余金额"],
          ["1", "工资福利支出", "1.00", "1.00", "0"],
          ["2", "差旅补贴", "2.00", "2.00", "0"],
          ["3", "商品和服务支出", "3.00", "3.00", "0"],
        ]),
      ),
    );
    mapTable(basic, { labelled: "元", real: "元" }, pieces, 2020);
    expect(pieces.notes).toEqual([
      "“基本支出明细表”“差旅补贴”行：不是基本支出的经济分类项 / not a basic-expenditure line",
    ]);
  });

  it("maps a revenue-target table in 万元: plan and actual in 元, the 完成率 as a stated rate", () => {
    const r = recogniseTable(
      placed(
        table([
          ["收入任务完成情况（单位：万元）", "", "", ""],
          ["项目", "计划任务", "实际完成", "完成率"],
          ["采矿权出让收益", "300", "1605.6", "537%"],
        ]),
      ),
    );
    expect(r.kind).toBe("revenueTargets");
    const pieces = emptyPieces();
    mapTable(r, { labelled: "万元", real: "万元" }, pieces, 2020);
    expect(pieces.revenueTargets).toEqual([
      {
        id: "table-target-1",
        name: "采矿权出让收益",
        parentId: null,
        plan: "3000000.00",
        actual: "16056000.00",
        givenIn: { unit: "万元", places: 2 },
      },
    ]);
    expect(pieces.figures.map((f) => [f.figure.refersTo, f.figure.value, f.figure.unit])).toEqual([
      ["revenueTargets.completionRate[table-target-1]", "537", "%"],
    ]);
  });
});
