import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "synth",
    // Property and rendering tests share 2 cores with the rest of the suite: no 5 s default.
    testTimeout: 30_000,
  },
});
