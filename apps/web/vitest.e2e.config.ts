import { defineProject } from "vitest/config";

/**
 * End-to-end tests: build the app, start the real server on a temp SQLite database, and drive
 * Debian's Chromium with playwright-core. One file, its steps in order, one server.
 */
export default defineProject({
  test: {
    name: "web-e2e",
    include: ["e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // The UI answers as fast as the server and core do; polls wait up to 15 s, never a fixed time.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
