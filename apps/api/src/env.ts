import { z } from "zod";

/**
 * The API's settings from the environment. This module is the only place in apps/api that reads
 * `process.env` (STYLE.md).
 * - PORT: TCP port, 0–65535 (0 picks a free one), default 3000;
 * - HOST: interface to listen on, default 127.0.0.1 (set 0.0.0.0 to serve other machines).
 */
export const Env = z.object({
  PORT: z.coerce
    .number({ error: "PORT 应为整数 / PORT must be an integer" })
    .int({ error: "PORT 应为整数 / PORT must be an integer" })
    .min(0, { error: "PORT 不能小于 0 / PORT must be at least 0" })
    .max(65535, { error: "PORT 不能大于 65535 / PORT must be at most 65535" })
    .default(3000),
  HOST: z.string().min(1, { error: "HOST 不能为空 / HOST must not be empty" }).default("127.0.0.1"),
});
export type Env = z.infer<typeof Env>;

/**
 * Validate the environment (by default `process.env`) into {@link Env}.
 * @throws Error listing every bad variable, in Chinese and English.
 * @example loadEnv({ PORT: "8080" }) // { PORT: 8080, HOST: "127.0.0.1" }
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = Env.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`环境变量无效 / invalid environment:\n${lines.join("\n")}`);
}
