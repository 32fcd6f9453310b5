import { getConnInfo } from "@hono/node-server/conninfo";
import { type Context, Hono } from "hono";
import { CLIENT_IP_HEADER } from "../auth/auth.ts";
import { createLoginLimiter } from "../auth/login-limiter.ts";
import type { Services } from "../services.ts";
import { plainError } from "./error-response.ts";
import { withSecureCookies } from "./secure-cookies.ts";

/**
 * The client's address: with `trustProxy` (JIXIAO_TRUST_PROXY, behind a reverse proxy) the first
 * entry of X-Forwarded-For when there is one; otherwise the socket's (Node), or "unknown" off
 * Node (in-process tests). Without `trustProxy` a client's own X-Forwarded-For is ignored.
 * @example clientAddress(c, true) // "203.0.113.7" for X-Forwarded-For: 203.0.113.7, 10.0.0.2
 */
export function clientAddress(c: Context, trustProxy = false): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/** The email of a sign-in body, lower-cased, or "" when the body is not one. */
async function emailOf(req: Request): Promise<string> {
  try {
    const body = (await req.clone().json()) as { email?: unknown };
    return typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
  } catch {
    return "";
  }
}

/**
 * better-auth under /api/auth (sign-in/email, sign-out, get-session …), with:
 * - failed logins limited per client address and email (5 a minute, login-limiter.ts): the 6th
 *   attempt after five failures is answered 429 with `Retry-After` (seconds) and the body's
 *   `retryAfter` (the same moment as an ISO time, as survey answers carry it), before the password is
 *   checked; a good login clears the count. One address trying many emails is limited too
 *   (30 failures a minute, whatever the email);
 * - the client address passed to better-auth in a header the server sets itself (a client's own
 *   copy is dropped), for its session records;
 * - `Secure` added to the session cookie behind TLS (settings.secureCookies).
 */
export function authRoutes(services: Services): Hono {
  const app = new Hono();
  const perAddress = createLoginLimiter(30, 60_000);
  app.all("/*", async (c) => {
    const address = clientAddress(c, services.settings.trustProxy);
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, address);
    const req = new Request(c.req.raw, { headers });
    const isSignIn = c.req.method === "POST" && c.req.path.endsWith("/sign-in/email");
    const key = isSignIn ? `${address}|${await emailOf(req)}` : "";
    if (isSignIn) {
      const wait = Math.max(services.limiter.retryAfter(key), perAddress.retryAfter(address));
      if (wait > 0) {
        c.header("Retry-After", String(wait));
        return plainError(
          c,
          429,
          "TOO_MANY_REQUESTS",
          `登录失败次数过多，请 ${wait} 秒后再试 / too many failed logins; try again in ${wait} s`,
          new Date(Date.now() + wait * 1000).toISOString(),
        );
      }
    }
    const res = await services.auth.handler(req);
    if (isSignIn) {
      if (res.status === 401 || res.status === 403) {
        services.limiter.fail(key);
        perAddress.fail(address);
      } else if (res.ok) services.limiter.reset(key);
    }
    return withSecureCookies(c.req.raw, res, services.settings.secureCookies);
  });
  return app;
}
