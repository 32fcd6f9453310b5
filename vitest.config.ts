import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "examples", "apps/web/vitest.e2e.config.ts"],
    testTimeout: 30_000,
  },
});
