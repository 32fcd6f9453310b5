import { dec } from "@jixiao/core";
import { describe, expect, it } from "vitest";
import type { ChartBlock } from "../model/types.ts";
import { findCjkFont, MissingCjkFontError } from "./cjk-font.ts";
import { type RasterImage, renderChartPng } from "./render-png.ts";
import { renderChartSvg } from "./render-svg.ts";

/** seed 1.2.2: 2019 and 2020 决算数 of the 三公经费 items (元). */
const threePublic: ChartBlock = {
  kind: "chart",
  id: "chart-three-public-year",
  title: "“三公经费”2019年与2020年决算数对比",
  chartType: "bar",
  categories: ["公务接待费", "公务用车运行维护费", "公务用车购置", "因公出国（境）费用"],
  series: [
    { name: "2019年决算数", values: [dec("220870.00"), dec("346673.34"), dec("0"), dec("0")] },
    { name: "2020年决算数", values: [dec("62769.85"), dec("21514.87"), dec("0"), null] },
  ],
  unit: "元",
  format: { unit: "元" },
};

/** Dark pixels (all of R, G, B < 100) in rows [top, bottom) of an RGBA image. */
function darkPixels(img: RasterImage, top: number, bottom: number): number {
  let n = 0;
  for (let y = top; y < Math.min(bottom, img.height); y++)
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 4;
      if (
        (img.pixels[i] ?? 255) < 100 &&
        (img.pixels[i + 1] ?? 255) < 100 &&
        (img.pixels[i + 2] ?? 255) < 100
      )
        n++;
    }
  return n;
}

/** Pixels whose RGBA differ between two same-size images, in rows [top, bottom). */
function differingPixels(a: RasterImage, b: RasterImage, top: number, bottom: number): number {
  let n = 0;
  for (let i = top * a.width * 4; i < bottom * a.width * 4; i += 4)
    if (a.pixels[i] !== b.pixels[i] || a.pixels[i + 1] !== b.pixels[i + 1]) n++;
  return n;
}

describe("charts", () => {
  it("renders SVG with the Chinese categories, series names and exact labels", () => {
    const svg = renderChartSvg(threePublic);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="640"');
    for (const text of ["公务接待费", "2019年决算数", "220,870.00", "62,769.85", "21,514.87", "元"])
      expect(svg).toContain(text);
  });

  it("shows 万元 values as the seed prints them", () => {
    const svg = renderChartSvg({
      ...threePublic,
      format: { unit: "万元", places: 2 },
      // seed 1.2.1: 预算 82.00 万元, 决算 8.43 万元
      categories: ["合计"],
      series: [
        { name: "预算数", values: [dec("820000.00")] },
        { name: "决算数", values: [dec("84284.72")] },
      ],
    });
    expect(svg).toContain("82.00");
    expect(svg).toContain("8.43");
    expect(svg).toContain("万元");
  });

  it("rasterises the Chinese title into real glyph pixels (not missing-glyph boxes) with the CJK font", () => {
    const font = findCjkFont();
    const withTitle = renderChartPng(threePublic, { font });
    const noTitle = renderChartPng({ ...threePublic, title: "" }, { font });
    expect(withTitle.width).toBe(1280);
    expect(withTitle.png.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47])); // "PNG"
    // Title band: y 8–32 px at scale 2 (the legend starts at 40 px).
    const band = [12, 64] as const;
    const titled = darkPixels(withTitle, ...band);
    const untitled = darkPixels(noTitle, ...band);
    expect(untitled).toBe(0);
    expect(titled).toBeGreaterThan(800);
    // Real glyphs, not tofu boxes: two titles of equally many different CJK characters must
    // differ pixel by pixel (missing-glyph boxes would be identical).
    const a = renderChartPng({ ...threePublic, title: "三公经费决算对比" }, { font });
    const b = renderChartPng({ ...threePublic, title: "项目支出使用情况" }, { font });
    expect(differingPixels(a, b, ...band)).toBeGreaterThan(500);
  });

  it("fails with the install command when no CJK font exists", () => {
    expect(() => findCjkFont(["/nonexistent/font.ttc"])).toThrow(MissingCjkFontError);
    expect(() => findCjkFont(["/nonexistent/font.ttc"])).toThrow(
      /apt-get install -y fonts-noto-cjk/,
    );
  });
});
