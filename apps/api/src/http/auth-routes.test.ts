import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testing/harness.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer("sqlite");
}, 60_000);

afterAll(async () => {
  await server?.cleanup();
});

const signIn = (email: string, password: string) =>
  fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server.url },
    body: JSON.stringify({ email, password }),
  });

describe("login limits", () => {
  it("limits one address trying many emails: after 30 failures in a minute, even a right password waits", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++)
      statuses.push((await signIn(`guess${i}@jixiao.local`, "wrong-password-1")).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    const refused = await signIn(server.firstAdmin.email, server.firstAdmin.password);
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThan(0);
    const body = (await refused.json()) as {
      error: { code: string; message: string; retryAfter: string };
    };
    // The body names the same moment as the header, as an ISO time (like survey answers).
    expect(body.error.retryAfter).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const inMs = Date.parse(body.error.retryAfter) - Date.now();
    expect(inMs).toBeGreaterThan((seconds - 5) * 1000);
    expect(inMs).toBeLessThanOrEqual(seconds * 1000);
    expect(body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(body.error.message).toMatch(
      /^登录失败次数过多，请 \d+ 秒后再试 \/ too many failed logins; try again in \d+ s$/,
    );
  }, 60_000);
});
