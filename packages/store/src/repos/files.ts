import { createHash } from "node:crypto";
import { catalogueEntry, parseKey } from "@jixiao/core/metrics";
import { z } from "zod";
import { audit, inTransaction, newId, type StoreContext } from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import { NotFound, ValidationFailed } from "../errors.ts";
import { ACCEPTED_TYPE_NAMES, sniffEvidenceType } from "../sniff.ts";
import type { EvidenceFile, ReportFile, Store } from "../types.ts";
import { NonEmptyText, parseInput, RecordId } from "../validate.ts";
import { assertEditable } from "../workflow.ts";
import { loadDatasetHead } from "./datasets.ts";

/** SHA-256 of file content, hex. */
export function sha256Hex(content: Uint8Array): string {
  return createHash("sha256").update(content).digest("hex");
}

const Bytes = z.instanceof(Uint8Array, {
  error: "应为文件内容（字节） / expected file content (bytes)",
});
const FileName = NonEmptyText.max(255, {
  error: "文件名过长（最多255字） / file name too long (255 max)",
});

const ReportInput = z.object({
  datasetId: RecordId,
  evaluationId: RecordId.nullable().optional(),
  format: z.enum(["md", "html", "docx", "xlsx", "pdf"]),
  fileName: FileName,
  content: Bytes,
});

/**
 * What evidence may point at besides the whole dataset: an indicator key of core's catalogue
 * ("threePublicExpenses.controlRate.total", "projects.actual[3]") or a framework node code
 * ("2.1.3").
 */
const IndicatorKey = z
  .string()
  .trim()
  .refine((key) => /^\d+(\.\d+)*$/.test(key) || catalogueEntry(parseKey(key).code) !== undefined, {
    error: (issue) =>
      `“${String(issue.input)}”既不是指标键也不是指标体系节点编码 / '${String(issue.input)}' is neither an indicator key nor a framework node code`,
  });

const EvidenceInput = z.object({
  datasetId: RecordId,
  indicatorKey: IndicatorKey.nullable().optional(),
  fileName: FileName,
  description: z.string().trim().max(2000).nullable().optional(),
  content: Bytes,
});

function toReport(row: Omit<Tables["report_files"], "content">): ReportFile {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    evaluationId: row.evaluation_id,
    format: row.format as ReportFile["format"],
    fileName: row.file_name,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

function toEvidence(row: Omit<Tables["evidence_files"], "content">): EvidenceFile {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    indicatorKey: row.indicator_key,
    fileName: row.file_name,
    mime: row.mime,
    ext: row.ext,
    size: row.size,
    sha256: row.sha256,
    description: row.description,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

const REPORT_META = [
  "id",
  "dataset_id",
  "evaluation_id",
  "format",
  "file_name",
  "size",
  "sha256",
  "created_at",
  "created_by",
] as const;
const EVIDENCE_META = [
  "id",
  "dataset_id",
  "indicator_key",
  "file_name",
  "mime",
  "ext",
  "size",
  "sha256",
  "description",
  "created_at",
  "created_by",
] as const;

function toBuffer(content: Uint8Array): Buffer {
  return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

/** The report files namespace of the store. */
export function reportsRepo(ctx: StoreContext): Store["reports"] {
  return {
    async save(call, raw) {
      const input = parseInput(ReportInput, raw);
      await loadDatasetHead(ctx.db, call.actor, "report.write", input.datasetId);
      return inTransaction(ctx, async (tx) => {
        if (input.evaluationId) {
          const ev = await tx
            .selectFrom("evaluations")
            .select("dataset_id")
            .where("id", "=", input.evaluationId)
            .executeTakeFirst();
          if (!ev || ev.dataset_id !== input.datasetId) {
            throw new ValidationFailed([
              {
                path: "evaluationId",
                message: `该数据集没有此评价结果：${input.evaluationId} / no such evaluation of this dataset`,
              },
            ]);
          }
        }
        const row: Tables["report_files"] = {
          id: newId(),
          dataset_id: input.datasetId,
          evaluation_id: input.evaluationId ?? null,
          format: input.format,
          file_name: input.fileName,
          size: input.content.byteLength,
          sha256: sha256Hex(input.content),
          content: toBuffer(input.content),
          created_at: ctx.now().toISOString(),
          created_by: call.actor.id,
        };
        await tx.insertInto("report_files").values(row).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "reports.save",
          entity: "reportFile",
          entityId: row.id,
          changes: [
            { path: "fileName", before: undefined, after: row.file_name },
            { path: "sha256", before: undefined, after: row.sha256 },
            { path: "size", before: undefined, after: row.size },
          ],
        });
        return toReport(row);
      });
    },
    async list(call, datasetId) {
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", datasetId);
      const rows = await ctx.db
        .selectFrom("report_files")
        .select(REPORT_META)
        .where("dataset_id", "=", datasetId)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map(toReport);
    },
    async get(call, id) {
      const row = await ctx.db
        .selectFrom("report_files")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) throw new NotFound("reportFile", id);
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", row.dataset_id);
      return { file: toReport(row), content: Buffer.from(row.content) };
    },
  };
}

