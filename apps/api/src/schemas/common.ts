import { z } from "zod";

/** A record id ("9b1f…"): a non-empty string. */
export const Id = z
  .string({ error: "应为字符串 / must be a string" })
  .trim()
  .min(1, { error: "id 不能为空 / id must not be empty" })
  .max(200, { error: "id 过长 / id is too long" });

/** The version a writer last read (optimistic locking): a positive integer. */
export const Version = z
  .number({ error: "版本号应为整数 / version must be an integer" })
  .int({ error: "版本号应为整数 / version must be an integer" })
  .positive({ error: "版本号应大于 0 / version must be positive" });

/** Paging of a listing: limit 1–500 (default the store's), offset ≥ 0. */
export const Page = {
  limit: z.coerce
    .number({ error: "limit 应为整数 / limit must be an integer" })
    .int({ error: "limit 应为整数 / limit must be an integer" })
    .min(1, { error: "limit 至少为 1 / limit must be at least 1" })
    .max(500, { error: "limit 至多为 500 / limit must be at most 500" })
    .optional(),
  offset: z.coerce
    .number({ error: "offset 应为整数 / offset must be an integer" })
    .int({ error: "offset 应为整数 / offset must be an integer" })
    .min(0, { error: "offset 不能小于 0 / offset must not be negative" })
    .optional(),
};

/** A short text that must not be blank, at most `max` characters. */
export const Text = (field: string, max = 200) =>
  z
    .string({ error: `${field} 应为字符串 / ${field} must be a string` })
    .trim()
    .min(1, { error: `${field} 不能为空 / ${field} must not be empty` })
    .max(max, {
      error: `${field} 不能超过 ${max} 个字符 / ${field} must be at most ${max} characters`,
    });

/** A fiscal year (年度), 2000–2100. */
export const FiscalYear = z.coerce
  .number({ error: "年度应为整数 / fiscalYear must be an integer" })
  .int({ error: "年度应为整数 / fiscalYear must be an integer" })
  .min(2000, { error: "年度不能早于 2000 / fiscalYear must be 2000 or later" })
  .max(2100, { error: "年度不能晚于 2100 / fiscalYear must be 2100 or earlier" });

/** The roles, as the store names them. */
export const RoleSchema = z.enum(["bureauAdmin", "departmentEditor", "reviewer", "apiClient"], {
  error:
    "角色应为 bureauAdmin、departmentEditor、reviewer 或 apiClient / role must be bureauAdmin, departmentEditor, reviewer or apiClient",
});

/** File content in base64 (uploads through tRPC; large files go to POST /files/…). */
export const Base64 = z
  .string({ error: "应为 base64 字符串 / must be a base64 string" })
  .regex(/^[A-Za-z0-9+/=\s_-]*$/, { error: "不是有效的 base64 / not valid base64" });

/**
 * `schema` as a procedure's `.output()` that documents and types the answer but does not check
 * it at run time: for large answers built field by field by our own code (an evaluation result,
 * ~100 KB), where tRPC's output parse re-checked what the builders had just produced (10% of an
 * evaluate request's CPU). The OpenAPI document and the client's types are the same as with
 * `schema` (the same definition and metadata, component id included); `schema.parse` itself
 * still checks, and the tests check with it that the answers pass unchanged.
 * @example .output(uncheckedOutput(EvaluationResultSchema))
 */
export function uncheckedOutput<T extends z.ZodType>(schema: T): T {
  // the same definition, without a parent link (JSON Schema conversion would then emit both)
  const copy = schema.clone(schema._zod.def);
  const meta = z.globalRegistry.get(schema);
  if (meta) z.globalRegistry.add(copy, meta);
  // tRPC parses with parseAsync when a schema has one (before `~standard`)
  Object.defineProperty(copy, "parseAsync", { value: async (value: unknown) => value });
  return copy;
}
