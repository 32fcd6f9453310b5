import { openTestStore } from "@jixiao/store/testing";
import { describe, expect, it } from "vitest";
import { authSecret } from "./auth-secret.ts";

describe.each(["sqlite", "postgres"] as const)("authSecret on %s", (dialect) => {
  it("generates one secret on the first start, keeps it, and lets BETTER_AUTH_SECRET win", async () => {
    const { store, cleanup } = await openTestStore(dialect);
    try {
      const db = store.db as never;
      const first = await authSecret(db, undefined);
      // 32 random bytes in base64url: 43 characters.
      expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await authSecret(db, undefined)).toBe(first);
      // Two processes starting at once agree on one secret.
      const [a, b] = await Promise.all([authSecret(db, undefined), authSecret(db, undefined)]);
      expect([a, b]).toEqual([first, first]);
      expect(await authSecret(db, "from-the-environment-0123456789abcdef")).toBe(
        "from-the-environment-0123456789abcdef",
      );
    } finally {
      await cleanup();
    }
  }, 30_000);
});
