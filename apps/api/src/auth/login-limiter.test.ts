import { describe, expect, it } from "vitest";
import { createLoginLimiter } from "./login-limiter.ts";

describe("createLoginLimiter", () => {
  it("refuses the 6th attempt after 5 failures within a minute, and frees it after the window", () => {
    const limiter = createLoginLimiter(5, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 5; i++) {
      expect(limiter.retryAfter("ip|a@x", t0 + i * 1000)).toBe(0);
      limiter.fail("ip|a@x", t0 + i * 1000);
    }
    // The first failure was at t0; at t0 + 10 s it leaves the window in 50 s.
    expect(limiter.retryAfter("ip|a@x", t0 + 10_000)).toBe(50);
    // Another key is not affected.
    expect(limiter.retryAfter("ip|b@x", t0 + 10_000)).toBe(0);
    // At t0 + 60 s the first failure has left the window: 4 remain, one more try is allowed.
    expect(limiter.retryAfter("ip|a@x", t0 + 60_000)).toBe(0);
  });

  it("forgets a key's failures on reset (a successful login)", () => {
    const limiter = createLoginLimiter(2, 60_000);
    limiter.fail("k", 0);
    limiter.fail("k", 1);
    expect(limiter.retryAfter("k", 2)).toBe(60);
    limiter.reset("k");
    expect(limiter.retryAfter("k", 2)).toBe(0);
  });
});
