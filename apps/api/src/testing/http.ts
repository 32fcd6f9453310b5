/**
 * Sign in over HTTP and return the session cookie as a `Cookie` header value.
 * @throws Error when the login is refused.
 * @example const cookie = await signInCookie(server.url, "admin@jixiao.local", password);
 */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/sign-in/email`, {
    method: "POST",
    // A script names the server's own origin (Node's fetch sends none; better-auth wants one).
    headers: { "content-type": "application/json", origin: new URL(url).origin },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .join("; ");
}
