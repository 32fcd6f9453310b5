import { describe, expect, it } from "vitest";
import { assertPostgresReachable, TEST_PG_URL } from "./index.ts";

// Every store test file also runs on PostgreSQL; when it is down their beforeAll fails (and
// vitest marks their tests skipped). This test fails by name, so a missing database can never
// look like a pass.
describe("PostgreSQL for the store tests", () => {
  it(`is reachable at ${TEST_PG_URL}`, async () => {
    await expect(assertPostgresReachable(TEST_PG_URL)).resolves.toBeUndefined();
  });

  it("says clearly, in Chinese and English, when it is not", async () => {
    await expect(assertPostgresReachable("postgres://postgres@127.0.0.1:1/test")).rejects.toThrow(
      /PostgreSQL不可达.*PostgreSQL is unreachable at postgres:\/\/postgres@127\.0\.0\.1:1\/test/s,
    );
  });
});
