import { Dataset } from "@jixiao/core/schema";
import {
  minimalDatasetInput,
  SEED_EXPENDITURE,
  SEED_THREE_PUBLIC,
  seedProject,
} from "@jixiao/core/testing";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportBasicData } from "./export.ts";
import { importBasicData } from "./import.ts";
import { basicDataTemplate } from "./template.ts";

/**
 * A small Taojiang dataset: identity and staffing from seed 一、（一）/（2）(编制 282, 在职 288,
 * 离退休 89), 预算支出与实际支出对比表（一） rows 1–2 (25,507,764.16 and 4,819,029.50), the
 * 1.2.1 公务接待费 row (820,000.00 / 62,769.85 / 上年 220,870.00) and 2.2 rows 1–2 of 项目支出.
 */
const taojiangSmall = Dataset.parse(
  minimalDatasetInput({
    budgetUnits: { asOf: "2020-01-01", groups: [{ level: 1, fundingType: "full", count: 1 }] },
    expenditure: [SEED_EXPENDITURE[0], SEED_EXPENDITURE[1]],
    threePublicExpenses: [SEED_THREE_PUBLIC[0]],
    projects: [seedProject(1), seedProject(2)],
  }),
);

async function edit(
  bytes: Uint8Array,
  change: (wb: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const sheet = (wb: ExcelJS.Workbook, name: string) => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};

describe("importBasicData", () => {
  it("lists all five deliberately wrong cells, bilingual, and returns no dataset", async () => {
    const bytes = await edit(await exportBasicData(taojiangSmall), (wb) => {
      sheet(wb, "支出").getCell("D2").value = "12万"; // 支出: columns 支出项目, 类别, 名称, 预算支出 (D)
      sheet(wb, "项目支出").getCell("E3").value = -500; // 实际使用 (E) negative
      sheet(wb, "三公经费").getCell("C2").value = "820000.555"; // 3 decimals
      sheet(wb, "人员").getCell("B3").value = "二百八十二"; // 年初核定编制数
      sheet(wb, "预算单位").getCell("B2").value = "全额"; // not a 经费形式 name
    });
    const result = await importBasicData(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.sheet}!${p.cell}`).sort()).toEqual(
      ["三公经费!C2", "人员!B3", "支出!D2", "项目支出!E3", "预算单位!B2"].sort(),
    );
    expect(result.problems.find((p) => p.cell === "D2")?.message).toBe(
      "支出!D2: '12万' 不是以元为单位的金额 / is not an amount in 元",
    );
    expect(result.problems.find((p) => p.sheet === "项目支出")?.message).toContain("不能为负数");
    expect(result.problems.find((p) => p.sheet === "三公经费")?.message).toContain("最多两位小数");
  });

  it("lists format errors and an impossible date together, in one run", async () => {
    // QA: with these five errors the impossible date (found by the zod pass) used to appear only
    // after the other four were fixed.
    const bytes = await edit(await exportBasicData(taojiangSmall), (wb) => {
      sheet(wb, "支出").getCell("D2").value = "12万"; // 预算支出 of seed 表（一） row 1 (25,507,764.16)
      sheet(wb, "三公经费").getCell("C2").value = "-5"; // 预算数 of 1.2.1 公务接待费 (820,000.00)
      sheet(wb, "预算单位").getCell("B2").value = "全额"; // not a 经费形式 name (全额拨款)
      sheet(wb, "人员").getCell("B2").value = "2020-13-45"; // 年初核定日期: no 13th month
      sheet(wb, "人员").getCell("B3").value = "二百八十二"; // 年初核定编制数 282 (seed 一、（2）)
    });
    const result = await importBasicData(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.sheet}!${p.cell}`).sort()).toEqual(
      ["支出!D2", "三公经费!C2", "预算单位!B2", "人员!B2", "人员!B3"].sort(),
    );
    const at = (cell: string) => result.problems.find((p) => `${p.sheet}!${p.cell}` === cell);
    expect(at("三公经费!C2")?.message).toBe(
      "三公经费!C2: '-5' 金额不能为负数 / an amount in 元 must not be negative",
    );
    expect(at("人员!B2")?.message).toBe(
      "人员!B2: “2020-13-45”不是存在的日期 / 2020-13-45 is not a real date（staffing.atBudget.asOf）",
    );
    expect(at("人员!B2")?.path).toBe("staffing.atBudget.asOf");
  });

  it("lists every empty required cell of a template that also has one wrong cell", async () => {
    const bytes = await edit(await basicDataTemplate(), (wb) => {
      sheet(wb, "人员").getCell("B3").value = "二百八十二";
    });
    const result = await importBasicData(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message.split(": ")[0])).toEqual([
      "人员!B3", // the wrong cell, from the cell pass
      "部门信息!B3", // 部门名称
      "部门信息!B4", // 年度
      "部门信息!B5", // 统一社会信用代码
      "部门信息!B11", // 预算单位 统计日期
      "人员!B2", // 年初核定日期
      "人员!B4", // 年末日期
      "人员!B6", // 年末实际在职人数
    ]);
    // a blank required cell says so, not "expected a number, got null null"
    for (const p of result.problems.slice(1))
      expect(p.message).toMatch(/^\S+: 必填项为空 \/ required cell is empty（[\w.]+）$/);
  });

  it("reports a sheet that could not be read once, not again as missing fields", async () => {
    const bytes = await edit(await exportBasicData(taojiangSmall), (wb) => {
      wb.removeWorksheet(sheet(wb, "人员").id);
      wb.removeWorksheet(sheet(wb, "人员分类").id); // with 人员, all of staffing is missing
      sheet(wb, "支出").getCell("D1").value = "预算"; // a renamed header: the table is not read
    });
    const result = await importBasicData(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.message.split(": ")[0])).toEqual([
      "人员",
      "人员分类",
      "支出!D1",
    ]); // in sheet order
  });

  it("maps a zod issue (bad 统一社会信用代码 check character) back to its cell", async () => {
    const bytes = await edit(await exportBasicData(taojiangSmall), (wb) => {
      sheet(wb, "部门信息").getCell("B5").value = "11430922MB1636254Q";
    });
    const result = await importBasicData(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(
      /^部门信息!B5: .*department\.unifiedSocialCreditCode/,
    );
  });

  it("accepts text numbers, thousands separators, full-width digits, spaces and vertical merges", async () => {
    const bytes = await edit(await exportBasicData(taojiangSmall), (wb) => {
      const ws = sheet(wb, "支出");
      ws.getCell("D2").value = " 25,507,764.16 "; // text with separators and spaces
      ws.getCell("E3").value = "４，８１９，０２９．５０"; // full-width digits and punctuation
      ws.getCell("B3").value = null;
      ws.mergeCells("B2:B3"); // 类别 基本支出 merged over both rows
      sheet(wb, "项目支出").getCell("D2").value = 593785100.1 + 0.2; // = 593785100.3000001 in a double
    });
    const result = await importBasicData(bytes);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join("\n"));
    expect(result.dataset.expenditure.map((l) => [l.kind, l.budget, l.actual])).toEqual([
      ["basic", "25507764.16", "25507764.16"],
      ["basic", "4819029.50", "4819029.50"],
    ]);
    expect(result.dataset.projects[0]?.budget).toBe("593785100.30");
  });

  it("rejects a merge across columns as ambiguous", async () => {
    const bytes = await edit(await exportBasicData(taojiangSmall), (wb) => {
      sheet(wb, "项目支出").mergeCells("D2:E2");
    });
    const result = await importBasicData(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["项目支出!E2"]);
  });

  it("writes amounts as numbers that show the seed's figures and totals as formula + cached value", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportBasicData(taojiangSmall)) as unknown as ArrayBuffer);
    const ws = sheet(wb, "支出");
    expect(ws.getCell("D2").value).toBe(25507764.16);
    expect(ws.getCell("D2").numFmt).toBe("#,##0.00");
    // 合计 row: 25,507,764.16 + 4,819,029.50 = 30,326,793.66
    const total = ws.getCell("D4").value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe("SUM(D2:D3)");
    expect(total.result).toBe(30326793.66);
    // 三公经费 控制率 = 62,769.85 ÷ 820,000.00 (seed 1.2.1 prints 10.28 for the 合计 row)
    const rate = sheet(wb, "三公经费").getCell("G2").value as ExcelJS.CellFormulaValue;
    expect(rate.formula).toBe('IF(OR(D2="",C2="",C2=0),"",D2/C2)');
    expect(((rate.result as number) * 100).toFixed(2)).toBe("7.65");
  });

  it("imports the blank template as a list of required cells, not as a dataset", async () => {
    const result = await importBasicData(await basicDataTemplate());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((p) => p.message.startsWith("部门信息!B3: 必填项为空"))).toBe(true);
  });
});
