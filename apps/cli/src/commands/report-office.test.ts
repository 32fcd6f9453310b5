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
