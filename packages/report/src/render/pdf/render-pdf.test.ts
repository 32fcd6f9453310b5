import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluate } from "@jixiao/core";
import { parseDataset } from "@jixiao/core/schema";
import { describe, expect, it } from "vitest";
import { taojiang2020 } from "../../../../../examples/index.ts";
import { buildReportModel } from "../../model/build.ts";
import {
  CHROMIUM_INSTALL_HINT,
  chromiumExecutable,
  DEFAULT_CHROMIUM_PATH,
  MissingChromiumError,
} from "./chromium.ts";
import { renderPdf } from "./render-pdf.ts";

describe("renderPdf", () => {
  it("prints the Taojiang report to A4 PDF whose Chinese text reads back", async () => {
    // Not a silent skip: CI installs Chromium; without it this test fails with the install hint.
    if (!existsSync(DEFAULT_CHROMIUM_PATH))
      throw new Error(`${DEFAULT_CHROMIUM_PATH} missing: ${CHROMIUM_INSTALL_HINT}`);
    const model = buildReportModel(evaluate(parseDataset(taojiang2020, "taojiang")));
    const pdf = await renderPdf(model);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    const dir = await mkdtemp(join(tmpdir(), "jixiao-pdf-"));
    try {
      const file = join(dir, "report.pdf");
      await writeFile(file, pdf);
      const page1 = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", file, "-"], {
        encoding: "utf8",
      });
      // seed title and 一、部门概况 (page 1)
      expect(page1.replace(/\s+/g, "")).toContain("桃江县自然资源局2020年度部门整体支出");
      expect(page1).toContain("部门概况");
      const all = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
      // seed 二、预算支出与实际支出对比表（一）合计 and 三公经费 合计
      expect(all).toContain("682,237,464.67");
      expect(all).toContain("84,284.72");
      expect(all).toMatch(/—\s*1\s*—/); // footer page number
      const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("names the apt command when Chromium is missing", () => {
    expect(() => chromiumExecutable("/nonexistent/chromium")).toThrow(MissingChromiumError);
    expect(() => chromiumExecutable("/nonexistent/chromium")).toThrow(
      "apt-get install -y chromium fonts-noto-cjk",
    );
  });
});
