import { z } from "zod";
import { Base64, FiscalYear, Id, Page, Text, Version } from "../../schemas/common.ts";
import {
  DatasetRecordSchema,
  DatasetStatusSchema,
  DatasetSummarySchema,
  importTargetRule,
} from "../../schemas/datasets.ts";
import { importXlsxDataset } from "../../xlsx-upload.ts";
import { authedProcedure, router } from "../init.ts";

/** The input of a workflow step: the dataset and the version the caller last read. */
const Step = z.object({ id: Id, expectedVersion: Version });

/**
 * Datasets (基础数据, one per department-year and revision) and their workflow
 * 草稿 → 已提交 → 审核中 → 已定稿. The store checks access (an editor: their own department only),
 * the version (a stale `expectedVersion` → CONFLICT with what changed) and the workflow (a step
 * not allowed from the status → PRECONDITION_FAILED); every write is one audited transaction.
 */
export const datasetsRouter = router({
  /** The latest revision of every department-year the caller may read, without content. */
  list: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/datasets",
        tags: ["datasets"],
        summary: "列出数据集 / list datasets",
        protect: true,
      },
    })
    .input(
      z.object({
        departmentId: Id.optional(),
        fiscalYear: FiscalYear.optional(),
        status: DatasetStatusSchema.optional(),
        ...Page,
      }),
    )
    .output(z.array(DatasetSummarySchema))
    .query(({ ctx, input }) => ctx.store.datasets.list(ctx.call, input)),

  /** One dataset revision with its content. @throws NOT_FOUND, FORBIDDEN (another department). */
  get: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/datasets/{id}",
        tags: ["datasets"],
        summary: "读取数据集 / get a dataset",
        protect: true,
      },
    })
    .input(z.object({ id: Id }))
    .output(DatasetRecordSchema)
    .query(({ ctx, input }) => ctx.store.datasets.get(ctx.call, input.id)),

  /** Every revision of the dataset's department-year, oldest first. */
  revisions: authedProcedure
    .input(z.object({ id: Id }))
    .query(({ ctx, input }) => ctx.store.datasets.listRevisions(ctx.call, input.id)),

  /** The dataset as it was at one version (for diffs). */
  version: authedProcedure
    .input(z.object({ id: Id, version: Version }))
    .query(({ ctx, input }) => ctx.store.datasets.getVersion(ctx.call, input)),

  /**
   * Create revision 1 (草稿) of a department-year. The content is checked by core's Dataset
   * schema. @throws BAD_REQUEST with every path; CONFLICT when the department-year exists.
   */
  create: authedProcedure
    .input(z.object({ departmentId: Id, content: z.unknown() }))
    .mutation(({ ctx, input }) => ctx.store.datasets.create(ctx.call, input)),

  /**
   * Replace the content of a 草稿. @throws CONFLICT (with `data.conflict.changes`) when
   * `expectedVersion` is stale; PRECONDITION_FAILED when not 草稿.
   */
  update: authedProcedure
    .input(z.object({ id: Id, expectedVersion: Version, content: z.unknown() }))
    .mutation(({ ctx, input }) => ctx.store.datasets.update(ctx.call, input)),

  /** 提交: 草稿 → 已提交 (the department's editor or an admin). */
  submit: authedProcedure
    .input(Step)
    .mutation(({ ctx, input }) => ctx.store.datasets.submit(ctx.call, input)),

  /** 开始审核: 已提交 → 审核中 (a reviewer or an admin). */
  startReview: authedProcedure
    .input(Step)
    .mutation(({ ctx, input }) => ctx.store.datasets.startReview(ctx.call, input)),

  /** 退回: 已提交/审核中 → 草稿, with a reason (a reviewer or an admin). */
  return: authedProcedure
    .input(Step.extend({ reason: Text("reason", 2000) }))
    .mutation(({ ctx, input }) => ctx.store.datasets.return(ctx.call, input)),

  /** 定稿: 审核中 → 已定稿; the revision is read-only from then on. */
  finalise: authedProcedure
    .input(Step)
    .mutation(({ ctx, input }) => ctx.store.datasets.finalise(ctx.call, input)),

  /** A new revision (草稿, content copied) of a 已定稿 dataset; the old one is kept. */
  createRevision: authedProcedure
    .input(z.object({ id: Id }))
    .mutation(({ ctx, input }) => ctx.store.datasets.createRevision(ctx.call, input)),

  /**
   * Import a filled 基础数据表 workbook (XLSX, base64) as a new dataset (`departmentId`) or as
   * the new content of a 草稿 (`id` + `expectedVersion`). Every wrong cell is reported (sheet,
   * cell, path, reason) as BAD_REQUEST issues before anything is saved.
   * @throws BAD_REQUEST listing every bad cell; the store's errors as for create/update.
   */
  importXlsx: authedProcedure
    .input(
      importTargetRule(
        z.object({
          departmentId: Id.optional(),
          id: Id.optional(),
          expectedVersion: Version.optional(),
          fileBase64: Base64,
        }),
      ),
    )
    .mutation(({ ctx, input }) =>
      importXlsxDataset(ctx.store, ctx.call, Buffer.from(input.fileBase64, "base64"), input),
    ),
});
