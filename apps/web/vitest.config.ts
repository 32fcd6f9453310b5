import { defineProject } from "vitest/config";

/** Unit tests of the web app's pure parts (the browser tests are the web-e2e project). */
export default defineProject({ test: { name: "web", include: ["src/**/*.test.ts"] } });
