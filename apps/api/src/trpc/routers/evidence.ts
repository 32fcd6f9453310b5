import { z } from "zod";
import { Base64, Id, Text } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

/** Where an evidence file downloads from (http/files.ts). */
export const evidenceUrl = (id: string) => `/files/evidence/${encodeURIComponent(id)}`;

/**
 * Evidence (佐证资料): PDF, images and Office files attached to a dataset or one indicator,
 * stored with a SHA-256 checksum, size-capped, typed by sniffing the content (never the name).
 * Large files go to `POST /files/evidence` (multipart, up to JIXIAO_MAX_UPLOAD_BYTES).
 */
export const evidenceRouter = router({
  /** The evidence of a dataset (the report annex 目录及相关佐证资料), each with its download URL. */
  list: authedProcedure.input(z.object({ datasetId: Id })).query(async ({ ctx, input }) =>
    (await ctx.store.evidence.list(ctx.call, input.datasetId)).map((file) => ({
      ...file,
      url: evidenceUrl(file.id),
    })),
  ),

  /**
   * Attach a file given as base64 (bounded by the body cap, JIXIAO_MAX_BODY_BYTES).
   * @throws BAD_REQUEST when the content is not an accepted type (whatever its name says) or too large.
   */
  upload: authedProcedure
    .input(
      z.object({
        datasetId: Id,
        indicatorKey: z.string().max(200).nullable().optional(),
        fileName: Text("fileName", 255),
        description: z.string().max(2000).nullable().optional(),
        contentBase64: Base64,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { contentBase64, ...rest } = input;
      const file = await ctx.store.evidence.attach(ctx.call, {
        ...rest,
        content: new Uint8Array(Buffer.from(contentBase64, "base64")),
      });
      return { ...file, url: evidenceUrl(file.id) };
    }),

  /** Remove an evidence file (the department's editor or an admin). */
  remove: authedProcedure.input(z.object({ id: Id })).mutation(async ({ ctx, input }) => {
    await ctx.store.evidence.remove(ctx.call, input.id);
    return { removed: true as const };
  }),
});