/** The evidence (佐证资料) namespace of the store. */
export function evidenceRepo(ctx: StoreContext): Store["evidence"] {
  return {
    async attach(call, raw) {
      const input = parseInput(EvidenceInput, raw);
      const dataset = await loadDatasetHead(ctx.db, call.actor, "dataset.write", input.datasetId);
      if (dataset.status === "finalised") assertEditable("finalised");
      const size = input.content.byteLength;
      if (size === 0) {
        throw new ValidationFailed([{ path: "content", message: "文件为空 / the file is empty" }]);
      }
      if (size > ctx.maxEvidenceBytes) {
        throw new ValidationFailed([
          {
            path: "content",
            message: `文件过大：${size}字节，上限${ctx.maxEvidenceBytes}字节 / file too large: ${size} bytes, limit ${ctx.maxEvidenceBytes}`,
          },
        ]);
      }
      const type = await sniffEvidenceType(input.content);
      if (!type) {
        throw new ValidationFailed([
          {
            path: "content",
            message: `“${input.fileName}”的内容不是可接受的佐证资料类型（按内容识别，不看文件名；可接受：${ACCEPTED_TYPE_NAMES}） / the content of '${input.fileName}' is not an accepted evidence type (judged by content, not name; accepted: PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, DOC, XLS)`,
          },
        ]);
      }
      return inTransaction(ctx, async (tx) => {
        const row: Tables["evidence_files"] = {
          id: newId(),
          dataset_id: input.datasetId,
          indicator_key: input.indicatorKey ?? null,
          file_name: input.fileName,
          mime: type.mime,
          ext: type.ext,
          size,
          sha256: sha256Hex(input.content),
          description: input.description ?? null,
          content: toBuffer(input.content),
          created_at: ctx.now().toISOString(),
          created_by: call.actor.id,
        };
        await tx.insertInto("evidence_files").values(row).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "evidence.attach",
          entity: "evidenceFile",
          entityId: row.id,
          changes: [
            { path: "datasetId", before: undefined, after: row.dataset_id },
            { path: "indicatorKey", before: undefined, after: row.indicator_key },
            { path: "fileName", before: undefined, after: row.file_name },
            { path: "mime", before: undefined, after: row.mime },
            { path: "sha256", before: undefined, after: row.sha256 },
          ],
        });
        return toEvidence(row);
      });
    },
    async list(call, datasetId) {
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", datasetId);
      const rows = await ctx.db
        .selectFrom("evidence_files")
        .select(EVIDENCE_META)
        .where("dataset_id", "=", datasetId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      // Whole-dataset files first, then by indicator key, then by name (stable for the annex).
      return rows
        .map(toEvidence)
        .sort(
          (a, b) =>
            (a.indicatorKey ?? "").localeCompare(b.indicatorKey ?? "") ||
            a.fileName.localeCompare(b.fileName, "zh-CN") ||
            a.createdAt.localeCompare(b.createdAt),
        );
    },
    async get(call, id) {
      const row = await ctx.db
        .selectFrom("evidence_files")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) throw new NotFound("evidenceFile", id);
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", row.dataset_id);
      return { file: toEvidence(row), content: Buffer.from(row.content) };
    },
    async remove(call, id) {
      await inTransaction(ctx, async (tx) => {
        const row = await tx
          .selectFrom("evidence_files")
          .select(EVIDENCE_META)
          .where("id", "=", id)
          .executeTakeFirst();
        if (!row) throw new NotFound("evidenceFile", id);
        const dataset = await loadDatasetHead(tx, call.actor, "dataset.write", row.dataset_id);
        if (dataset.status === "finalised") assertEditable("finalised");
        await tx.deleteFrom("evidence_files").where("id", "=", id).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "evidence.remove",
          entity: "evidenceFile",
          entityId: id,
          changes: [
            { path: "fileName", before: row.file_name, after: undefined },
            { path: "sha256", before: row.sha256, after: undefined },
          ],
        });
      });
    },
  };
}
