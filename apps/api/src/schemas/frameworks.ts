import { z } from "zod";

/** A listed framework (指标体系) version. */
export const FrameworkSummarySchema = z
  .object({
    id: z.string(),
    version: z.string(),
    name: z.string(),
    builtin: z.boolean(),
    /** 适用地区, e.g. "湖南省（县级）". */
    jurisdiction: z.string(),
    /** 来源性质: published (as issued), adapted, or ours. */
    authorship: z.string(),
    effectiveYear: z.number().int(),
    createdAt: z.string(),
    createdBy: z.string(),
  })
  .meta({ id: "FrameworkSummary" });

/** One framework version with its whole tree (docs/framework.md). */
export const FrameworkDetailSchema = FrameworkSummarySchema.extend({
  content: z
    .record(z.string(), z.unknown())
    .meta({ description: "指标体系（见 docs/framework.md）/ the framework tree" }),
}).meta({ id: "Framework" });
