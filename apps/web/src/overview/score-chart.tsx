import { useEffect, useRef } from "react";

export interface ScoreBar {
  name: string;
  /** 总分 as an exact decimal string (shown as written; echarts only draws the bar length). */
  score: string;
}

/**
 * A bar chart of the departments' scores (echarts, loaded on demand so the shell stays small).
 * Bars are drawn from the exact score strings; labels show the strings themselves.
 */
export function ScoreChart({ bars }: { bars: readonly ScoreBar[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let dispose: (() => void) | undefined;
    void (async () => {
      const { init } = await import("./echarts-bar.ts");
      if (disposed || !box.current) return;
      const chart = init(box.current, undefined, { renderer: "svg" });
      chart.setOption({
        // Drawn at once: a growing bar reads as 0 in a screenshot or a print taken mid-animation.
        animation: false,
        grid: { left: 48, right: 16, top: 24, bottom: 72 },
        tooltip: { trigger: "axis" },
        xAxis: {
          type: "category",
          data: bars.map((b) => b.name),
          axisLabel: { interval: 0, rotate: bars.length > 6 ? 30 : 0, fontSize: 11 },
        },
        yAxis: { type: "value", min: 0, max: 100, name: "总分" },
        series: [
          {
            type: "bar",
            // echarts needs a number for the bar's length; the label shows the exact string.
            data: bars.map((b) => ({
              value: Number(b.score),
              label: { show: true, position: "top", formatter: b.score },
            })),
            itemStyle: { color: "#1f4e8c" },
            barMaxWidth: 36,
          },
        ],
      });
      dispose = () => chart.dispose();
    })();
    return () => {
      disposed = true;
      dispose?.();
    };
  }, [bars]);
  return (
    <div
      ref={box}
      style={{ height: 280, width: "100%" }}
      data-testid="score-chart"
      role="img"
      aria-label="各部门总分"
    />
  );
}

export default ScoreChart;
