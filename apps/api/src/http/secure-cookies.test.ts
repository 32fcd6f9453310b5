import { describe, expect, it } from "vitest";
import { isHttps, withSecureCookies } from "./secure-cookies.ts";

const session = "better-auth.session_token=abc.def; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax";
const answer = () => {
  const headers = new Headers();
  headers.append("set-cookie", session);
  headers.append("set-cookie", "other=1; Path=/; Secure");
  return new Response("{}", { status: 200, headers });
};

describe("withSecureCookies", () => {
  it("adds Secure behind a TLS proxy (X-Forwarded-Proto: https) and not on plain http", () => {
    const proxied = new Request("http://127.0.0.1/api/auth/sign-in/email", {
      headers: { "x-forwarded-proto": "https, http" },
    });
    expect(isHttps(proxied)).toBe(true);
    expect(withSecureCookies(proxied, answer(), "auto").headers.getSetCookie()).toEqual([
      `${session}; Secure`,
      "other=1; Path=/; Secure",
    ]);
    const plain = new Request("http://127.0.0.1/api/auth/sign-in/email");
    expect(withSecureCookies(plain, answer(), "auto").headers.getSetCookie()[0]).toBe(session);
  });

  it("obeys always and never", () => {
    const plain = new Request("http://127.0.0.1/");
    expect(withSecureCookies(plain, answer(), "always").headers.getSetCookie()[0]).toBe(
      `${session}; Secure`,
    );
    const tls = new Request("https://example.org/");
    expect(withSecureCookies(tls, answer(), "never").headers.getSetCookie()[0]).toBe(session);
  });
});
