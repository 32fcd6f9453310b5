import { chromium } from "playwright-core";
import { htmlChartSvg } from "../../charts/render-svg.ts";
import type { ReportModel } from "../../model/types.ts";
import { renderHtml } from "../html/render-html.ts";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium.ts";

/** Options of {@link renderPdf}. */
export interface RenderPdfOptions {
  /** Chromium executable; default /usr/bin/chromium (Debian's `chromium`). */
  executablePath?: string;
}

/** Footer with the page number in 公文 style: — 1 —. */
const FOOTER = `<div style="width:100%;text-align:center;font-size:14pt;font-family:'Noto Serif CJK SC','Noto Sans CJK SC',serif;">— <span class="pageNumber"></span> —</div>`;

/**
 * Print an HTML document to an A4 PDF with headless Chromium (playwright-core), backgrounds
 * printed, 公文 margins (上37mm 下35mm 左28mm 右26mm) and the page number in the footer (— 1 —).
 * @throws MissingChromiumError when Chromium is not installed (message names the apt command).
 * @example const pdf = await htmlToPdf("<h1>桃江县自然资源局</h1>"); // %PDF-…
 */
export async function htmlToPdf(html: string, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  const executablePath = chromiumExecutable(options.executablePath);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: FOOTER,
      margin: { top: "37mm", bottom: "35mm", left: "28mm", right: "26mm" },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

/**
 * Render the report as PDF: the same HTML as `renderHtml` (charts embedded as SVG), printed by
 * Chromium. Chinese text needs fonts-noto-cjk (or another CJK font) installed.
 * @throws MissingChromiumError when Chromium is not installed.
 * @example const pdf = await renderPdf(model); // 桃江县自然资源局2020年度部门整体支出绩效评价报告
 */
export async function renderPdf(
  model: ReportModel,
  options: RenderPdfOptions = {},
): Promise<Uint8Array> {
  return htmlToPdf(renderHtml(model, { renderChart: htmlChartSvg }), options);
}
