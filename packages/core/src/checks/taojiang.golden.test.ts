import { describe, expect, it } from "vitest";
// Tests may read the example by relative path; production code in core never does.
import taojiang from "../../../../examples/taojiang-natural-resources-2020/dataset.json" with {
  type: "json",
};
import { evaluate } from "../evaluation.ts";
import { parseDataset } from "../schema/parse.ts";
import type { Finding } from "./types.ts";

const dataset = parseDataset(taojiang);
const { findings } = evaluate(dataset);

/** A finding in one line: severity, rule, diagnosis, and the stated figure (or value, or path). */
function signature(f: Finding): [string, string, string | null, string] {
  const where =
    f.locations.find((l) => l.statedFigureId)?.statedFigureId ??
    f.stated ??
    f.locations[0]?.path ??
    "";
  return [f.severity, f.ruleId, f.diagnosis ?? null, where];
}

function byFigure(id: string): Finding[] {
  return findings.filter((f) => f.locations.some((l) => l.statedFigureId === id));
}

describe("勾稽校验 on the Taojiang 2020 dataset (golden)", () => {
  it("finds exactly the seed's inconsistencies, sorted by severity then place", () => {
    // Each line is a real inconsistency of the seed report (see docs/dataset.md, Contradictions):
    // 2.2 table headed 万元 with 元 numbers; 一、（二） 人员经费1,738.22万元 and 日常公用经费
    // 1,645.68万元 against the 经济分类 budgets; 2.1 拨入65,050.17万元 against 到位64,616.90万元;
    // 537% for 1605.6 ÷ 300; 基本支出明细 without 折旧 budget; uses of revenue 683,266,542.43 >
    // spending 682,237,464.67; malformed 文号; 上年结转 used without a revenue line; 68223.7464万元
    // truncated; 303 counted in 公用经费; “全部为财政资金”; 100% over the year-end 编制; 99.84%
    // and 101% truncated; 2386.7亩 truncated; spending without budget (折旧, 公务用车运行维护费);
    // 表（二） leaving 利息/其他 实际使用 blank while 二、 says they were used; [] and （） in 文号;
    // 编制 282 → 288; 0.00% change rates where 上年为0; 760,792,028.10元 and 766万元 unmatched;
    // 其他支出 0.00元 against a blank; a 2020 project under 湘财资环指[2019]68号; 预算规模 基本支出
    // 预算收入 33,839,013.69 against 表（二） 基本支出 到位 31,735,764.67; 二、 财政拨款 used
    // 680,008,000.00 > 到位 677,904,750.98; the 注's 上年结转结余 absent from 二、's sources;
    // 1.2.1/1.2.2 “减少” columns printed as 决算 − 比较数.
    expect(findings.map(signature)).toEqual([
      ["error", "stated.restatement", "mismatch", "s-1-personnel-budget"],
      ["error", "stated.restatement", "mismatch", "s-1-operating-budget"],
      ["error", "table.cross-table", "mismatch", "31735764.67"],
      ["error", "table.cross-table", "mismatch", "s-2-fiscal-used"],
      ["error", "stated.unit-label", "unitSlip", "s-2-proj-total-budget"],
      ["error", "stated.restatement", "mismatch", "s-2-2.1-project-received"],
      ["error", "identifier.document-number", null, "桃自然资字[2019]年57号"],
      ["error", "identifier.document-number", null, "[2020]年134号"],
      ["error", "stated.rate", "mismatch", "s-4-4-mining-right-transfer-revenue-rate"],
      ["warning", "budget.revenue-received", null, "33839013.69"],
      ["warning", "funding.unlisted-source", null, "s-1-summary-note-carryover-used"],
      ["warning", "stated.same-quantity", null, "s-1-operating-budget"],
      ["warning", "stated.restatement", "truncated", "s-1-goal-budget-expenditure"],
      ["warning", "staffing.consistency", null, "288"],
      ["warning", "table.cross-table", "mismatch", "603018.01"],
      ["warning", "funding.fiscal-used", null, "s-2-fiscal-used"],
      ["warning", "funding.source-claim", "mismatch", "s-2-2.1-project-fiscal-share"],
      ["warning", "table.cross-table", "mismatch", "s-2-interest-used"],
      ["warning", "table.cross-table", "mismatch", "s-2-other-used"],
      ["warning", "budget.no-budget-line", null, "603018.01"],
      ["warning", "budget.no-budget-line", null, "21514.87"],
      ["warning", "classification.household-subsidies", "mismatch", "s-2-1.1-personnel-actual"],
      ["warning", "classification.household-subsidies", "mismatch", "s-2-1.1-operating-actual"],
      ["warning", "stated.same-quantity", null, "s-2-1.1-operating-actual"],
      ["warning", "identifier.document-number", null, "益资规函[2019]26号"],
      ["warning", "identifier.document-number", null, "湘财资环指[2020]23号"],
      ["warning", "identifier.document-number", null, "湘财资环指[2019]68号"],
      ["warning", "identifier.document-number", null, "湘财资环指[2020]10号"],
      ["warning", "identifier.document-number", null, "益财资环指[2020]72号"],
      ["warning", "identifier.document-number", null, "湘财资环指[2020]48号"],
      ["warning", "identifier.document-number", null, "湘财资环指[2020]45号"],
      ["warning", "stated.rate", "wrongDenominator", "s-4-staff-control-rate"],
      ["warning", "stated.rate", "truncated", "s-4-completion-rate"],
      ["warning", "stated.rate", "truncated", "s-4-1-project-funding-rate"],
      ["warning", "stated.count", "truncated", "s-4-1-land-approval-area-mu"],
      ["warning", "identifier.document-number", null, "益政发【2013】10号"],
      ["warning", "identifier.document-number", null, "财预［2011］285号"],
      ["warning", "identifier.document-number", null, "湘政发［2012］33号"],
      ["warning", "identifier.document-number", null, "湘政发［2015］8号"],
      ["warning", "identifier.document-number", null, "桃财绩（2021）14号"],
      ["info", "stated.unmatched-amount", null, "s-1-fiscal-budget-expenditure"],
      ["info", "stated.sign-convention", null, "s-2-3p1-diff-officialReception"],
      ["info", "stated.sign-convention", null, "s-2-3p2-diff-officialReception"],
      ["info", "stated.rate", "notApplicable", "s-2-3p2-rate-officialVehiclePurchase"],
      ["info", "stated.rate", "notApplicable", "s-2-3p2-rate-officialOverseasTravel"],
      ["info", "stated.amount", "notApplicable", "s-2-other-actual"],
      ["info", "stated.unmatched-amount", null, "s-4-1-excluded-dry-to-paddy"],
      ["info", "identifier.document-year", null, "2019"],
    ]);
  });

  it("explains 预算完成率 99.84% as truncation, in one sentence (seed 四(一)2)", () => {
    const [f] = byFigure("s-4-completion-rate");
    expect(f?.message).toBe(
      "第四部分“2、预算执行”所述预算完成率99.84%与按数据重算的99.85%（682,237,464.67÷683,266,542.43）不符：所述数为截尾而非四舍五入。",
    );
    expect([f?.stated, f?.expected, f?.unit]).toEqual(["99.84", "99.85", "%"]);
  });

  it("names the year-end 编制 288 as the denominator of 在职人员控制率 100% (seed 四(一)1)", () => {
    const [f] = byFigure("s-4-staff-control-rate");
    expect(f?.message).toBe(
      "第四部分“1、预算配置”所述在职人员控制率100%与按数据重算的102%（288÷282）不符：所述数是以年末编制数288为分母算得的（288÷288），而公式的分母应为年初预算核定编制数282。",
    );
  });

  it("judges 537% against the interval reachable from 1605.6万元 and 300万元 (seed 四(二)(4))", () => {
    const [f] = byFigure("s-4-4-mining-right-transfer-revenue-rate");
    expect(f?.values?.可达范围).toBe("534.29%～536.11%");
    expect(f?.expected).toBe("535");
  });

  it("explains 公用经费 5,624,982.50元 as 302 + 303 (seed 二、1.1)", () => {
    const f = byFigure("s-2-1.1-operating-actual").find(
      (x) => x.ruleId === "classification.household-subsidies",
    );
    expect(f?.values?.所含科目合计).toBe("5624982.50");
    expect(f?.values?.按经济分类).toBe("4819029.50");
  });

  it("gives no finding on stated figures that agree with the data", () => {
    const good = [
      "s-2-3p1-total-control", // 10.28%
      "s-2-3p-control", // 10.28%
      "s-2-3p2-total-rate", // −85.15%
      "s-2-3p-change-rate", // 下降比例 85.15%
      "s-2-3p2-rate-officialReception", // −71.58%
      "s-2-3p2-rate-officialVehicleOperation", // −93.79%
      "s-4-1-non-tax-revenue-rate", // 237.96%
      "s-4-1-land-transfer-rate", // 205%
      "s-4-10-land-transfer-rate-again", // 205%
      "s-4-1-land-reserve-transfer-rate", // 124% (124.4%)
      "s-4-2-linkage-fund-revenue-rate", // 491% (491.3%)
      "s-4-6-real-estate-registration-fee-rate", // 322%: 322.5% from whole 万元, reachable
      "s-4-1-farmland-reclamation-fee-rate", // 270%
      "s-4-1-fines-and-confiscations-rate", // 65%
      "s-4-1-land-acquisition-service-revenue-rate", // 408%
      "s-4-1-surveying-revenue-rate", // 187%
      "s-4-4-geohazard-assessment-fee-rate", // 196%
      "s-4-2-turnover-rate", // 113%
      "s-2-3p-budget-wan", // 82.00万元
      "s-2-3p-actual-wan", // 8.43万元
      "s-2-3p-budget-diff-wan", // 减少73.57万元
      "s-2-3p-reception-diff-wan", // 减少75.72万元
      "s-2-3p-vehicle-diff-wan", // 增加2.15万元
      "s-2-3p-prior-wan", // 56.75万元
      "s-2-3p-year-diff-wan", // 下降48.33万元
      "s-2-1.3-operating-actual", // 公用经费481.90万元
      "s-2-1.3-operating-control", // 公用经费控制率100%
      "s-1-revenue-budget-total", // 68,751.30万元
      "s-1-fiscal-budget-revenue", // 68,000.80万元
      "s-4-received-total", // 68326.654243万元
      "s-4-actual-total", // 68223.746467万元
      "s-4-carryover", // 102.907776万元
    ];
    for (const id of good) {
      expect(
        dataset.statedFigures.some((f) => f.id === id),
        id,
      ).toBe(true);
      expect(
        // stated.same-quantity lists every place of a quantity stated two ways, the right one too.
        byFigure(id)
          .filter((f) => f.ruleId !== "stated.same-quantity")
          .map((f) => f.message),
        id,
      ).toEqual([]);
    }
  });

  it("says 人员经费1,738.22 + 公用经费1,645.68 = the 预算规模 基本支出 预算收入 3,383.90万元 (seed 一、（二）)", () => {
    const [f] = byFigure("s-1-personnel-budget");
    expect(f?.expected).toBe("2631.37"); // 表（一） 301 + 303 budgets: 25,507,764.16 + 805,953.00
    expect(f?.message).toContain(
      "之和为3,383.90万元，恰等于“部门整体支出预算规模明细表（预算支出与预算收入）”中预算收入（基本支出）33,839,013.69元",
    );
  });

  it("names places in the report's words: sub-headings, the sentence of 二、, no internal keys", () => {
    const operating = findings.find(
      (f) =>
        f.ruleId === "stated.same-quantity" &&
        f.locations.some((l) => l.statedFigureId === "s-2-1.1-operating-actual"),
    );
    // seed 二、1.1 “日常公用经费支出5,624,982.50元” and 1.3 “公用经费实际支出为481.90万元”
    expect(operating?.message).toContain(
      "第二部分1.1所述5,624,982.50元、第二部分1.3所述481.90万元",
    );
    const used = findings.find((f) => f.values?.差额 === "-1029077.76");
    expect(used?.message).toContain(
      "而第二部分所述使用收入合计（财政拨款收入、利息收入、其他收入之和）为683,266,542.43元",
    );
    for (const f of findings) {
      expect(f.message, f.message).not.toMatch(/[A-Za-z]+(\.[A-Za-z]+|\[)/);
      expect(f.message, f.message).not.toContain("收入数据（按来源）");
    }
  });

  it("gives no table.row-sum finding: every printed 合计 and 差额 agrees with its rows", () => {
    expect(findings.filter((f) => f.ruleId === "table.row-sum")).toEqual([]);
  });
});
