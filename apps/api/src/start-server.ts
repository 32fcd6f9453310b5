import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { openStore, type Store, type StoreConfig, seedInitial } from "@jixiao/store";
import packageJson from "../package.json" with { type: "json" };
import {
  createAuth,
  createLogin,
  type DatabaseKind,
  listLogins,
  migrateAuth,
} from "./auth/auth.ts";
import { authSecret } from "./auth/auth-secret.ts";
import { createLoginLimiter } from "./auth/login-limiter.ts";
import type { Env } from "./env.ts";
import { encodeLargeResponseBodies } from "./http/encoded-response.ts";
import type { SecureCookieMode } from "./http/secure-cookies.ts";
import { createApp } from "./server.ts";
import type { Services } from "./services.ts";

/** The email of the bureau admin created on the first start. */
export const FIRST_ADMIN_EMAIL = "admin@jixiao.local";

/** Everything `startServer` needs; {@link serverOptionsFromEnv} builds it from env.ts. */
export interface ServerOptions {
  port: number;
  host: string;
  /** The store's database: a SQLite file, or PostgreSQL (with a schema for tests). */
  database: { kind: "sqlite"; file: string } | { kind: "postgres"; url: string; schema?: string };
  /** BETTER_AUTH_SECRET; generated and kept in the database when absent. */
  authSecret?: string | undefined;
  /** BETTER_AUTH_URL. */
  baseURL?: string | undefined;
  maxBodyBytes: number;
  maxUploadBytes: number;
  secureCookies: SecureCookieMode;
  /** The built web app; null serves none. Default: apps/web/dist when it has an index.html. */
  webDist?: string | null | undefined;
  /** Other origins whose pages may post forms and sign in (JIXIAO_TRUSTED_ORIGINS). */
  trustedOrigins?: string[];
  /** Believe X-Forwarded-For for the client's address (JIXIAO_TRUST_PROXY). Default false. */
  trustProxy?: boolean;
  /** Enforce better-auth's Origin check under NODE_ENV=test too (tests; see AuthOptions). */
  originCheck?: boolean;
  /** On the first start with no logins: create the admin and load the Taojiang example. Default true. */
  bootstrap?: boolean;
  /** Where start-up lines go (default stdout). */
  log?: (line: string) => void;
}

export { WEB_APP_BUILD_HINT } from "./http/web-app.ts";

/** The first start's admin login, shown once. */
export interface FirstAdmin {
  email: string;
  password: string;
}

/** A running server. */
export interface RunningServer {
  /** "http://127.0.0.1:4310" (the bound address and port). */
  url: string;
  port: number;
  kind: DatabaseKind;
  services: Services;
  /** Set on the first start only: the admin's email and random password (printed once). */
  firstAdmin: FirstAdmin | null;
  /** The built web app served at `/` (a directory with index.html), or null when not built. */
  webApp: string | null;
  /** How many requests are being answered right now. */
  inFlight(): number;
  /**
   * Stop gracefully: stop accepting connections, let requests in flight finish (up to
   * `graceMs`, default 10 s, then drop what remains), then close the database.
   */
  close(graceMs?: number): Promise<void>;
}

/** The built web app next to this package (apps/web/dist), when it exists. */
function defaultWebDist(): string | null {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");
  return existsSync(resolve(dist, "index.html")) ? dist : null;
}

/**
 * The server options of {@link Env} (DATABASE_URL wins over JIXIAO_DB), with `overrides` (the
 * flags of `jixiao serve`) on top.
 * @example serverOptionsFromEnv(loadEnv(), { port: 0 }).database // { kind: "sqlite", file: "./jixiao.db" }
 */
export function serverOptionsFromEnv(
  env: Env,
  overrides: Partial<ServerOptions> = {},
): ServerOptions {
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "sqlite", file: env.JIXIAO_DB },
    authSecret: env.BETTER_AUTH_SECRET,
    baseURL: env.BETTER_AUTH_URL,
    maxBodyBytes: env.JIXIAO_MAX_BODY_BYTES,
    maxUploadBytes: env.JIXIAO_MAX_UPLOAD_BYTES,
    secureCookies: env.JIXIAO_SECURE_COOKIES,
    webDist: env.JIXIAO_WEB_DIST,
    trustedOrigins: env.JIXIAO_TRUSTED_ORIGINS,
    trustProxy: env.JIXIAO_TRUST_PROXY,
    ...overrides,
  };
}

