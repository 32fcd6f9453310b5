import { z } from "zod";
import { audit, inTransaction, newId, type StoreContext } from "../db/context.ts";
import type { Tables } from "../db/tables.ts";
import type { Role } from "../roles.ts";
import type { CommentRecord, Store } from "../types.ts";
import { NonEmptyText, parseInput, RecordId } from "../validate.ts";
import { loadDatasetHead } from "./datasets.ts";

function toComment(row: Tables["comments"]): CommentRecord {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    target: row.target,
    text: row.text,
    authorId: row.author_id,
    authorRole: row.author_role as Role,
    createdAt: row.created_at,
  };
}

/** The comments namespace (评审意见): reviewers and admins write; whoever reads the dataset reads them. */
export function commentsRepo(ctx: StoreContext): Store["comments"] {
  return {
    async list(call, datasetId) {
      await loadDatasetHead(ctx.db, call.actor, "dataset.read", datasetId);
      const rows = await ctx.db
        .selectFrom("comments")
        .selectAll()
        .where("dataset_id", "=", datasetId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toComment);
    },
    async add(call, raw) {
      const input = parseInput(
        z.object({
          datasetId: RecordId,
          target: z.string().trim().min(1).nullable().optional(),
          text: NonEmptyText,
        }),
        raw,
      );
      await loadDatasetHead(ctx.db, call.actor, "comment.write", input.datasetId);
      return inTransaction(ctx, async (tx) => {
        const row: Tables["comments"] = {
          id: newId(),
          dataset_id: input.datasetId,
          target: input.target ?? null,
          text: input.text,
          author_id: call.actor.id,
          author_role: call.actor.role,
          created_at: ctx.now().toISOString(),
        };
        await tx.insertInto("comments").values(row).execute();
        await audit(ctx, tx, {
          actor: call.actor,
          action: call.action ?? "comments.add",
          entity: "comment",
          entityId: row.id,
          changes: [
            { path: "datasetId", before: undefined, after: row.dataset_id },
            { path: "target", before: undefined, after: row.target },
            { path: "text", before: undefined, after: row.text },
          ],
        });
        return toComment(row);
      });
    },
  };
}
