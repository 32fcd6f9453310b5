import { z } from "zod";

const MB = 1024 * 1024;

const byteCap = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} 应为整数 / ${name} must be an integer` })
    .int({ error: `${name} 应为整数 / ${name} must be an integer` })
    .min(1024, { error: `${name} 不能小于 1024 字节 / ${name} must be at least 1024 bytes` })
    .default(fallback);

const blankIsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/**
 * The API's settings from the environment. This module is the only place in apps/api that reads
 * `process.env` (STYLE.md).
 * - PORT: TCP port, 0–65535 (0 picks a free one), default 4310;
 * - HOST: interface to listen on, default 127.0.0.1 (set 0.0.0.0 to serve other machines);
 * - DATABASE_URL: a PostgreSQL URL (postgres://…); when set, the server uses PostgreSQL;
 * - JIXIAO_DB: the SQLite file used otherwise, default ./jixiao.db;
 * - BETTER_AUTH_SECRET: the session-signing secret (≥ 32 characters); when absent one is
 *   generated on first start and kept in the database;
 * - BETTER_AUTH_URL: the public URL of the server (optional; inferred from each request);
 * - JIXIAO_MAX_BODY_BYTES: request body cap, default 5 MB (5,242,880 bytes);
 * - JIXIAO_MAX_UPLOAD_BYTES: upload cap (evidence, XLSX), default 20 MB (20,971,520 bytes);
 * - JIXIAO_SECURE_COOKIES: `auto` (Secure when the request came over TLS or with
 *   `X-Forwarded-Proto: https`), `always` or `never`; default auto;
 * - JIXIAO_WEB_DIST: the built web app to serve at `/` (default apps/web/dist when it exists);
 * - JIXIAO_TRUST_PROXY: `true` behind a reverse proxy: the client's address is the first entry
 *   of X-Forwarded-For (else the socket's; a client's own X-Forwarded-For is never believed);
 * - JIXIAO_TRUSTED_ORIGINS: other origins (comma-separated URLs) whose pages may post forms and
 *   sign in here, e.g. the Vite dev server "http://localhost:5173"; same-origin always may.
 */
export const Env = z.object({
  PORT: z.coerce
    .number({ error: "PORT 应为整数 / PORT must be an integer" })
    .int({ error: "PORT 应为整数 / PORT must be an integer" })
    .min(0, { error: "PORT 不能小于 0 / PORT must be at least 0" })
    .max(65535, { error: "PORT 不能大于 65535 / PORT must be at most 65535" })
    .default(4310),
  HOST: z.string().min(1, { error: "HOST 不能为空 / HOST must not be empty" }).default("127.0.0.1"),
  DATABASE_URL: z.preprocess(
    blankIsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, {
        error:
          "DATABASE_URL 应为 postgres:// 开头的 PostgreSQL 地址 / DATABASE_URL must be a postgres:// URL",
      })
      .optional(),
  ),
  JIXIAO_DB: z.preprocess(blankIsUnset, z.string().default("./jixiao.db")),
  BETTER_AUTH_SECRET: z.preprocess(
    blankIsUnset,
    z
      .string()
      .min(32, {
        error:
          "BETTER_AUTH_SECRET 至少 32 个字符 / BETTER_AUTH_SECRET must be at least 32 characters",
      })
      .optional(),
  ),
  BETTER_AUTH_URL: z.preprocess(
    blankIsUnset,
    z.url({ error: "BETTER_AUTH_URL 应为网址 / BETTER_AUTH_URL must be a URL" }).optional(),
  ),
  JIXIAO_MAX_BODY_BYTES: byteCap("JIXIAO_MAX_BODY_BYTES", 5 * MB),
  JIXIAO_MAX_UPLOAD_BYTES: byteCap("JIXIAO_MAX_UPLOAD_BYTES", 20 * MB),
  JIXIAO_SECURE_COOKIES: z
    .enum(["auto", "always", "never"], {
      error:
        "JIXIAO_SECURE_COOKIES 应为 auto、always 或 never / JIXIAO_SECURE_COOKIES must be auto, always or never",
    })
    .default("auto"),
  JIXIAO_WEB_DIST: z.preprocess(blankIsUnset, z.string().optional()),
  JIXIAO_TRUST_PROXY: z.preprocess(
    (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
    z
      .enum(["", "true", "false", "1", "0", "yes", "no"], {
        error: "JIXIAO_TRUST_PROXY 应为 true 或 false / JIXIAO_TRUST_PROXY must be true or false",
      })
      .default("")
      .transform((v) => v === "true" || v === "1" || v === "yes"),
  ),
  JIXIAO_TRUSTED_ORIGINS: z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter((s) => s !== "")
        : v,
    z
      .array(
        z.url({
          error:
            "JIXIAO_TRUSTED_ORIGINS 应为逗号分隔的网址 / JIXIAO_TRUSTED_ORIGINS must be comma-separated URLs",
        }),
      )
      .default([]),
  ),
});
export type Env = z.infer<typeof Env>;

/**
 * Validate the environment (by default `process.env`) into {@link Env}.
 * @throws Error listing every bad variable, in Chinese and English.
 * @example loadEnv({ PORT: "8080" }).PORT === 8080
 */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = Env.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`环境变量无效 / invalid environment:\n${lines.join("\n")}`);
}

/**
 * Whether the server runs in development (NODE_ENV=development): only then do tRPC errors carry
 * the server's stack trace. Read per call, so a test may set it.
 */
export function isDevelopment(source: Record<string, string | undefined> = process.env): boolean {
  return source.NODE_ENV === "development";
}
