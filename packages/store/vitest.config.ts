import { defineProject } from "vitest/config";

// isolate: false — the store's test files share one module cache per worker (core, Kysely, pg
// and the Taojiang example are imported once, not once per file). Each file opens its own
// database (temp SQLite file / fresh PostgreSQL schema), so no state is shared between files.
export default defineProject({
  test: {
    name: "store",
    // Property and rendering tests share 2 cores with the rest of the suite: no 5 s default.
    testTimeout: 30_000,
    isolate: false,
  },
});
