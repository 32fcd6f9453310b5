import type { Dataset } from "@jixiao/core/schema";
import { z } from "zod";

/** The workflow statuses: 草稿 → 已提交 → 审核中 → 已定稿. */
export const DatasetStatusSchema = z
  .enum(["draft", "submitted", "inReview", "finalised"], {
    error:
      "状态应为 draft、submitted、inReview 或 finalised / status must be draft, submitted, inReview or finalised",
  })
  .meta({ description: "草稿 draft / 已提交 submitted / 审核中 inReview / 已定稿 finalised" });

const Money = z
  .string()
  .nullable()
  .meta({ description: "金额（元，精确十进制字符串）/ amount in 元, exact decimal string" });

/** A dataset revision without its content, as listed. */
export const DatasetSummarySchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    departmentId: z.string(),
    departmentName: z.string(),
    fiscalYear: z.number().int(),
    revision: z.number().int(),
    status: DatasetStatusSchema,
    returnReason: z.string().nullable(),
    createdBy: z.string(),
    updatedBy: z.string(),
    totalBudget: Money,
    totalActual: Money,
    threePublicActual: Money,
  })
  .meta({ id: "DatasetSummary" });

/**
 * The content of a stored dataset. It was checked by core's Dataset schema on the way in, so it
 * is typed as core's Dataset for callers (`RouterOutputs["datasets"]["get"]["content"]`), while
 * on the way out it is only checked to be an object (not parsed again; OpenAPI shows an object).
 */
const DatasetContentSchema = z
  .record(z.string(), z.unknown())
  .meta({ description: "基础数据（见 docs/dataset.md）/ the basic data" }) as unknown as z.ZodType<
  Dataset,
  unknown
>;

/**
 * A dataset with its content: the 基础数据 (docs/dataset.md), amounts as decimal strings
 * in 元, typed as core's Dataset.
 */
export const DatasetRecordSchema = DatasetSummarySchema.extend({
  content: DatasetContentSchema,
}).meta({ id: "Dataset" });

/** The fields that say where an XLSX import goes: a new draft of a department, or a draft by id. */
interface ImportTarget {
  departmentId?: string | undefined;
  id?: string | undefined;
  expectedVersion?: number | undefined;
}

/**
 * The rule every XLSX import input follows, the tRPC procedure's and the multipart upload's
 * alike: exactly one of departmentId (a new draft) and id (an existing draft), and with id the
 * expectedVersion the writer last read (optimistic locking).
 * @example importTargetRule(z.object({ departmentId: Id.optional(), id: Id.optional(), expectedVersion: Version.optional() }))
 */
export function importTargetRule<T extends z.ZodType<ImportTarget>>(schema: T) {
  return schema
    .refine((v) => (v.departmentId === undefined) !== (v.id === undefined), {
      error: "departmentId 与 id 须给出其一 / give either departmentId or id",
      path: ["departmentId"],
    })
    .refine((v) => v.id === undefined || v.expectedVersion !== undefined, {
      error: "更新草稿须给出 expectedVersion / expectedVersion is required with id",
      path: ["expectedVersion"],
    });
}
