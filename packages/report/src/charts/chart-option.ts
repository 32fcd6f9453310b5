import { type Decimal, dec, formatWanYuan, formatYuan, roundHalfUp } from "@jixiao/core";
import type { EChartsOption } from "echarts";
import type { ChartBlock } from "../model/types.ts";

/** CJK-capable font stack for chart text (HTML/PDF viewers pick the first installed). */
export const CHART_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', SimHei, sans-serif";

const PALETTE = ["#4472C4", "#ED7D31", "#A5A5A5", "#70AD47"];

/** The axis unit and the display value of one figure of a chart. */
function display(chart: ChartBlock, value: Decimal): { axis: number; label: string } {
  if (chart.unit === "%") {
    // Boundary to the drawing library: a double for the bar's length only; the label is exact.
    return { axis: Number(roundHalfUp(value, 2)), label: `${roundHalfUp(value, 2)}%` };
  }
  if (chart.format?.unit === "万元") {
    const places = chart.format.places;
    return {
      axis: Number(formatWanYuan(value, places, false)),
      label: formatWanYuan(value, places),
    };
  }
  return { axis: Number(roundHalfUp(value, 2)), label: formatYuan(value) };
}

/**
 * The axis name: 万元, 元 or %.
 * @example axisUnit(budgetVsActualChart) === "万元"
 */
export function axisUnit(chart: ChartBlock): string {
  if (chart.unit === "%") return "%";
  return chart.format?.unit === "万元" ? "万元" : "元";
}

/**
 * The echarts option for a chart placeholder of the ReportModel: a grouped bar (or line) chart
 * with one series per model series, values in the display unit (元 → 万元 when the model's
 * format says so, 四舍五入 to its places) and exact labels from the core formatters. A blank
 * value (null) draws no bar. Animation is off (server-side rendering).
 * @example chartOption(threePublicYearChart) // 公务接待费: 220,870.00 (2019) against 62,769.85 (2020)
 */
export function chartOption(chart: ChartBlock, options: { showTitle: boolean }): EChartsOption {
  const many = chart.categories.length > 4;
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 13, color: "#222222" },
    ...(options.showTitle
      ? {
          title: {
            text: chart.title,
            left: "center",
            top: 8,
            textStyle: {
              fontFamily: CHART_FONT_FAMILY,
              fontSize: 17,
              fontWeight: "bold",
              color: "#111111",
            },
          },
        }
      : {}),
    legend: {
      top: options.showTitle ? 40 : 8,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 13 },
    },
    grid: {
      left: 16,
      right: 24,
      top: options.showTitle ? 80 : 48,
      bottom: 16,
      containLabel: true,
    },
    xAxis: {
      type: "category",
      data: chart.categories,
      axisLabel: {
        interval: 0,
        rotate: many ? 30 : 0,
        width: many ? 120 : 160,
        overflow: "truncate",
        fontFamily: CHART_FONT_FAMILY,
      },
    },
    yAxis: {
      type: "value",
      // Headroom above the tallest bar for its value label.
      boundaryGap: [0, "25%"],
      name: axisUnit(chart),
      nameTextStyle: { fontFamily: CHART_FONT_FAMILY },
      axisLabel: { fontFamily: CHART_FONT_FAMILY },
    },
    series: chart.series.map((s) => ({
      name: s.name,
      type: chart.chartType,
      barMaxWidth: 36,
      // Labels that would overlap a neighbour's are dropped rather than printed over each other.
      labelLayout: { hideOverlap: true },
      data: s.values.map((v) => {
        if (v === null) return "-";
        const d = display(chart, dec(v));
        return {
          value: d.axis,
          label: {
            show: chart.categories.length * chart.series.length <= 12,
            position: "top",
            formatter: d.label,
            fontSize: 10,
            // Side-by-side bars: upright labels would run into each other, so they stand vertical.
            ...(chart.series.length > 1 && chart.categories.length > 2
              ? { rotate: 90, align: "left", verticalAlign: "middle", distance: 4 }
              : {}),
            fontFamily: CHART_FONT_FAMILY,
          },
        };
      }),
    })),
  } as EChartsOption;
}
