import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { importBasicData } from "./import.ts";
import { SHEET_SPECS } from "./sheet-specs.ts";
import { basicDataTemplate } from "./template.ts";

type WithValidations = { dataValidations: { model: Record<string, ExcelJS.DataValidation> } };

describe("basicDataTemplate", () => {
  it("has a 说明 sheet and one sheet per block, with unit headers, frozen header rows and validation", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await basicDataTemplate()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", ...SHEET_SPECS.map((s) => s.name)]);
    for (const ws of wb.worksheets.slice(1))
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });

    const spending = wb.getWorksheet("支出");
    if (!spending) throw new Error("no 支出 sheet");
    expect(spending.getRow(1).values).toEqual([
      undefined,
      "支出项目",
      "类别",
      "名称",
      "预算支出（元）",
      "实际使用（元）",
      "差额（预算−使用）（元）（自动计算）",
    ]);
    const dv = (spending as unknown as WithValidations).dataValidations.model;
    expect(dv.D2?.formulae).toEqual(["AND(ISNUMBER(D2),D2>=0,ROUND(D2,2)=D2)"]);
    expect(dv.A1000?.formulae?.[0]).toBe(
      '"工资福利支出,商品和服务支出,对个人和家庭的补助,资本性支出,固定资产折旧费,项目支出,其他支出"',
    );
    const units = (wb.getWorksheet("预算单位") as unknown as WithValidations).dataValidations.model;
    expect(units.B2?.formulae?.[0]).toBe('"全额拨款,差额拨款,自收自支,参公"');
    const three = (wb.getWorksheet("三公经费") as unknown as WithValidations).dataValidations.model;
    expect(three.A2?.formulae?.[0]).toBe(
      '"公务接待费,公务用车运行维护费,公务用车购置费,因公出国（境）费"',
    );
  });

  it("already holds the format version, so a new user's first import does not trip on it", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await basicDataTemplate()) as unknown as ArrayBuffer);
    expect(wb.getWorksheet("部门信息")?.getCell("B2").value).toBe(1);
    const result = await importBasicData(await basicDataTemplate());
    const messages = result.ok ? [] : result.problems.map((p) => `${p.path ?? ""} ${p.message}`);
    expect(messages.some((m) => m.includes("schemaVersion"))).toBe(false);
    expect(messages.length).toBeGreaterThan(0); // the blank template still lacks the department's data
  });
});
