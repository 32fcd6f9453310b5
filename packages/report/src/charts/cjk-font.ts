import { existsSync } from "node:fs";

/** Where Debian/Ubuntu (fonts-noto-cjk), Fedora, Arch and macOS keep a CJK font. */
export const CJK_FONT_CANDIDATES: readonly string[] = [
  "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
  "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
  "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
  "/System/Library/Fonts/PingFang.ttc",
  "C:\\Windows\\Fonts\\msyh.ttc",
  "C:\\Windows\\Fonts\\simhei.ttf",
];

/** A CJK font file and the family name to ask for. */
export interface CjkFont {
  file: string;
  family: string;
}

const FAMILY_BY_FILE: [RegExp, string][] = [
  [/NotoSansCJK/i, "Noto Sans CJK SC"],
  [/NotoSerifCJK/i, "Noto Serif CJK SC"],
  [/wqy-zenhei/i, "WenQuanYi Zen Hei"],
  [/wqy-microhei/i, "WenQuanYi Micro Hei"],
  [/PingFang/i, "PingFang SC"],
  [/msyh/i, "Microsoft YaHei"],
  [/simhei/i, "SimHei"],
];

/** Thrown when no CJK font file can be found: rasterised charts would lose every Chinese label. */
export class MissingCjkFontError extends Error {
  constructor(tried: readonly string[]) {
    super(
      `找不到中文字体，图表中的中文会丢失 / no CJK font found, Chinese chart text would vanish. 请安装 / install: apt-get install -y fonts-noto-cjk (tried: ${tried.join(", ")})`,
    );
    this.name = "MissingCjkFontError";
  }
}

/**
 * Find a CJK font file for rasterising charts: the first of `candidates` that exists.
 * @throws MissingCjkFontError naming the install command when none exists.
 * @example findCjkFont().family === "Noto Sans CJK SC" // with fonts-noto-cjk installed
 */
export function findCjkFont(candidates: readonly string[] = CJK_FONT_CANDIDATES): CjkFont {
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new MissingCjkFontError(candidates);
  const family = FAMILY_BY_FILE.find(([re]) => re.test(file))?.[1] ?? "Noto Sans CJK SC";
  return { file, family };
}
