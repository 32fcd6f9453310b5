/** When cookies get the `Secure` attribute: behind TLS only (auto), always, or never. */
export type SecureCookieMode = "auto" | "always" | "never";

/**
 * True when the request reached us over TLS: its URL is https, or a reverse proxy says so with
 * `X-Forwarded-Proto: https` (the first value, when a chain of proxies lists several).
 * @example isHttps(new Request("http://x/", { headers: { "x-forwarded-proto": "https" } })) === true
 */
export function isHttps(req: Request): boolean {
  if (new URL(req.url).protocol === "https:") return true;
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https";
}

/**
 * The response with `Secure` added to each Set-Cookie that lacks it, when `mode` is always, or
 * auto and the request came over TLS ({@link isHttps}); otherwise the response as it was. The
 * session cookie is then httpOnly, SameSite=Lax (better-auth's defaults) and Secure behind TLS.
 * @example withSecureCookies(req, res, "always").headers.getSetCookie()[0].endsWith("; Secure")
 */
export function withSecureCookies(req: Request, res: Response, mode: SecureCookieMode): Response {
  if (mode === "never" || (mode === "auto" && !isHttps(req))) return res;
  const cookies = res.headers.getSetCookie();
  if (cookies.length === 0) return res;
  const headers = new Headers(res.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies) {
    headers.append(
      "set-cookie",
      /;\s*secure(\s*;|\s*$)/i.test(cookie) ? cookie : `${cookie}; Secure`,
    );
  }
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
