import { readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseDataset } from "@jixiao/core/schema";
import { taojiang2020 } from "@jixiao/examples";
import { exportBasicData } from "@jixiao/report/xlsx";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { withTempDir } from "../test-fixtures.ts";

// exceljs is the report package's dependency: load it from there to spoil cells in a test.
const fromReport = createRequire(createRequire(import.meta.url).resolve("@jixiao/report/xlsx"));
type Sheet = { getCell(a: string): { value: unknown } };
type Book = {
  xlsx: { load(b: Uint8Array): Promise<unknown>; writeBuffer(): Promise<ArrayBuffer> };
  getWorksheet(name: string): Sheet | undefined;
};
const ExcelJS = fromReport("exceljs") as { Workbook: new () => Book };

const taojiang = parseDataset(taojiang2020, "taojiang-natural-resources-2020");

describe("jixiao import", () => {
  it("turns the exported Taojiang 基础数据表 back into the same dataset JSON", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "tj.xlsx"), await exportBasicData(taojiang));
      const io = captureIo(dir);
      expect(await run(["import", "tj.xlsx"], io)).toBe(0);
      expect(io.stdoutText()).toBe("已写入 / wrote: tj.json\n");
      const back = parseDataset(JSON.parse(await readFile(join(dir, "tj.json"), "utf8")));
      // seed 二、表（一）合计 682,237,464.67 comes from the rows; all 20 projects (seed 2.2)
      expect(back.projects).toHaveLength(20);
      expect(back.expenditure).toEqual(taojiang.expenditure);
      expect(back.threePublicExpenses).toEqual(taojiang.threePublicExpenses);
    });
  }, 60_000);

  it("lists all five wrong cells, exits 2 and writes nothing", async () => {
    await withTempDir(async (dir) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await exportBasicData(taojiang));
      const set = (sheet: string, cell: string, value: unknown) => {
        const ws = wb.getWorksheet(sheet);
        if (!ws) throw new Error(sheet);
        ws.getCell(cell).value = value;
      };
      set("支出", "D2", "12万");
      set("三公经费", "C2", "-5");
      set("预算单位", "B2", "全额");
      set("人员", "B2", "2020-13-45"); // found by the schema, listed in the same run
      set("人员", "B3", "二百八十二");
      await writeFile(join(dir, "bad.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
      const io = captureIo(dir);
      expect(await run(["import", "bad.xlsx", "--out", "bad.json"], io)).toBe(2);
      const err = io.stderrText();
      expect(err).toContain("5 处错误");
      for (const at of ["支出!D2", "三公经费!C2", "预算单位!B2", "人员!B2", "人员!B3"])
        expect(err).toContain(`${at}: `);
      expect(err.match(/^ {2}\S+!\w+: /gm)).toHaveLength(5);
      expect(err).toContain("支出!D2: '12万' 不是以元为单位的金额 / is not an amount in 元");
      expect(err).toContain("人员!B2: “2020-13-45”不是存在的日期 / 2020-13-45 is not a real date");
      expect(await readdir(dir)).toEqual(["bad.xlsx"]);
    });
  }, 60_000);

  it("exits 2 naming the file when it is not a workbook", async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, "x.xlsx"), "not a zip");
      const io = captureIo(dir);
      expect(await run(["import", "x.xlsx"], io)).toBe(2);
      expect(io.stderrText()).toContain("x.xlsx");
      expect(await readdir(dir)).toEqual(["x.xlsx"]);
    });
  });
});
