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
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
    credentials: "include",
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new LoginError(
      body.message ?? `登录失败 / login failed (HTTP ${response.status})`,
      response.status,
    );
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
 * @example await logout("http://127.0.0.1:4310", client.cookie)
 */
export async function logout(url: string, cookie?: string): Promise<void> {
  const base = url.replace(/\/+$/, "");
  const response = await fetch(`${base}/api/auth/sign-out`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: "{}",
    credentials: "include",
  });
  await response.body?.cancel();
}
