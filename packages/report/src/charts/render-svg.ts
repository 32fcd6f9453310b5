/// <reference path="../vendor-modules.d.ts" />
import echarts from "echarts/dist/echarts.js";
import type { ChartBlock } from "../model/types.ts";
import { chartOption } from "./chart-option.ts";

// echarts comes from its one-file CommonJS build (dist/echarts.js, what `require("echarts")`
// gives: the same version and code as its ESM entry). The ESM entry is hundreds of modules that
// take ~1 s of CPU to load in every batch worker thread; the single file takes ~0.25 s.

/** Drawing size in CSS pixels. */
export interface ChartSize {
  width: number;
  height: number;
}

/** The default size: fits the A4 text width (about 159 mm at 96 dpi ≈ 600 px) at 16:9-ish. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 360 };

/**
 * Render a chart placeholder of the ReportModel to a standalone SVG string with echarts'
 * server-side renderer (`echarts.init(null, null, { renderer: "svg", ssr: true, width, height })`,
 * then `renderToSVGString()`), at an explicit size.
 * @example renderChartSvg(budgetVsActualChart(ctx)).startsWith("<svg") === true
 */
export function renderChartSvg(
  chart: ChartBlock,
  options: Partial<ChartSize> & { showTitle?: boolean } = {},
): string {
  const width = options.width ?? DEFAULT_CHART_SIZE.width;
  const height = options.height ?? DEFAULT_CHART_SIZE.height;
  const instance = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    instance.setOption(chartOption(chart, { showTitle: options.showTitle ?? true }));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

/**
 * The hook for the HTML renderer: `renderHtml(model, { renderChart: htmlChartSvg })` embeds each
 * chart as inline SVG (the figure's caption already carries the title, so the drawing omits it).
 * @example renderHtml(model, { renderChart: htmlChartSvg }) // three <svg> charts in the Taojiang report
 */
export function htmlChartSvg(chart: ChartBlock): string {
  return renderChartSvg(chart, { showTitle: false });
}
