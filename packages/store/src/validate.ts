import { PARSE_OPTIONS, toInputIssues } from "@jixiao/core/schema";
import { z } from "zod";
import { ValidationFailed } from "./errors.ts";

/**
 * Parse a store method's input with zod (core's bilingual messages, naming the value).
 * @throws ValidationFailed with each issue's JSON path and bilingual message.
 * @example parseInput(z.object({ name: NonEmptyText }), { name: "" }) // throws: name: 不能为空 / must not be empty
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input, PARSE_OPTIONS);
  if (!result.success) throw new ValidationFailed(toInputIssues(result.error));
  return result.data;
}

/** Text that is not blank after trimming (trimmed). */
export const NonEmptyText = z
  .string({ error: "应为文本 / expected text" })
  .trim()
  .min(1, { error: "不能为空 / must not be empty" });

/** A record id as the store makes them (UUID) or a caller-chosen id (seed). */
export const RecordId = z
  .string({ error: "应为文本 / expected text" })
  .min(1, { error: "不能为空 / must not be empty" })
  .max(200, { error: "过长 / too long" });

/** An expected version: a positive integer. */
export const ExpectedVersion = z
  .number({ error: "应为整数版本号 / expected an integer version" })
  .int({ error: "应为整数版本号 / expected an integer version" })
  .min(1, { error: "版本号从1开始 / versions start at 1" });
