import { describe, expect, it } from "vitest";
import { SEED_EXPENDITURE, SEED_REVENUE } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { tableCrossTable } from "./cross-table.ts";

const BASIC = [
  { item: "wagesAndBenefits", name: "工资福利支出", budget: "25507764.16", actual: "25507764.16" },
  {
    item: "householdSubsidies",
    name: "对个人和家庭的补助",
    budget: "805953.00",
    actual: "805953.00",
  },
  { item: "goodsAndServices", name: "商品和服务支出", budget: "4819029.50", actual: "4819029.50" },
  { item: "depreciation", name: "固定资产折旧费", budget: "603018.01", actual: "603018.01" },
];

describe("table.cross-table", () => {
  it("stays silent when 表（一） and 基本支出明细 agree line by line", () => {
    const dataset = makeDataset({ expenditure: [...SEED_EXPENDITURE], basicExpenditure: BASIC });
    expect(findings(dataset, tableCrossTable)).toEqual([]);
  });

  it("fires when 折旧 has a budget in 表（一） but a blank in 基本支出明细 (seed 二、1.1)", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      basicExpenditure: BASIC.map((l) => (l.item === "depreciation" ? { ...l, budget: null } : l)),
      statedFigures: [
        stated("b-total", "basicExpenditure.budget.total", "31132746.66", "元", {
          table: "基本支出明细",
          row: "合计",
        }),
        stated("t1-total", "expenditure.budget.total", "682237464.67", "元", {
          table: "预算支出与实际支出对比表（一）",
          row: "合计",
        }),
      ],
    });
    const out = findings(dataset, tableCrossTable).sort((a, b) =>
      a.severity.localeCompare(b.severity),
    );
    expect(out.map((f) => [f.severity, f.values?.差额 ?? null])).toEqual([
      ["error", "603018.01"],
      ["warning", null],
    ]);
    // 基本支出 31,735,764.67 (表（一）) against 31,132,746.66 (基本支出明细): 603,018.01 = 折旧.
    expect(out[0]?.message).toContain("相差603,018.01元，恰为预算支出（固定资产折旧费）");
    expect(out[0]?.locations.map((l) => l.table)).toEqual([
      "预算支出与实际支出对比表（一）",
      "基本支出明细",
    ]);
    expect(out[1]?.message).toContain("为空白");
  });

  it("fires when the uses of revenue add up to more than was spent (seed 二、: 683,266,542.43 > 682,237,464.67)", () => {
    const dataset = makeDataset({
      expenditure: [...SEED_EXPENDITURE],
      revenue: [
        {
          source: "fiscalAppropriation",
          name: "财政拨款",
          budget: "680008000",
          received: null,
          used: "680008000",
        },
        SEED_REVENUE[2], // 其他收入 used 3,257,236.57
        SEED_REVENUE[3], // 利息收入 used 1,305.86
      ],
    });
    const out = findings(dataset, tableCrossTable);
    expect(out).toHaveLength(1);
    expect(out[0]?.values?.差额).toBe("-1029077.76");
    // Received is blank for 财政拨款, so Σ 到位 (5,361,791.45) is a lower bound and not compared.
    expect(out[0]?.message).toContain("使用收入合计为683,266,542.43元");
  });
});
