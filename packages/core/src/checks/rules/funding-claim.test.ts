import { describe, expect, it } from "vitest";
import { findings, makeDataset, stated } from "../testing/fixture.ts";
import { fundingSourceClaim } from "./funding-claim.ts";
import { statedRate } from "./stated-figures.ts";

const CLAIM =
  "我局2020年项目支出预算拨入资金为65,050.17万元，全部为财政资金，已分配到各项目，已由桃江县财政局安排落实及时拨付到位。";

function dataset(received: string, claim = CLAIM) {
  return makeDataset({
    allocation: [{ item: "project", name: "项目支出", received, actual: "650501700.00" }],
    narrative: { projectFunds: [claim] },
    statedFigures: [
      stated(
        "share",
        "projects.fiscalFundingShare",
        "100",
        "%",
        { section: "二、部门整体支出管理及使用情况分析", quote: "全部为财政资金" },
        { text: "全部" },
      ),
    ],
  });
}

describe("funding.source-claim", () => {
  it("fires when 项目支出 到位 646,168,986.31 < 实际使用 650,501,700.00 (seed 二、2.1 and 表（二）)", () => {
    const ds = dataset("646168986.31");
    const out = findings(ds, fundingSourceClaim);
    expect(out).toHaveLength(1);
    expect(out[0]?.values?.到位不足).toBe("4332713.69");
    expect(out[0]?.locations[0]).toMatchObject({
      path: "narrative.projectFunds[0]",
      statedFigureId: "share",
    });
    expect(out[0]?.message).toContain(
      "第二部分称“我局2020年项目支出预算拨入资金为65,050.17万元，全部为财政资金”，但",
    );
    expect(out[0]?.message).toContain("有4,332,713.69元并非本年到位的财政拨款");
    // The claim's 100% is not reported again as a plain rate mismatch.
    expect(findings(ds, statedRate)).toEqual([]);
  });

  it("stays silent when the project money was received in full", () => {
    expect(findings(dataset("650501700.00"), fundingSourceClaim)).toEqual([]);
  });

  it("stays silent when no such claim is made", () => {
    const ds = makeDataset({
      allocation: [
        { item: "project", name: "项目支出", received: "646168986.31", actual: "650501700.00" },
      ],
      narrative: { projectFunds: ["项目资金已分配到各项目。"] },
    });
    expect(findings(ds, fundingSourceClaim)).toEqual([]);
  });
});
