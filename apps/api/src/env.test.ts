import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.ts";

describe("loadEnv", () => {
  it("applies defaults: port 4310, SQLite ./jixiao.db, 5 MB bodies, 20 MB uploads", () => {
    expect(loadEnv({})).toEqual({
      PORT: 4310,
      HOST: "127.0.0.1",
      DATABASE_URL: undefined,
      JIXIAO_DB: "./jixiao.db",
      BETTER_AUTH_SECRET: undefined,
      BETTER_AUTH_URL: undefined,
      JIXIAO_MAX_BODY_BYTES: 5_242_880,
      JIXIAO_MAX_UPLOAD_BYTES: 20_971_520,
      JIXIAO_SECURE_COOKIES: "auto",
      JIXIAO_WEB_DIST: undefined,
      JIXIAO_TRUST_PROXY: false,
      JIXIAO_TRUSTED_ORIGINS: [],
    });
  });

  it("reads JIXIAO_TRUST_PROXY as a flag and names a bad value", () => {
    expect(loadEnv({ JIXIAO_TRUST_PROXY: "true" }).JIXIAO_TRUST_PROXY).toBe(true);
    expect(loadEnv({ JIXIAO_TRUST_PROXY: " 1 " }).JIXIAO_TRUST_PROXY).toBe(true);
    expect(loadEnv({ JIXIAO_TRUST_PROXY: "false" }).JIXIAO_TRUST_PROXY).toBe(false);
    expect(() => loadEnv({ JIXIAO_TRUST_PROXY: "maybe" })).toThrow(
      "JIXIAO_TRUST_PROXY: JIXIAO_TRUST_PROXY 应为 true 或 false / JIXIAO_TRUST_PROXY must be true or false",
    );
  });

  it("coerces numbers and treats a blank variable as unset", () => {
    const env = loadEnv({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATABASE_URL: " ",
      JIXIAO_MAX_BODY_BYTES: "65536",
    });
    expect(env.PORT).toBe(8080);
    expect(env.HOST).toBe("0.0.0.0");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.JIXIAO_MAX_BODY_BYTES).toBe(65536);
    expect(
      loadEnv({ JIXIAO_TRUSTED_ORIGINS: "http://localhost:5173, https://jixiao.example.cn" })
        .JIXIAO_TRUSTED_ORIGINS,
    ).toEqual(["http://localhost:5173", "https://jixiao.example.cn"]);
  });

  it("names a bad variable in Chinese and English", () => {
    expect(() => loadEnv({ PORT: "70000" })).toThrow(
      "PORT: PORT 不能大于 65535 / PORT must be at most 65535",
    );
    expect(() => loadEnv({ PORT: "http" })).toThrow("环境变量无效 / invalid environment");
    expect(() => loadEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      "DATABASE_URL: DATABASE_URL 应为 postgres:// 开头的 PostgreSQL 地址",
    );
    expect(() => loadEnv({ BETTER_AUTH_SECRET: "short" })).toThrow(
      "BETTER_AUTH_SECRET 至少 32 个字符",
    );
    expect(() => loadEnv({ JIXIAO_SECURE_COOKIES: "yes" })).toThrow(
      "JIXIAO_SECURE_COOKIES 应为 auto、always 或 never",
    );
  });
});
