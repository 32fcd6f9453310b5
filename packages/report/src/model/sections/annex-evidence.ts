import { column, generated, section, seqColumn, table } from "../blocks.ts";
import { textCell } from "../cells.ts";
import type { ModelContext } from "../context.ts";
import type { ReportEvidence, SectionBlock, TableBlock } from "../types.ts";

/** Section id of the 目录及相关佐证资料 annex. */
export const EVIDENCE_ANNEX = "annex-evidence";
/** Table id of the evidence list. */
export const EVIDENCE_TABLE = "evidence";
/** The annex's numbering: item 3 of the seed's 附送 list (“3、目录及相关佐证资料”). */
export const EVIDENCE_ANNEX_NUMBERING = "附件3";
/** What 关联指标 shows for a file attached to the whole dataset (no indicator key). */
export const WHOLE_DATASET = "部门整体";

const SHA256 = /^[0-9a-f]{64}$/i;

/**
 * A file size as a reader reads it: bytes below 1 KB, else KB or MB (1024-based) 四舍五入 to one
 * place, computed on integers (no float rounding).
 * @example fileSizeText(512) === "512 B"
 * @example fileSizeText(1536) === "1.5 KB"
 * @example fileSizeText(2_411_724) === "2.3 MB"
 */
export function fileSizeText(bytes: number): string {
  if (!Number.isSafeInteger(bytes) || bytes < 0) {
    throw new Error(
      `文件大小“${bytes}”不是非负整数 / file size '${bytes}' is not a non-negative integer`,
    );
  }
  if (bytes < 1024) return `${bytes} B`;
  const [unit, size] = bytes < 1024 * 1024 ? ["KB", 1024] : ["MB", 1024 * 1024];
  const tenths = Math.floor((bytes * 10 * 2 + size) / (2 * size)); // round half up of bytes×10/size
  return `${Math.floor(tenths / 10)}.${tenths % 10} ${unit}`;
}

/** Check one evidence entry's fields a reader relies on; throws bilingual, naming field and value. */
function checkEvidence(e: ReportEvidence, i: number): void {
  const at = `evidence[${i}]`;
  if (typeof e.fileName !== "string" || e.fileName.trim() === "")
    throw new Error(`${at}.fileName 文件名为空 / ${at}.fileName is empty`);
  if (typeof e.sha256 !== "string" || !SHA256.test(e.sha256))
    throw new Error(
      `${at}.sha256“${e.sha256}”不是64位十六进制摘要 / ${at}.sha256 '${e.sha256}' is not a 64-digit hex digest`,
    );
}

/**
 * The evidence table (佐证资料目录): 序号, 文件名, 类型 (the sniffed extension, upper case), 大小,
 * 关联指标 (the indicator key or framework code; {@link WHOLE_DATASET} when none) and the first
 * 12 hex digits of the SHA-256, in the order given (the store lists by indicator key then name).
 * @throws Error when an entry has an empty name or a malformed sha256 (bilingual, naming field and value).
 * @example evidenceTable([{ fileName: "三公经费台账.pdf", ext: "pdf", size: 1536, sha256: "ab12…", indicatorKey: null }]).rows[0]
 *   // 1 | 三公经费台账.pdf | PDF | 1.5 KB | 部门整体 | ab12…(12)
 */
export function evidenceTable(evidence: readonly ReportEvidence[]): TableBlock {
  evidence.forEach(checkEvidence);
  return table({
    id: EVIDENCE_TABLE,
    title: "佐证资料目录",
    unit: null,
    columns: [
      seqColumn(),
      column("fileName", "文件名", "text", 34),
      column("type", "类型", "text", 8, { align: "center" }),
      column("size", "大小", "text", 10, { align: "right" }),
      column("indicator", "关联指标", "text", 26),
      column("sha256", "SHA-256 前 12 位", "text", 16),
    ],
    rows: evidence.map((e, i) => ({
      cells: [
        textCell(String(i + 1), { align: "center" }),
        textCell(e.fileName.trim()),
        textCell((e.ext || e.mime || "").toUpperCase(), { align: "center" }),
        textCell(fileSizeText(e.size), { align: "right" }),
        textCell(e.indicatorKey?.trim() ? e.indicatorKey.trim() : WHOLE_DATASET),
        textCell(e.sha256.slice(0, 12).toLowerCase()),
      ],
    })),
  });
}

/**
 * 附件3 目录及相关佐证资料: the uploaded evidence files, one table row each, so every format
 * (Markdown, HTML, DOCX, XLSX, PDF) prints the list through the model. Null (nothing rendered,
 * the golden report unchanged) when `options.evidence` is absent or empty.
 * @example evidenceAnnex(modelContext(evaluation, { evidence }))?.numbering === "附件3"
 */
export function evidenceAnnex(ctx: ModelContext): SectionBlock | null {
  const evidence = ctx.options.evidence;
  if (!evidence || evidence.length === 0) return null;
  return section(
    EVIDENCE_ANNEX,
    1,
    EVIDENCE_ANNEX_NUMBERING,
    "目录及相关佐证资料",
    [
      generated(
        `${ctx.dataset.department.name}${ctx.year}年度部门整体支出绩效评价佐证资料共${evidence.length}份（文件类型按内容识别；SHA-256 摘要可用于核对文件未被改动）。`,
      ),
      evidenceTable(evidence),
    ],
    { annex: true, pageBreakBefore: true },
  );
}