/** A random password for the first admin: 18 random bytes, base64url (24 characters). */
function randomPassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Open the database, run the store's migrations and better-auth's, and build the services.
 * On the first start (no login yet, `bootstrap` on): create the bureau admin
 * (admin@jixiao.local, random password) and load the Taojiang example through the store's
 * `seedInitial`.
 */
export async function prepareServices(
  options: ServerOptions,
): Promise<{ services: Services; firstAdmin: FirstAdmin | null }> {
  const config: StoreConfig =
    options.database.kind === "sqlite"
      ? { kind: "sqlite", file: options.database.file }
      : {
          kind: "postgres",
          url: options.database.url,
          ...(options.database.schema ? { schema: options.database.schema } : {}),
        };
  const store: Store = await openStore(config);
  try {
    await store.migrate();
    const db = store.db as never;
    const secret = await authSecret(db, options.authSecret);
    const authOptions = {
      db,
      kind: store.kind,
      secret,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      trustedOrigins: options.trustedOrigins ?? [],
      ...(options.originCheck ? { originCheck: true } : {}),
    };
    await migrateAuth(authOptions);
    const auth = createAuth(authOptions);
    const services: Services = {
      store,
      auth,
      limiter: createLoginLimiter(),
      settings: {
        maxBodyBytes: options.maxBodyBytes,
        maxUploadBytes: options.maxUploadBytes,
        secureCookies: options.secureCookies,
        webDist: options.webDist === undefined ? defaultWebDist() : options.webDist,
        trustedOrigins: options.trustedOrigins ?? [],
        trustProxy: options.trustProxy ?? false,
      },
      version: packageJson.version,
    };
    let firstAdmin: FirstAdmin | null = null;
    if (options.bootstrap !== false && (await listLogins(auth, 1)).length === 0) {
      const password = randomPassword();
      const adminUserId = await createLogin(auth, {
        email: FIRST_ADMIN_EMAIL,
        name: "财政局管理员",
        password,
      });
      await seedInitial(store, { adminUserId });
      firstAdmin = { email: FIRST_ADMIN_EMAIL, password };
    }
    return { services, firstAdmin };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/**
 * Start the bureau server: migrate, bootstrap on first start, and serve the API (and the web
 * app) on host:port (port 0 picks a free one).
 * @throws when the database cannot be opened or migrated (the database is closed again).
 * @example const server = await startServer(serverOptionsFromEnv(loadEnv(), { port: 0 }));
 *   await fetch(`${server.url}/healthz`); await server.close();
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { services, firstAdmin } = await prepareServices(options);
  const app = createApp(services);
  let inFlight = 0;
  const fetch = async (req: Request, env: unknown): Promise<Response> => {
    inFlight++;
    try {
      return await app.fetch(req, env);
    } finally {
      inFlight--;
    }
  };
  let server: ReturnType<typeof serve>;
  const address = await new Promise<AddressInfo>((ready, fail) => {
    server = serve({ fetch, port: options.port, hostname: options.host }, ready);
    server.once("error", fail);
  });
  // after serve: over node-server's own global Response (see http/encoded-response.ts)
  encodeLargeResponseBodies();
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${address.port}`,
    port: address.port,
    kind: services.store.kind,
    services,
    firstAdmin,
    webApp:
      services.settings.webDist && existsSync(resolve(services.settings.webDist, "index.html"))
        ? services.settings.webDist
        : null,
    inFlight: () => inFlight,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        const http = server as unknown as import("node:http").Server;
        await new Promise<void>((done) => {
          const timer = setTimeout(() => {
            http.closeAllConnections?.();
          }, graceMs);
          http.close(() => {
            clearTimeout(timer);
            done();
          });
          http.closeIdleConnections?.();
        });
        await services.store.close();
      })();
      return closing;
    },
  };
}
