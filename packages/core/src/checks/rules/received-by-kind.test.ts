import { describe, expect, it } from "vitest";
import {
  SEED_ALLOCATION,
  SEED_BUDGET_SUMMARY,
  SEED_EXPENDITURE,
  SEED_REVENUE,
} from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { budgetRevenueReceived, fundingFiscalUsed, receivedByKind } from "./received-by-kind.ts";

const tables = {
  budgetSummary: [...SEED_BUDGET_SUMMARY],
  expenditure: [...SEED_EXPENDITURE],
  allocation: [...SEED_ALLOCATION],
};

describe("budget.revenue-received", () => {
  it("sums 表（二） 到位 by kind: 基本支出 31,735,764.67, 项目支出 646,168,986.31 (seed 二、表（二）)", () => {
    const by = receivedByKind(makeDataset(tables));
    expect(by.get("basic")?.toFixed(2)).toBe("31735764.67");
    expect(by.get("project")?.toFixed(2)).toBe("646168986.31");
  });

  it("fires on 预算规模 基本支出 预算收入 33,839,013.69 against 到位 31,735,764.67 (seed 一、（二）)", () => {
    const out = findings(makeDataset(tables), budgetRevenueReceived);
    expect(out.map((f) => [f.severity, f.stated, f.expected, f.values?.差额])).toEqual([
      ["warning", "33839013.69", "31735764.67", "2103249.02"],
    ]);
    expect(out[0]?.message).toContain("多2,103,249.02元（项目支出两表一致）");
  });

  it("stays silent when each kind's 预算收入 equals its 到位", () => {
    const budgetSummary = [
      { ...SEED_BUDGET_SUMMARY[0], budgetRevenue: "31735764.67" },
      SEED_BUDGET_SUMMARY[1],
    ];
    expect(findings(makeDataset({ ...tables, budgetSummary }), budgetRevenueReceived)).toEqual([]);
  });
});

describe("funding.fiscal-used", () => {
  // 表（二） rows 1–5 (工资福利 … 项目支出) 到位 677,904,750.98; 二、 used 680,008,000.00.
  const revenue = SEED_REVENUE.map((r) =>
    r.source === "fiscalAppropriation" ? { ...r, received: "" } : r,
  );
  const figure = stated(
    "s-2-fiscal-used",
    "revenue.used[fiscalAppropriation]",
    "680008000.00",
    "元",
    {
      section: "二、部门整体支出管理及使用情况分析",
      quote: "其中使用2020年度财政拨款680,008,000.00元",
    },
  );

  it("fires on 使用财政拨款 680,008,000.00 over 表（二） 财政拨款 到位 677,904,750.98 (seed 二、)", () => {
    const out = findings(
      makeDataset({ ...tables, revenue, statedFigures: [figure] }),
      fundingFiscalUsed,
    );
    expect(out.map((f) => [f.stated, f.expected, f.values?.超出])).toEqual([
      ["680008000.00", "677904750.98", "2,103,249.02元"],
    ]);
    expect(out[0]?.message).toMatch(/^第二部分称“其中使用2020年度财政拨款680,008,000.00元”，但/);
  });

  it("stays silent when the 财政拨款 used does not exceed what was received", () => {
    const within = revenue.map((r) =>
      r.source === "fiscalAppropriation" ? { ...r, used: "677904750.98" } : r,
    );
    expect(findings(makeDataset({ ...tables, revenue: within }), fundingFiscalUsed)).toEqual([]);
  });
});
