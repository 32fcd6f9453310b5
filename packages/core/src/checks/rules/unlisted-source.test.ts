import { describe, expect, it } from "vitest";
import { SEED_REVENUE } from "../../testing/index.ts";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { fundingUnlistedSource } from "./unlisted-source.ts";

const TABLE = "部门整体支出预算规模明细表（预算支出与预算收入）";
const NOTE = "注：预算支出比预算收入多2229464.67元，来源为使用上年财政预算拨款结转结余。";
const S2 = "二、部门整体支出管理及使用情况分析";

/** The 预算规模 table's 注 (seed 一、（二）) and 二、's sentence listing the sources used. */
const figures = [
  stated("note", "revenue.used[priorYearCarryover]", "2229464.67", "元", {
    section: "一、部门概况",
    table: TABLE,
    row: "注",
    quote: NOTE,
  }),
  stated("fiscal", "revenue.used[fiscalAppropriation]", "680008000.00", "元", { section: S2 }),
  stated("interest", "revenue.used[interestIncome]", "1305.86", "元", { section: S2 }),
];

describe("funding.unlisted-source", () => {
  it("fires on the 注's 上年结转结余 absent from 二、's 财政拨款、其他收入、利息收入 (seed 一、（二）, 二、)", () => {
    const out = findings(
      makeDataset({ revenue: [...SEED_REVENUE], statedFigures: figures }),
      fundingUnlistedSource,
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toBe(
      `“${TABLE}”“注”行称“${NOTE}”，而第二部分所列使用的资金来源为财政拨款收入、其他收入、利息收入，未提上年结转结余：两处对资金来源的说法不一致。`,
    );
    expect(out[0]?.message).not.toContain("revenue.used");
  });

  it("stays silent when the data list 上年结转结余 among the sources used", () => {
    const revenue = [
      ...SEED_REVENUE,
      {
        source: "priorYearCarryover",
        name: "上年结转结余",
        budget: "",
        received: "",
        used: "2229464.67",
      },
    ];
    expect(
      findings(makeDataset({ revenue, statedFigures: figures }), fundingUnlistedSource),
    ).toEqual([]);
  });
});
