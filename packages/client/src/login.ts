import {
  createJixiaoClient,
  type JixiaoClient,
  type JixiaoClientOptions,
} from "./create-client.ts";

/** A refused login: wrong email or password (401), too many attempts (429), or another status. */
export class LoginError extends Error {
  constructor(
    message: string,
    /** The HTTP status of the login answer. */
    readonly status: number,
  ) {
    super(message);
    this.name = "LoginError";
  }
}

/**
 * The headers of a request to the server's auth routes. Node's fetch sends no `Origin` (and
 * `sec-fetch-mode: cors`), which better-auth refuses ("Missing or null Origin"); a script is not
 * a page of another site, so it names the server's own origin, which the server trusts. In a
 * browser `Origin` is a forbidden header: the browser's own value is sent instead.
 */
function authHeaders(base: string, cookie?: string): Record<string, string> {
  return {
    "content-type": "application/json",
    origin: new URL(base).origin,
    ...(cookie ? { cookie } : {}),
  };
}

/** The message of a refused auth answer: the server's, or the status. */
async function refusal(response: Response, what: string): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as {
    message?: unknown;
    error?: { message?: unknown };
  };
  const message = typeof body.message === "string" ? body.message : body.error?.message;
  return typeof message === "string" ? message : `${what} (HTTP ${response.status})`;
}

/** The `name=value` pairs of a response's Set-Cookie headers, joined for a `Cookie` header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0]?.trim() ?? "")
    .filter((pair) => pair !== "" && !pair.endsWith("="))
    .join("; ");
}

/**
 * Sign in with email and password (POST `<url>/api/auth/sign-in/email`) and return the session
 * cookie as a `Cookie` header value ("better-auth.session_token=…"). In a browser the browser
 * keeps the (httpOnly) cookie itself and the returned string is empty.
 * @throws LoginError with the status: 401 wrong email or password, 429 too many failed logins
 *   (retry after the seconds in its message), anything else as the server said it.
 * @example const cookie = await signIn("http://127.0.0.1:4310", "admin@jixiao.local", password);
 */
export async function signIn(
  url: string,
  email: string,
  password: string,
  options: Pick<JixiaoClientOptions, "fetch"> = {},
): Promise<string> {
  const base = url.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const response = await fetchImpl(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: authHeaders(base),
    body: JSON.stringify({ email, password }),
    credentials: "include",
  });
  if (!response.ok) {
    throw new LoginError(await refusal(response, "登录失败 / login failed"), response.status);
  }
  await response.body?.cancel();
  return cookieHeader(response);
}

/**
 * Log in with email and password ({@link signIn}) and return a client bound to the session
 * cookie.
 * @throws LoginError as {@link signIn}.
 * @example const client = await login("http://127.0.0.1:4310", "admin@jixiao.local", password);
 *   await client.users.me.query();
 */
export async function login(
  url: string,
  email: string,
  password: string,
  options: Pick<JixiaoClientOptions, "fetch"> = {},
): Promise<JixiaoClient> {
  const cookie = await signIn(url, email, password, options);
  return createJixiaoClient(url, undefined, { ...options, cookie });
}

/**
 * End a session (POST `<url>/api/auth/sign-out`): the cookie stops working at once.
 * @throws LoginError with the status when the server refuses the sign-out.
 * @example await logout("http://127.0.0.1:4310", cookie)
 */
export async function logout(
  url: string,
  cookie?: string,
  options: Pick<JixiaoClientOptions, "fetch"> = {},
): Promise<void> {
  const base = url.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const response = await fetchImpl(`${base}/api/auth/sign-out`, {
    method: "POST",
    headers: authHeaders(base, cookie),
    body: "{}",
    credentials: "include",
  });
  if (!response.ok) {
    throw new LoginError(
      await refusal(response, "退出登录失败 / sign-out failed"),
      response.status,
    );
  }
  await response.body?.cancel();
}
