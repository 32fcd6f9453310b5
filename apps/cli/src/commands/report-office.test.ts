import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseDataset } from "@jixiao/core/schema";
import { taojiang2020 } from "@jixiao/examples";
import { importBasicData } from "@jixiao/report/xlsx";
import { describe, expect, it } from "vitest";
import { captureIo } from "../io.ts";
import { run } from "../main.ts";
import { REPORT_FORMATS } from "../report-formats.ts";
import { withTempDir } from "../test-fixtures.ts";
import { renderReports } from "./report.ts";

const BASE = "桃江县自然资源局-2020-绩效评价报告";

describe("jixiao report --format docx,xlsx,pdf", () => {
  it("writes the Word file and the workbook, whose 基础数据表 imports back", async () => {
    await withTempDir(async (dir) => {
      const io = captureIo(dir);
      expect(await run(["report", "--format", "docx,xlsx", "--out", "r"], io)).toBe(0);
      expect((await readdir(join(dir, "r"))).sort()).toEqual([`${BASE}.docx`, `${BASE}.xlsx`]);
      const docx = await readFile(join(dir, "r", `${BASE}.docx`));
      expect(docx.subarray(0, 2).toString()).toBe("PK");
      const back = await importBasicData(
        new Uint8Array(await readFile(join(dir, "r", `${BASE}.xlsx`))),
      );
      expect(back.ok).toBe(true);
    });
  }, 120_000);

  it("embeds the charts in the HTML as SVG with their Chinese labels", async () => {
    await withTempDir(async (dir) => {
      expect(await run(["report", "--format", "html", "--out", "r"], captureIo(dir))).toBe(0);
      const html = await readFile(join(dir, "r", `${BASE}.html`), "utf8");
      expect((html.match(/<svg /g) ?? []).length).toBe(3);
      // seed 1.2.2: 公务接待费 2019 决算 220,870.00 and 2020 决算 62,769.85 as bar labels
      for (const text of ["公务接待费", "220,870.00", "62,769.85", "预算支出", "计划任务"])
        expect(html).toContain(text);
    });
  }, 60_000);

  it("still writes the other formats when Chromium is missing, and says how to install it", async () => {
    await withTempDir(async (dir) => {
      const dataset = parseDataset(taojiang2020, "taojiang");
      const formats = {
        ...REPORT_FORMATS,
        pdf: {
          ...REPORT_FORMATS.pdf,
          ext: "pdf",
          description: "PDF",
          render: async (model: Parameters<NonNullable<typeof REPORT_FORMATS.pdf>["render"]>[0]) =>
            (await import("@jixiao/report/render/pdf")).renderPdf(model, {
              executablePath: "/nonexistent/chromium",
            }),
        },
      };
      const { outputs, failures } = await renderReports(
        [{ source: "taojiang", dataset }],
        ["md", "pdf"],
        dir,
        formats,
      );
      expect(outputs.map((o) => o.path)).toEqual([join(dir, `${BASE}.md`)]);
      expect(failures).toHaveLength(1);
      expect(failures[0]).toContain("apt-get install -y chromium fonts-noto-cjk");
    });
  }, 60_000);
});
