/** Characters that no file name may hold on Windows, macOS or Linux (plus control characters). */
const UNSAFE_IN_FILE_NAME = new Set([...'\\/:*?"<>|']);

function safeFileNamePart(text: string): string {
  return Array.from(text, (c) => (UNSAFE_IN_FILE_NAME.has(c) || c.charCodeAt(0) < 0x20 ? "_" : c))
    .join("")
    .trim()
    .replace(/^\.+/, (dots) => "_".repeat(dots.length));
}

/**
 * The report's file name: `<部门>-<年度>-绩效评价报告.<ext>`, with characters that are not
 * allowed in file names replaced by "_", and leading dots too (no hidden file, no ".."). Shared
 * by every front end that hands out a report (the CLI writes it, the API returns it).
 * @example reportFileName("桃江县自然资源局", 2020, "md") === "桃江县自然资源局-2020-绩效评价报告.md"
 */
export function reportFileName(department: string, fiscalYear: number, ext: string): string {
  return `${safeFileNamePart(department)}-${fiscalYear}-绩效评价报告.${ext}`;
}
