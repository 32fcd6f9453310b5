import { Resvg } from "@resvg/resvg-js";
import type { ChartBlock } from "../model/types.ts";
import { type CjkFont, findCjkFont } from "./cjk-font.ts";
import { withSubsetFont } from "./font-subset.ts";
import { type ChartSize, DEFAULT_CHART_SIZE, renderChartSvg } from "./render-svg.ts";

/** A rasterised image: PNG bytes plus the raw RGBA pixels (for checks; copied out on first read). */
export interface RasterImage {
  png: Uint8Array;
  pixels: Uint8Array;
  width: number;
  height: number;
}

/**
 * Rasterise an SVG with resvg, loading exactly the given CJK font file (system fonts are not
 * scanned, so the result does not depend on what else is installed) and using it as the
 * default family, on a white background, scaled by `scale` (2 → sharp when printed).
 * resvg re-reads the font file for every glyph, so it is given a subset of the font holding the
 * glyphs this SVG can use (same glyph ids and outlines, so the same pixels; see font-subset.ts).
 * @example rasteriseSvg(svg, findCjkFont(), 2).png // PNG bytes
 */
export function rasteriseSvg(svg: string, font: CjkFont, scale = 2): RasterImage {
  return withSubsetFont(font.file, font.family, svg, (fontFile) =>
    rasteriseWith(svg, fontFile, font.family, scale),
  );
}

/**
 * Rasterise several SVGs with one font subset holding the glyphs of all of them (a subset
 * costs ~30 ms to build and write; the pixels are the same as with one subset each).
 * @example rasteriseSvgs([a, b], findCjkFont()).length === 2
 */
export function rasteriseSvgs(svgs: readonly string[], font: CjkFont, scale = 2): RasterImage[] {
  if (svgs.length === 0) return [];
  return withSubsetFont(font.file, font.family, svgs.join("\n"), (fontFile) =>
    svgs.map((svg) => rasteriseWith(svg, fontFile, font.family, scale)),
  );
}

function rasteriseWith(svg: string, fontFile: string, family: string, scale: number): RasterImage {
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: scale },
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: family },
  });
  const image = resvg.render();
  // The raw pixels are a 3.7 MB copy out of resvg (~9 ms): made only when asked for (checks).
  let pixels: Uint8Array | undefined;
  return {
    png: new Uint8Array(image.asPng()),
    get pixels() {
      pixels ??= new Uint8Array(image.pixels);
      return pixels;
    },
    width: image.width,
    height: image.height,
  };
}

/**
 * Render a chart placeholder to PNG (for DOCX): echarts SSR → SVG → resvg with a real CJK font.
 * @throws MissingCjkFontError when no CJK font file is installed (text would silently vanish).
 * @example renderChartPng(chart).width === 1280 // 640 px at scale 2
 */
export function renderChartPng(chart: ChartBlock, options: ChartPngOptions = {}): RasterImage {
  return renderChartPngs([chart], options)[0] as RasterImage;
}

/** Options of {@link renderChartPng} and {@link renderChartPngs}. */
export type ChartPngOptions = Partial<ChartSize> & {
  scale?: number;
  font?: CjkFont;
  showTitle?: boolean;
};

/**
 * Render several chart placeholders to PNG (a report's charts) with one font subset for all.
 * @throws MissingCjkFontError when no CJK font file is installed.
 * @example renderChartPngs(charts, { showTitle: false }).map((image) => image.png)
 */
export function renderChartPngs(
  charts: readonly ChartBlock[],
  options: ChartPngOptions = {},
): RasterImage[] {
  if (charts.length === 0) return [];
  const font = options.font ?? findCjkFont();
  const svgs = charts.map((chart) =>
    renderChartSvg(chart, {
      width: options.width ?? DEFAULT_CHART_SIZE.width,
      height: options.height ?? DEFAULT_CHART_SIZE.height,
      showTitle: options.showTitle ?? true,
    }),
  );
  return rasteriseSvgs(svgs, font, options.scale ?? 2);
}
