import { defineProject } from "vitest/config";

/** Unit tests of the web app's pure parts (the browser tests are the web-e2e project). */
export default defineProject({
  test: {
    name: "web",
    // Property and rendering tests share 2 cores with the rest of the suite: no 5 s default.
    testTimeout: 30_000,
    include: ["src/**/*.test.ts"],
  },
});
