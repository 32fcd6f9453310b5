import { describe, expect, it } from "vitest";
import { loadEnv } from "./env.ts";

describe("loadEnv", () => {
  it("applies defaults and coerces PORT", () => {
    expect(loadEnv({})).toEqual({ PORT: 3000, HOST: "127.0.0.1" });
    expect(loadEnv({ PORT: "8080", HOST: "0.0.0.0" })).toEqual({ PORT: 8080, HOST: "0.0.0.0" });
  });

  it("names a bad variable in Chinese and English", () => {
    expect(() => loadEnv({ PORT: "70000" })).toThrow(
      "PORT: PORT 不能大于 65535 / PORT must be at most 65535",
    );
    expect(() => loadEnv({ PORT: "http" })).toThrow("环境变量无效 / invalid environment");
  });
});
