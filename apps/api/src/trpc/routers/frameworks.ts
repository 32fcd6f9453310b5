import type { FrameworkRecord } from "@jixiao/store";
import { z } from "zod";
import { Id } from "../../schemas/common.ts";
import { FrameworkDetailSchema, FrameworkSummarySchema } from "../../schemas/frameworks.ts";
import { authedProcedure, router } from "../init.ts";

/** A framework version as listed: what `jixiao frameworks` prints for it, and where it came from. */
export function frameworkSummary(record: FrameworkRecord): z.infer<typeof FrameworkSummarySchema> {
  return {
    id: record.frameworkId,
    version: record.frameworkVersion,
    name: record.name,
    builtin: record.builtin,
    jurisdiction: record.content.jurisdiction,
    authorship: record.content.authorship,
    effectiveYear: record.content.effectiveYear,
    createdAt: record.createdAt,
    createdBy: record.createdBy,
  };
}

/** A framework version with its whole tree (JSON, as core validated it). */
function frameworkDetail(record: FrameworkRecord): z.infer<typeof FrameworkDetailSchema> {
  return {
    ...frameworkSummary(record),
    content: JSON.parse(JSON.stringify(record.content)) as Record<string, unknown>,
  };
}

/** Frameworks (指标体系): the built-in ones and a bureau's own, each version kept. */
export const frameworksRouter = router({
  /** The latest version of every framework, built-in (hunan-county-2020 …) and custom. */
  list: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/frameworks",
        tags: ["frameworks"],
        summary: "列出指标体系 / list frameworks",
        protect: true,
      },
    })
    .input(z.object({}).optional())
    .output(z.array(FrameworkSummarySchema))
    .query(async ({ ctx }) => (await ctx.store.frameworks.list(ctx.call)).map(frameworkSummary)),

  /** One framework version (the latest when `version` is omitted) with its tree. @throws NOT_FOUND. */
  get: authedProcedure
    .meta({
      openapi: {
        method: "GET",
        path: "/frameworks/{id}",
        tags: ["frameworks"],
        summary: "读取指标体系 / get a framework",
        protect: true,
      },
    })
    .input(z.object({ id: Id, version: Id.optional() }))
    .output(FrameworkDetailSchema)
    .query(async ({ ctx, input }) =>
      frameworkDetail(
        await ctx.store.frameworks.get(ctx.call, {
          frameworkId: input.id,
          ...(input.version ? { frameworkVersion: input.version } : {}),
        }),
      ),
    ),

  /** Every version of one framework. */
  versions: authedProcedure
    .input(z.object({ id: Id }))
    .output(z.array(FrameworkSummarySchema))
    .query(async ({ ctx, input }) =>
      (await ctx.store.frameworks.versions(ctx.call, input.id)).map(frameworkSummary),
    ),

  /**
   * Save a custom framework version (a bureau admin). Core checks it: 分值 add up exactly, rules
   * within 分值, catalogued indicators. An (id, version) pair is immutable.
   * @throws BAD_REQUEST with every path ("nodes[0].children[0]"); CONFLICT when the version exists.
   */
  create: authedProcedure
    .input(z.object({ framework: z.record(z.string(), z.unknown()) }))
    .output(FrameworkDetailSchema)
    .mutation(async ({ ctx, input }) =>
      frameworkDetail(await ctx.store.frameworks.save(ctx.call, input)),
    ),
});
