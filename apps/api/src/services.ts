import type { Store } from "@jixiao/store";
import type { JixiaoAuth } from "./auth/auth.ts";
import type { LoginLimiter } from "./auth/login-limiter.ts";
import type { SecureCookieMode } from "./http/secure-cookies.ts";

/** The settings the HTTP layer needs (from env.ts or `jixiao serve` flags). */
export interface HttpSettings {
  /** Request body cap in bytes (tRPC, REST), default 5 MB. */
  maxBodyBytes: number;
  /** Upload cap in bytes (evidence files, XLSX 基础数据表), default 20 MB. */
  maxUploadBytes: number;
  secureCookies: SecureCookieMode;
  /** The built web app to serve at `/`, or null. */
  webDist: string | null;
  /** Other origins whose pages may post forms and sign in (JIXIAO_TRUSTED_ORIGINS). */
  trustedOrigins: string[];
  /** Believe X-Forwarded-For for the client's address (JIXIAO_TRUST_PROXY; behind a proxy). */
  trustProxy: boolean;
}

/**
 * What the server is made of: the store (business rules, access, persistence), better-auth
 * (logins and sessions, on the store's database), the failed-login limiter and the HTTP settings.
 * One per process; every request's context points at it.
 */
export interface Services {
  store: Store;
  auth: JixiaoAuth;
  limiter: LoginLimiter;
  settings: HttpSettings;
  /** The server's version (apps/api/package.json), for /healthz and /openapi.json. */
  version: string;
}
