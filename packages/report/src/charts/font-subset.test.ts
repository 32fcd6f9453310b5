import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { findCjkFont } from "./cjk-font.ts";
import { withSubsetFont } from "./font-subset.ts";
import { rasteriseSvg } from "./render-png.ts";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="120"><text x="8" y="30" font-size="17" font-weight="bold">“三公经费”2019年与2020年决算数对比</text><text x="8" y="60" font-size="13">公务接待费（境）220,870.00 万元 &#x5143; fi ffl</text><text x="8" y="90" font-size="10">-2,103,249.02 % ／ABC abc</text></svg>`;

function direct(svg: string, file: string, family: string): Uint8Array {
  const image = new Resvg(svg, {
    background: "#ffffff",
    fitTo: { mode: "zoom", value: 2 },
    font: { fontFiles: [file], loadSystemFonts: false, defaultFontFamily: family },
  }).render();
  return new Uint8Array(image.asPng());
}

describe("chart font subset", () => {
  it("rasterises byte-identically to the full CJK font file", () => {
    const font = findCjkFont();
    expect(rasteriseSvg(SVG, font).png).toEqual(direct(SVG, font.file, font.family));
  });

  it("hands over a much smaller file and removes it afterwards", () => {
    const font = findCjkFont();
    let used = "";
    withSubsetFont(font.file, font.family, SVG, (path) => {
      used = path;
      expect(existsSync(path)).toBe(true);
    });
    if (font.file.endsWith(".ttc") && /Noto/.test(font.file)) {
      expect(used).not.toBe(font.file);
      expect(existsSync(used)).toBe(false);
    }
  });

  it("falls back to the original file when the font cannot be read", () => {
    let used = "";
    withSubsetFont("/nonexistent/font.ttc", "X", SVG, (path) => {
      used = path;
    });
    expect(used).toBe("/nonexistent/font.ttc");
  });
});
