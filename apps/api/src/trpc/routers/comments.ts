import { z } from "zod";
import { Id, Text } from "../../schemas/common.ts";
import { authedProcedure, router } from "../init.ts";

/** Review comments (评审意见) on a dataset, optionally on one path or framework node. */
export const commentsRouter = router({
  /** The comments on a dataset, oldest first. */
  list: authedProcedure
    .input(z.object({ datasetId: Id }))
    .query(({ ctx, input }) => ctx.store.comments.list(ctx.call, input.datasetId)),

  /** Add a comment (a reviewer or an admin). */
  add: authedProcedure
    .input(
      z.object({
        datasetId: Id,
        target: z.string().max(500).nullable().optional(),
        text: Text("text", 10_000),
      }),
    )
    .mutation(({ ctx, input }) => ctx.store.comments.add(ctx.call, input)),
});
