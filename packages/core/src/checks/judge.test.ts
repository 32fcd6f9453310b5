import { describe, expect, it } from "vitest";
// Tests may read the example by relative path; production code in core never does.
import taojiang from "../../../../examples/taojiang-natural-resources-2020/dataset.json" with {
  type: "json",
};
import { evaluate } from "../evaluation.ts";
import { parseDataset } from "../schema/parse.ts";
import { findings, makeDataset, stated } from "./testing/fixture.ts";

/** The Taojiang dataset with one change, and the findings it gives. */
function taojiangWith(change: (d: typeof taojiang) => void) {
  const copy: typeof taojiang = JSON.parse(JSON.stringify(taojiang));
  change(copy);
  return evaluate(parseDataset(copy)).findings;
}

describe("unit slips need the ×10 000 relation between two non-zero numbers", () => {
  it("reads 差额 0.00元 against −0.01 as a 1-分 mismatch, not a number in 万元 (seed 表（一） 工资福利 +0.01)", () => {
    // 表（一） 工资福利费用 实际 25,507,764.16 → 25,507,764.17: its printed 差额 0.00 is now off by 0.01.
    const out = taojiangWith((d) => {
      const wages = d.expenditure.find((e) => e.item === "wagesAndBenefits");
      if (wages) wages.actual = "25507764.17";
    });
    const diff = out.filter((f) => f.ruleId === "table.row-sum" && f.stated === "0.00");
    expect(diff.map((f) => f.diagnosis)).toEqual(["mismatch", "mismatch"]);
    expect(diff[0]?.message).toBe(
      "“预算支出与实际支出对比表（一）”“工资福利费用”行“差额（预算-使用）：元”列所述预算−实际差额（工资福利支出）0.00元与按数据重算的-0.01元（25,507,764.16−25,507,764.17）不符，所述数多0.01元。",
    );
    expect(out.some((f) => f.message.includes("单位应为"))).toBe(false);
  });

  it("still calls 650,501,700.00 labelled 万元 against 65,050.17万元 a slip (seed 2.2)", () => {
    const dataset = makeDataset({
      projects: [{ seq: 1, name: "土地成本", budget: "650501700.00", actual: "650501700.00" }],
      statedFigures: [stated("t", "projects.budget.total", "650501700.00", "万元")],
    });
    expect(findings(dataset).find((f) => f.stated === "650501700.00")?.diagnosis).toBe("unitSlip");
  });
});

describe("a table labelled in the wrong unit is compared in the unit of its numbers", () => {
  it("reports a project budget +0.01 as 0.01元, not 650,436,649.83万元 (seed 2.2)", () => {
    const out = taojiangWith((d) => {
      const first = d.projects[0];
      if (first) first.budget = "593785100.01";
    });
    const total = out.find(
      (f) =>
        f.ruleId === "table.row-sum" && f.locations[0]?.statedFigureId === "s-2-proj-total-budget",
    );
    expect(total?.message).toBe(
      "“项目支出明细表（2.2 具体情况如下表）”“合计”行“可用指标”列所述项目可用指标合计650,501,700.00元与按数据重算的650,501,700.01元（20项合计）不符（该表标注单位为万元，但表中数字实为元，按元核对），所述数少0.01元。",
    );
    // The table's unit label is still reported once.
    expect(out.filter((f) => f.ruleId === "stated.unit-label")).toHaveLength(1);
    expect(out.some((f) => f.message.includes("650,436,649.83"))).toBe(false);
  });

  it("gives no per-cell finding when the mislabelled table's numbers agree in 元 (seed 2.2 as printed)", () => {
    const out = evaluate(parseDataset(taojiang)).findings;
    expect(
      out.filter(
        (f) =>
          f.ruleId !== "stated.unit-label" &&
          f.locations.some((l) => l.table === "项目支出明细表（2.2 具体情况如下表）"),
      ),
    ).toEqual([]);
  });
});
