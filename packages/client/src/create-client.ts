import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "./types.ts";

/** The typed jixiao client: `client.datasets.get.query({ id })`, `client.datasets.update.mutate(…)`. */
export type JixiaoClient = TRPCClient<AppRouter>;

/** How the client authenticates, beyond a bearer token. */
export interface JixiaoClientOptions {
  /** A `Cookie` header to send (a session from {@link login}); Node only, browsers send their own. */
  cookie?: string;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
}

/**
 * A tRPC client of the jixiao server at `url` (its origin, e.g. "http://127.0.0.1:4310"),
 * typed by the server's AppRouter. With `token` (an API token from `tokens.create`) every call
 * carries `Authorization: Bearer <token>`; without one, it relies on a session cookie (the
 * browser's, or `options.cookie` from {@link login}). Calls go to `<url>/trpc`; a browser
 * sends its cookies (`credentials: "include"`).
 * @example const client = createJixiaoClient("http://127.0.0.1:4310", process.env.JIXIAO_TOKEN);
 *   const [dataset] = await client.datasets.list.query({});
 */
export function createJixiaoClient(
  url: string,
  token?: string,
  options: JixiaoClientOptions = {},
): JixiaoClient {
  const base = url.replace(/\/+$/, "");
  const fetchImpl = options.fetch ?? globalThis.fetch;
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${base}/trpc`,
        headers: () => {
          const headers: Record<string, string> = {};
          if (token) headers.authorization = `Bearer ${token}`;
          if (options.cookie) headers.cookie = options.cookie;
          return headers;
        },
        fetch: (input, init) =>
          fetchImpl(input as string | URL | Request, {
            ...(init as RequestInit),
            credentials: "include",
          }),
      }),
    ],
  });
}
