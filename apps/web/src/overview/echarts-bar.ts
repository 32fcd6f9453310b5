import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

/** echarts with only the bar chart, its grid and tooltip, and the SVG renderer (small chunk). */
export { init };
